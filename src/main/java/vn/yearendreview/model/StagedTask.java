package vn.yearendreview.model;

import java.util.List;

/**
 * A registered task after checking (DESIGN.md 9.4): accepted with its month or quarter,
 * level and words, or rejected with its problems. It is counted with the rows of its file
 * like any record.
 *
 * @param fileNo the file's place in name order
 * @param line the physical line the record starts on
 * @param reason why it was rejected, {@code null} when accepted
 * @param department the department code, upper case
 * @param year the year registered for
 * @param month the month it is put to the committee, the first month of its quarter for a
 * quarter
 * @param quarter the quarter when registered for a quarter, {@code null} for a month
 * @param level who considers it
 * @param content the matter as written, in NFC
 * @param lead the body that prepares it, {@code null} for the department itself
 * @param support the bodies that help, may be {@code null}
 * @param product what it produces (báo cáo, nghị quyết...), may be {@code null}
 * @param contentKey the same number for the same matter in the same month however it is
 * spaced, cased or accented, to find a matter registered twice
 * @param problems errors and warnings about this task
 */
public record StagedTask(int fileNo, long line, Reason reason, String department, Integer year, Integer month,
		Integer quarter, TaskLevel level, String content, String lead, String support, String product, Long contentKey,
		List<Problem> problems) implements Staged, StagedRecord {

}
