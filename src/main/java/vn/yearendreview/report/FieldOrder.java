package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.ResultRow;

/**
 * The committee documents' fields in the review's order ({@link IndicatorGroup}), and the
 * departments' points and the indicators grouped by them; a field the order does not know
 * comes after those it does, in the order first met.
 */
final class FieldOrder {

	private FieldOrder() {
	}

	/** The points of one kind by field, the fields in the review's order. */
	static Map<String, List<NarrativePoint>> byGroupOf(List<NarrativePoint> points, PointKind kind) {
		Map<String, List<NarrativePoint>> found = new LinkedHashMap<>();
		for (NarrativePoint point : points) {
			if (point.kind() == kind) {
				found.computeIfAbsent(point.groupCode(), (g) -> new ArrayList<>()).add(point);
			}
		}
		return inFieldOrder(found);
	}

	private static <T> Map<String, List<T>> inFieldOrder(Map<String, List<T>> found) {
		Map<String, List<T>> ordered = new LinkedHashMap<>();
		for (String group : codes()) {
			if (found.containsKey(group)) {
				ordered.put(group, found.remove(group));
			}
		}
		ordered.putAll(found);
		return ordered;
	}

	/**
	 * The fields' codes in the review's order.
	 * @return the codes
	 */
	static List<String> codes() {
		return Arrays.stream(IndicatorGroup.values()).map(IndicatorGroup::code).toList();
	}

	/** The rows by field, the fields in the review's order, rows without a field last. */
	static Map<String, List<ResultRow>> byGroup(List<ResultRow> results) {
		Map<String, List<ResultRow>> found = new LinkedHashMap<>();
		for (ResultRow row : results) {
			found.computeIfAbsent((row.groupCode() != null) ? row.groupCode() : "", (g) -> new ArrayList<>()).add(row);
		}
		return inFieldOrder(found);
	}

}
