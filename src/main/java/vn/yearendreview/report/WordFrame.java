package vn.yearendreview.report;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import static vn.yearendreview.report.WordPages.LANDSCAPE_WIDTH;
import static vn.yearendreview.report.WordPages.PORTRAIT_WIDTH;
import static vn.yearendreview.report.WordPages.TWIPS;
import static vn.yearendreview.report.WordStyles.HEADER;
import static vn.yearendreview.report.WordStyles.RECIPIENTS;
import static vn.yearendreview.report.WordStyles.SIGNATURE;
import static vn.yearendreview.report.WordStyles.SUBTITLE;
import static vn.yearendreview.report.WordStyles.TITLE;
import static vn.yearendreview.report.WordStyles.lines;
import static vn.yearendreview.report.WordStyles.rPr;
import static vn.yearendreview.report.WordStyles.run;
import static vn.yearendreview.report.WordStyles.styled;
import static vn.yearendreview.report.WordTables.addParagraph;
import static vn.yearendreview.report.WordTables.borderless;
import static vn.yearendreview.report.WordTables.cellParagraph;

/**
 * The frame of a Word draft around its body, as in the PDF: above it the header block and
 * the title, below it the signature with "Nơi nhận", each block a borderless table.
 */
final class WordFrame {

	private WordFrame() {
	}

	/**
	 * The header block as a borderless table: the issuer, {@code *} and the number on the
	 * left, the party, its rule and the place and date on the right; above them the scope
	 * and the draft mark. The title and subtitle follow it.
	 * @param document the document, still empty
	 * @param frame what the block says
	 * @param landscape whether the first page is landscape
	 */
	static void header(XWPFDocument document, CommitteeDocument.Frame frame, boolean landscape) {
		int width = landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
		int left = landscape ? 370 : 215;
		XWPFTable table = borderless(document, new int[] { left, width - left });
		if (frame.scope() != null || frame.draft() != null) {
			XWPFTableRow marks = table.getRow(0);
			XWPFParagraph scope = cellParagraph(marks.getCell(0), HEADER, ParagraphAlignment.LEFT);
			if (frame.scope() != null) {
				run(scope, frame.scope()).setBold(true);
			}
			XWPFParagraph draft = cellParagraph(marks.getCell(1), HEADER, ParagraphAlignment.RIGHT);
			if (frame.draft() != null) {
				XWPFRun mark = run(draft, frame.draft());
				mark.setItalic(true);
				mark.setFontSize(12);
				CTBorder box = rPr(mark).addNewBdr();
				box.setVal(STBorder.SINGLE);
				box.setSz(BigInteger.valueOf(6));
				box.setSpace(BigInteger.valueOf(2));
			}
			table.createRow();
		}
		XWPFTableRow row = table.getRow(table.getNumberOfRows() - 1);
		XWPFTableCell issuer = row.getCell(0);
		boolean first = true;
		if (frame.parent() != null) {
			run(cellParagraph(issuer, HEADER, ParagraphAlignment.CENTER), frame.parent());
			first = false;
		}
		XWPFParagraph issuerLine = first ? cellParagraph(issuer, HEADER, ParagraphAlignment.CENTER)
				: addParagraph(issuer, HEADER, ParagraphAlignment.CENTER);
		run(issuerLine, frame.issuer()).setBold(true);
		run(addParagraph(issuer, HEADER, ParagraphAlignment.CENTER), "*");
		run(addParagraph(issuer, HEADER, ParagraphAlignment.CENTER), frame.numberLine());
		for (String mark : frame.marks()) {
			run(addParagraph(issuer, HEADER, ParagraphAlignment.CENTER), mark).setBold(true);
		}
		XWPFTableCell party = row.getCell(1);
		XWPFParagraph partyLine = cellParagraph(party, HEADER, ParagraphAlignment.CENTER);
		XWPFRun partyRun = run(partyLine, frame.party());
		partyRun.setBold(true);
		partyRun.setFontSize(15);
		// the rule under the party's name
		partyLine.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
		addParagraph(party, HEADER, ParagraphAlignment.CENTER).setSpacingBetween(6, LineSpacingRule.EXACT);
		run(addParagraph(party, HEADER, ParagraphAlignment.CENTER), frame.placeDate()).setItalic(true);
		XWPFParagraph title = styled(document, TITLE, ParagraphAlignment.CENTER);
		title.setSpacingBefore(12 * TWIPS);
		run(title, frame.title());
		lines(styled(document, SUBTITLE, ParagraphAlignment.CENTER), frame.subtitle());
		run(styled(document, HEADER, ParagraphAlignment.CENTER), "-----");
	}

	/**
	 * The signature and "Nơi nhận" as a borderless table of one row that is never split,
	 * kept with the last paragraph.
	 * @param document the document, its body written
	 * @param frame who signs and who receives it
	 * @param landscape whether the body's pages are landscape
	 */
	static void signature(XWPFDocument document, CommitteeDocument.Frame frame, boolean landscape) {
		int width = landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
		int left = landscape ? 440 : 205;
		XWPFTable table = borderless(document, new int[] { left, width - left });
		XWPFTableRow row = table.getRow(0);
		row.setCantSplitRow(true);
		XWPFTableCell recipients = row.getCell(0);
		XWPFParagraph label = cellParagraph(recipients, RECIPIENTS, ParagraphAlignment.LEFT);
		label.setSpacingBefore(12 * TWIPS);
		XWPFRun labelRun = run(label, frame.recipientsLabel());
		labelRun.setFontSize(14);
		labelRun.setBold(true);
		labelRun.setItalic(true);
		labelRun.setUnderline(UnderlinePatterns.SINGLE);
		for (String line : frame.recipients()) {
			XWPFParagraph p = addParagraph(recipients, RECIPIENTS, ParagraphAlignment.LEFT);
			run(p, "- " + line);
		}
		XWPFTableCell signer = row.getCell(1);
		XWPFParagraph mandate = cellParagraph(signer, SIGNATURE, ParagraphAlignment.CENTER);
		mandate.setSpacingBefore(12 * TWIPS);
		run(mandate, frame.signerMandate()).setBold(true);
		run(addParagraph(signer, SIGNATURE, ParagraphAlignment.CENTER), frame.signerTitle());
		for (int i = 0; i < 4; i++) {
			addParagraph(signer, SIGNATURE, ParagraphAlignment.CENTER);
		}
		XWPFParagraph name = addParagraph(signer, SIGNATURE, ParagraphAlignment.CENTER);
		if (frame.signerName() != null) {
			run(name, frame.signerName()).setBold(true);
		}
	}

}
