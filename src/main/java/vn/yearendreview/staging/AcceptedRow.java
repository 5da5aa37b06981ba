package vn.yearendreview.staging;

import java.math.BigDecimal;

import vn.yearendreview.model.Target;

/**
 * A row the checks accepted, as the evaluation takes it.
 *
 * @param fileNo its file
 * @param line its line
 * @param department its department
 * @param indicator its indicator
 * @param plan the target that applies
 * @param actual the achieved value, {@code null} when not given
 * @param previous last year's value, {@code null} when not given
 */
public record AcceptedRow(int fileNo, long line, String department, String indicator, Target plan, BigDecimal actual,
		BigDecimal previous) {

}
