package vn.yearendreview.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headline, per-group and per-department counts. Only resolution indicators count
 * (every indicator when there is no catalog); the headline and the groups count only the
 * figures that stand for the whole province, each department counts its own rows.
 */
public final class Scoreboard {

	private final Tally overall = new Tally();

	private final Map<String, Tally> byGroup = new LinkedHashMap<>();

	private final Map<String, Tally> byDepartment = new LinkedHashMap<>();

	/**
	 * Counts one evaluated indicator. Call in the order groups should be listed.
	 * @param group the group code, may be empty
	 * @param department the department code
	 * @param resolution whether the indicator counts in the headline
	 * @param inReview whether this row is the province-wide figure of the consolidated
	 * review
	 * @param status its verdict
	 */
	public void add(String group, String department, boolean resolution, boolean inReview, Status status) {
		add(group, department, resolution, inReview, status, 1);
	}

	/**
	 * Counts indicators that share group, department and verdict.
	 * @param group the group code, may be empty
	 * @param department the department code
	 * @param resolution whether they count in the headline
	 * @param inReview whether they are province-wide figures of the consolidated review
	 * @param status their verdict
	 * @param count how many they are
	 */
	public void add(String group, String department, boolean resolution, boolean inReview, Status status, int count) {
		if (!resolution) {
			return;
		}
		if (inReview) {
			this.overall.add(status, count);
			this.byGroup.computeIfAbsent(group, (g) -> new Tally()).add(status, count);
		}
		if (department != null && !department.isEmpty()) {
			this.byDepartment.computeIfAbsent(department, (d) -> new Tally()).add(status, count);
		}
	}

	public Tally overall() {
		return this.overall;
	}

	public Map<String, Tally> byGroup() {
		return Collections.unmodifiableMap(this.byGroup);
	}

	public Map<String, Tally> byDepartment() {
		return Collections.unmodifiableMap(this.byDepartment);
	}

	/**
	 * @param department a department code
	 * @return its counts, empty when it has no resolution indicators
	 */
	public Tally department(String department) {
		return this.byDepartment.getOrDefault(department, new Tally());
	}

}
