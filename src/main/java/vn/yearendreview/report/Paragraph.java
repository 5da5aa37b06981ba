package vn.yearendreview.report;

/**
 * One paragraph of a generated document body.
 *
 * @param kind how it is set: a heading level, body text or a dash item
 * @param text its text
 */
record Paragraph(Kind kind, String text) {

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

}
