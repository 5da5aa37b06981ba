package vn.yearendreview.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A committee document (the review, the draft resolution, the work programme) as it is
 * composed once, from the data and the settings: its frame (the header block, the marks,
 * the title, the signature and "Nơi nhận"), its body, its own table and its appendices,
 * every text as printed. Its renderer sets it in the PDF templates and
 * {@link WordDocument} writes the Word draft of it, so that a wording changes both.
 *
 * @param frame the header block, marks, title, signature and "Nơi nhận"
 * @param landscape whether the document itself is set in landscape (the programme)
 * @param table the document's own table, before its body ({@code null} for none)
 * @param body the body's paragraphs
 * @param appendices the appendices, each in landscape
 */
record CommitteeDocument(Frame frame, boolean landscape, Table table, List<Paragraph> body, List<Appendix> appendices) {

	/**
	 * The paragraphs the PDF prints.
	 * @return the body without the parts the Word draft leaves for the office
	 */
	List<Paragraph> printedBody() {
		return this.body.stream().filter(Paragraph::printed).toList();
	}

	/**
	 * The paragraphs of the Word draft.
	 * @return the body with the parts the office writes
	 */
	List<Paragraph> draftedBody() {
		return this.body.stream().filter(Paragraph::drafted).toList();
	}

	/**
	 * What frames a committee document.
	 *
	 * @param scope the circulation scope ({@code TÀI LIỆU HỘI NGHỊ}), {@code null} for
	 * none
	 * @param draft the draft mark ({@code Dự thảo lần 1}), {@code null} for a final
	 * document
	 * @param parent the parent body above the issuer, {@code null} for none
	 * @param issuer the issuing body
	 * @param numberLine {@code Số 125-BC/TU}
	 * @param marks the confidentiality and urgency marks under the number
	 * @param party {@code ĐẢNG CỘNG SẢN VIỆT NAM}
	 * @param placeDate {@code Ninh Thuận, ngày 05 tháng 12 năm 2023}
	 * @param title {@code BÁO CÁO}
	 * @param subtitle the subtitle, its lines separated by {@code \n}
	 * @param signerMandate {@code T/M BAN THƯỜNG VỤ}
	 * @param signerTitle {@code BÍ THƯ}
	 * @param signerName the signer's name, {@code null} when left for the office
	 * @param recipientsLabel {@code Nơi nhận:}
	 * @param recipients the lines of "Nơi nhận", each printed after a dash
	 */
	record Frame(String scope, String draft, String parent, String issuer, String numberLine, List<String> marks,
			String party, String placeDate, String title, String subtitle, String signerMandate, String signerTitle,
			String signerName, String recipientsLabel, List<String> recipients) {

		/**
		 * The same frame with another number, title and subtitle, as the other committee
		 * documents have them.
		 * @param numberLine the number line
		 * @param title the title
		 * @param subtitle the subtitle
		 * @return the frame
		 */
		Frame titled(String numberLine, String title, String subtitle) {
			return new Frame(this.scope, this.draft, this.parent, this.issuer, numberLine, this.marks, this.party,
					this.placeDate, title, subtitle, this.signerMandate, this.signerTitle, this.signerName,
					this.recipientsLabel, this.recipients);
		}

		/**
		 * The same frame with another draft mark and signing mandate.
		 * @param draft the draft mark
		 * @param signerMandate the mandate
		 * @return the frame
		 */
		Frame signed(String draft, String signerMandate) {
			return new Frame(this.scope, draft, this.parent, this.issuer, this.numberLine, this.marks, this.party,
					this.placeDate, this.title, this.subtitle, signerMandate, this.signerTitle, this.signerName,
					this.recipientsLabel, this.recipients);
		}

	}

	/**
	 * An appendix, in landscape.
	 *
	 * @param title {@code PHỤ LỤC} or {@code PHỤ LỤC 2}
	 * @param subtitle what it lists
	 * @param attachment the line naming the document it is attached to, {@code null} for
	 * none
	 * @param table its table
	 * @param chart the counts of its chart, {@code null} for none
	 */
	record Appendix(String title, String subtitle, String attachment, Table table, Chart chart) {

	}

	/**
	 * A table: its columns, then its rows, read as they are set.
	 *
	 * @param columns the columns, with their headings and widths as the PDF sets them
	 * @param rows the rows, in order
	 */
	record Table(List<Column> columns, Rows rows) {

	}

	/**
	 * A column of a table.
	 *
	 * @param heading its heading
	 * @param width its width in the PDF, in points
	 * @param align how its cells are aligned
	 */
	record Column(String heading, int width, Align align) {

	}

	/** How the cells of a column are aligned. */
	enum Align {

		/** Text, from the left. */
		LEFT,
		/** Short values, centred. */
		CENTER,
		/** Figures, to the right. */
		RIGHT

	}

	/**
	 * A row of a table.
	 *
	 * @param group the heading of the group the row is under ({@code I. KINH TẾ},
	 * {@code Tháng 3}), printed once above the group's first row; {@code null} for none
	 * @param cells its cells as printed, one per column; {@code null} for an empty cell
	 */
	record Row(String group, List<String> cells) {

	}

	/**
	 * The rows of a table, read once by each rendering, so that a long table is never
	 * held whole.
	 */
	@FunctionalInterface
	interface Rows {

		/**
		 * Opens the rows.
		 * @return the rows in order, to be closed
		 */
		Stream<Row> open();

		/**
		 * Rows already in hand.
		 * @param rows the rows
		 * @return them
		 */
		static Rows of(List<Row> rows) {
			return rows::stream;
		}

	}

	/**
	 * The chart of an appendix: for each group, the count of each verdict.
	 *
	 * @param title its title
	 * @param axis the label of its axis of counts
	 * @param records one record per verdict and group ({@code group}, {@code status},
	 * {@code count}), in the order drawn
	 */
	record Chart(String title, String axis, List<Map<String, ?>> records) {

	}

}
