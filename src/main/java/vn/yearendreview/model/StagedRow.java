package vn.yearendreview.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A record after checking: accepted with its values, or rejected with its problems.
 * Rejected rows keep what could be read so that a department's problems can be listed in
 * its own evaluation.
 *
 * @param fileNo the file's place in name order
 * @param line the physical line the record starts on
 * @param reason why it was rejected, {@code null} when accepted
 * @param department the department code, upper case
 * @param year the year reported
 * @param indicator the indicator code, upper case
 * @param name the indicator name as submitted
 * @param unit the unit as submitted
 * @param plan the target that applies: the catalog's, else the submission's
 * @param actual the achieved value, {@code null} when not reported
 * @param previous last year's value, {@code null} when not given
 * @param note the department's explanation
 * @param problems errors and warnings about this row
 */
public record StagedRow(int fileNo, long line, Reason reason, String department, Integer year, String indicator,
		String name, String unit, Target plan, BigDecimal actual, BigDecimal previous, String note,
		List<Problem> problems) implements Staged, StagedRecord {

}
