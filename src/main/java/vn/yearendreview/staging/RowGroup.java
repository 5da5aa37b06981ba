package vn.yearendreview.staging;

/**
 * Rows read that share a file, department, acceptance and year.
 *
 * @param fileNo the file
 * @param department the department code, {@code null} when not readable
 * @param accepted whether accepted so far
 * @param year the year reported, {@code null} when not readable
 * @param rows how many
 * @param expected whether their file is of a kind every department is expected to send
 * (the year under review is decided from those alone)
 * @param yearOffset how many years after the year under review their kind's records are
 * for
 */
public record RowGroup(int fileNo, String department, boolean accepted, Integer year, long rows, boolean expected,
		int yearOffset) {

	/**
	 * Rows of a kind every department sends, for the year under review.
	 * @param fileNo the file
	 * @param department the department code
	 * @param accepted whether accepted so far
	 * @param year the year reported
	 * @param rows how many
	 */
	public RowGroup(int fileNo, String department, boolean accepted, Integer year, long rows) {
		this(fileNo, department, accepted, year, rows, true, 0);
	}

}
