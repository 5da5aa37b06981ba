package vn.yearendreview.report;

import vn.yearendreview.evaluation.Status;

/**
 * An evaluated indicator as the documents print it.
 *
 * @param department department code
 * @param departmentName the department's name from the catalog, else its code
 * @param indicator indicator code
 * @param name indicator name
 * @param unit unit, may be empty
 * @param groupCode group code, {@code null} when none
 * @param groupOrder the group's place
 * @param resolution whether it counts in the headline
 * @param inReview whether it is the province-wide figure
 * @param plan canonical target
 * @param planNext canonical next-year target
 * @param actual exact actual value
 * @param previous exact previous value
 * @param percentOfPlan exact percentage of plan
 * @param percentOfPrevious exact percentage of last year
 * @param status the verdict
 * @param note the department's explanation
 */
public record ResultRow(String department, String departmentName, String indicator, String name, String unit,
		String groupCode, int groupOrder, int sortOrder, boolean resolution, boolean inReview, String plan,
		String planNext, String actual, String previous, String percentOfPlan, String percentOfPrevious, Status status,
		String note) {

}
