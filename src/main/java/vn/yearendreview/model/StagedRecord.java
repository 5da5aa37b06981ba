package vn.yearendreview.model;

import java.util.List;

/**
 * What every checked record has, whatever its kind: its place, whether and why it was
 * rejected, its department and year, and its problems. Staged as a row of its file.
 */
public interface StagedRecord {

	/**
	 * The file's place in name order.
	 * @return the file number
	 */
	int fileNo();

	/**
	 * The physical line the record starts on.
	 * @return the line
	 */
	long line();

	/**
	 * Why it was rejected.
	 * @return the reason, {@code null} when accepted
	 */
	Reason reason();

	/**
	 * The department code, upper case.
	 * @return the code, {@code null} when not readable
	 */
	String department();

	/**
	 * The year reported.
	 * @return the year, {@code null} when not readable
	 */
	Integer year();

	/**
	 * Errors and warnings about this record.
	 * @return the problems
	 */
	List<Problem> problems();

	/**
	 * Whether the record was accepted.
	 * @return {@code true} when it has no reason to be rejected
	 */
	default boolean accepted() {
		return reason() == null;
	}

}
