package vn.yearendreview.staging;

/**
 * The tables a kind of submission stores its records in: what every record has, and the
 * tables of the kinds that add to it.
 *
 * @param rows every record, with the columns of indicator figures
 * @param points what narrative points add
 * @param tasks what task registrations add
 */
public record RecordTables(RecordTable rows, PointTable points, TaskTable tasks) {

}
