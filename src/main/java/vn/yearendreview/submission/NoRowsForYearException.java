package vn.yearendreview.submission;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * No row reports the year asked for, or, without a year asked for, no row was accepted:
 * there is no year whose documents could be made, and nothing is published.
 */
public class NoRowsForYearException extends RuntimeException {

	private final Integer requested;

	private final SortedMap<Integer, Long> present;

	/**
	 * @param requested the year asked for, {@code null} when none was
	 * @param present the years the accepted rows report, with their row counts
	 */
	public NoRowsForYearException(Integer requested, SortedMap<Integer, Long> present) {
		super((requested != null) ? "no row reports " + requested : "no row was accepted");
		this.requested = requested;
		this.present = Collections.unmodifiableSortedMap(new TreeMap<>(present));
	}

	/**
	 * The year asked for.
	 * @return the year, {@code null} when none was asked for
	 */
	public Integer requested() {
		return this.requested;
	}

	/**
	 * The years the accepted rows report.
	 * @return year to number of rows, in year order
	 */
	public SortedMap<Integer, Long> present() {
		return this.present;
	}

}
