package vn.yearendreview.model;

import java.util.List;

/**
 * A narrative point after checking (DESIGN.md 9.1): accepted with its field, kind and
 * text, or rejected with its problems. It is counted with the rows of its file like any
 * record.
 *
 * @param fileNo the file's place in name order
 * @param line the physical line the record starts on
 * @param reason why it was rejected, {@code null} when accepted
 * @param department the department code, upper case
 * @param year the year reported
 * @param group the field it belongs to
 * @param kind what it says
 * @param text the paragraph as written, in NFC
 * @param order its place among the department's points of the same kind, {@code null}
 * when not given
 * @param problems errors and warnings about this point
 */
public record StagedPoint(int fileNo, long line, Reason reason, String department, Integer year, IndicatorGroup group,
		PointKind kind, String text, Integer order, List<Problem> problems) implements Staged, StagedRecord {

}
