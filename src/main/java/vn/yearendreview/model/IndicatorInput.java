package vn.yearendreview.model;

import java.math.BigDecimal;

/**
 * One indicator to evaluate: an accepted row with what the catalog says of it, or a
 * catalog indicator nobody reported.
 *
 * @param department the department code, empty for an unreported indicator without a
 * department in charge
 * @param indicator the indicator code
 * @param name its name (the catalog's when there is one)
 * @param unit its unit
 * @param groupCode the group code, {@code null} when none
 * @param groupOrder the group's place in the review
 * @param order the indicator's place within the group
 * @param resolution whether it counts in the headline
 * @param inReview whether this is the province-wide figure printed in the consolidated
 * review
 * @param plan the target, {@code null} for an unreported indicator without a plan
 * @param planNext next year's target, {@code null} when not set
 * @param actual the achieved value, {@code null} when not reported
 * @param previous last year's value, {@code null} when not given
 * @param note the department's explanation
 */
public record IndicatorInput(String department, String indicator, String name, String unit, String groupCode,
		int groupOrder, int order, boolean resolution, boolean inReview, Target plan, Target planNext,
		BigDecimal actual, BigDecimal previous, String note) {

}
