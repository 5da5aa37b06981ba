package vn.yearendreview.report;

import java.util.HashMap;
import java.util.Map;

import vn.yearendreview.model.ResultRow;

/** An evaluated indicator as a record of the templates that print indicators. */
final class ResultFields {

	private ResultFields() {
	}

	/**
	 * The fields the appendix and the department evaluation declare (each reads the
	 * fields it needs).
	 * @param row the indicator
	 * @return field name to value
	 */
	static Map<String, Object> of(ResultRow row) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("INDICATOR", row.indicator());
		fields.put("NAME", row.name());
		fields.put("UNIT", row.unit());
		fields.put("GROUP_CODE", (row.groupCode() != null) ? row.groupCode() : "");
		fields.put("PLAN", row.plan());
		fields.put("PLAN_WORDS", row.planWords());
		fields.put("ACTUAL", row.actual());
		fields.put("PREVIOUS", row.previous());
		fields.put("PERCENT_OF_PLAN", row.percentOfPlan());
		fields.put("PERCENT_OF_PREVIOUS", row.percentOfPrevious());
		fields.put("STATUS", row.status().name());
		fields.put("NOTE", row.note());
		return fields;
	}

}
