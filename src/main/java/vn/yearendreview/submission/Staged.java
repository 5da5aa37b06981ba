package vn.yearendreview.submission;

/** What ingesting a file stores: the file's profile, then its checked rows. */
public sealed interface Staged permits FileProfile, StagedRow {

}
