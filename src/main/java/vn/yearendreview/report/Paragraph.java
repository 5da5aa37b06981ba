package vn.yearendreview.report;

/**
 * One paragraph of a committee document's body, as both renderings set it.
 *
 * @param kind how it is set: a heading level, body text or a dash item
 * @param text its text, empty for a paragraph the office writes
 * @param shown which rendering has it: both, or the Word draft only, where the office
 * writes a part the settings do not give, or the PDF only, where the draft's numbering of
 * such parts would leave a gap
 * @param comment for a paragraph the office writes, what belongs there and which setting
 * fills it: a comment of the Word draft; else {@code null}
 */
record Paragraph(Kind kind, String text, Shown shown, String comment) {

	Paragraph(Kind kind, String text) {
		this(kind, text, Shown.BOTH, null);
	}

	/**
	 * A paragraph of the Word draft only.
	 * @param kind its style
	 * @param text its text
	 * @return the paragraph
	 */
	static Paragraph draftOnly(Kind kind, String text) {
		return new Paragraph(kind, text, Shown.DRAFT, null);
	}

	/**
	 * The empty paragraph under a heading where the office writes what the settings do
	 * not give, with a comment saying what belongs there.
	 * @param comment what belongs there and which setting fills it
	 * @return the paragraph, in the Word draft only
	 */
	static Paragraph toWrite(String comment) {
		return new Paragraph(Kind.BODY, "", Shown.DRAFT, comment);
	}

	/**
	 * Whether the PDF prints it.
	 * @return {@code true} unless it is in the Word draft only
	 */
	boolean printed() {
		return this.shown != Shown.DRAFT;
	}

	/**
	 * Whether the Word draft has it.
	 * @return {@code true} unless it is in the PDF only
	 */
	boolean drafted() {
		return this.shown != Shown.PRINT;
	}

	/** The paragraph styles of an official document. */
	public enum Kind {

		/** {@code I- KẾT QUẢ ...}: bold capitals. */
		HEADING1,
		/** {@code 1. Đánh giá chung}: bold. */
		HEADING2,
		/** {@code a) Kinh tế: ...}. */
		HEADING3,
		/** A justified paragraph with a first-line indent. */
		BODY,
		/** {@code - ...}: a dash item. */
		ITEM

	}

	/** Which rendering of the document has a paragraph. */
	enum Shown {

		/** The PDF and the Word draft. */
		BOTH,
		/** The PDF only. */
		PRINT,
		/** The Word draft only. */
		DRAFT

	}

}
