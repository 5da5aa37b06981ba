package vn.yearendreview.submission.kind;

/** What reading a submission file yields: first the file's profile, then its records. */
public sealed interface SubmissionItem permits FileProfile, SourceRecord {

}
