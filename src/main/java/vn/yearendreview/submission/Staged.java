package vn.yearendreview.submission;

/** What ingesting a file stores: the file's profile, then its checked rows. */
sealed interface Staged permits FileProfile, StagedRow, StagedPoint, StagedTask {

}
