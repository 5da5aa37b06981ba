package vn.yearendreview.model;

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

	/** The most characters of a department's value quoted in a problem. */
	public static final int QUOTED_CHARS = 100;

	/** The most characters of a column header named in a problem. */
	public static final int COLUMN_CHARS = 200;

	/**
	 * The most characters of a message: its quotes are already cut to
	 * {@link #QUOTED_CHARS}, so only a message listing many of them reaches it.
	 */
	public static final int MESSAGE_CHARS = 2_000;

	/**
	 * A problem; what the department wrote is cut to bounded lengths, so that no input,
	 * however long, makes a problem that cannot be stored or printed.
	 */
	public Problem {
		column = Text.shorten(column, COLUMN_CHARS);
		value = Text.shorten(value, QUOTED_CHARS);
		message = Text.shorten(message, MESSAGE_CHARS);
	}

	/**
	 * What a message quotes of a department's text: at most {@link #QUOTED_CHARS}
	 * characters, ending with "…" when cut.
	 * @param text the text
	 * @return the quote
	 */
	public static String quote(String text) {
		return Text.shorten(text, QUOTED_CHARS);
	}

	/** Whether a problem rejects a row or file, or only warns. */
	public enum Severity {

		ERROR, WARNING

	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

}
