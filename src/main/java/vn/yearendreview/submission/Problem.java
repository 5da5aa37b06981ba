package vn.yearendreview.submission;

/**
 * A problem found in the inputs, in the words of the report language.
 *
 * @param severity whether it rejects what it is about or only warns
 * @param line the physical line of the record, {@code null} for a whole-file problem
 * @param column the column header as written in the file, {@code null} when not about one
 * cell
 * @param value the offending value as written, {@code null} when none
 * @param reason the machine-readable reason
 * @param message what is wrong and what to do, for the department
 */
public record Problem(Severity severity, Long line, String column, String value, Reason reason, String message) {

	/** Whether a problem rejects a row or file, or only warns. */
	public enum Severity {

		ERROR, WARNING

	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

}
