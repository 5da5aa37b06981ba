package vn.yearendreview.report;

import java.util.HashMap;
import java.util.Map;

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

	/**
	 * The row as a template record: the field names the appendix and the department
	 * evaluation declare (each reads the fields it needs).
	 * @return field name to value
	 */
	Map<String, Object> templateFields() {
		Map<String, Object> fields = new HashMap<>();
		fields.put("INDICATOR", this.indicator);
		fields.put("NAME", this.name);
		fields.put("UNIT", this.unit);
		fields.put("GROUP_CODE", (this.groupCode != null) ? this.groupCode : "");
		fields.put("PLAN", this.plan);
		fields.put("ACTUAL", this.actual);
		fields.put("PREVIOUS", this.previous);
		fields.put("PERCENT_OF_PLAN", this.percentOfPlan);
		fields.put("PERCENT_OF_PREVIOUS", this.percentOfPrevious);
		fields.put("STATUS", this.status.name());
		fields.put("NOTE", this.note);
		return fields;
	}

}
