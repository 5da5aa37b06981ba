package vn.yearendreview.model;

import java.util.Comparator;

/**
 * An evaluated indicator as staged: an accepted row with what the catalog says of it, or
 * a catalog indicator nobody reported, with its verdict.
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
 * @param planWords the target as the resolution wrote it (see {@link Target#words()})
 * @param planNextWords next year's target as the resolution wrote it
 */
public record ResultRow(String department, String departmentName, String indicator, String name, String unit,
		String groupCode, int groupOrder, int sortOrder, boolean resolution, boolean inReview, String plan,
		String planNext, String actual, String previous, String percentOfPlan, String percentOfPrevious, Status status,
		String note, String planWords, String planNextWords) {

	/**
	 * The target, in its wording.
	 * @return the target, {@code null} when there is none
	 */
	public Target planTarget() {
		return (this.plan != null) ? Target.fromCanonical(this.plan).writtenAs(this.planWords) : null;
	}

	/**
	 * Next year's target, in its wording.
	 * @return the target, {@code null} when there is none
	 */
	public Target planNextTarget() {
		return (this.planNext != null) ? Target.fromCanonical(this.planNext).writtenAs(this.planNextWords) : null;
	}

	/** Catalog order (group, then place in the group), then code order. */
	public static final Comparator<ResultRow> CATALOG_ORDER = Comparator.comparingInt(ResultRow::groupOrder)
		.thenComparingInt(ResultRow::sortOrder)
		.thenComparing(ResultRow::indicator);

	/** The order of the results file: catalog order, then department. */
	public static final Comparator<ResultRow> RESULTS_ORDER = CATALOG_ORDER.thenComparing(ResultRow::department);

}
