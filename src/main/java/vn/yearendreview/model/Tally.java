package vn.yearendreview.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of verdicts over a set of indicators: the "đạt và vượt X/Y" of a province, a
 * group or a department.
 */
public final class Tally {

	private final Map<Status, Integer> counts = new EnumMap<>(Status.class);

	/**
	 * Counts one indicator.
	 * @param status its verdict
	 */
	public void add(Status status) {
		add(status, 1);
	}

	/**
	 * Counts indicators of the same verdict.
	 * @param status their verdict
	 * @param count how many
	 */
	public void add(Status status, int count) {
		this.counts.merge(status, count, Integer::sum);
	}

	/**
	 * X in "đạt và vượt X/Y": exceeded plus achieved.
	 * @return the number of indicators achieved or exceeded
	 */
	public int achieved() {
		return count(Status.EXCEEDED) + count(Status.ACHIEVED);
	}

	/**
	 * Y in "đạt và vượt X/Y": every indicator counted, with or without data.
	 * @return the number of indicators
	 */
	public int total() {
		return this.counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * @param status a verdict
	 * @return how many indicators have it
	 */
	public int count(Status status) {
		return this.counts.getOrDefault(status, 0);
	}

	@Override
	public String toString() {
		return achieved() + "/" + total();
	}

}
