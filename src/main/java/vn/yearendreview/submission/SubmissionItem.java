package vn.yearendreview.submission;

/** What reading a submission file yields: first the file's profile, then its records. */
sealed interface SubmissionItem permits FileProfile, SourceRecord {

}
