package vn.yearendreview.report;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import static vn.yearendreview.report.WordPages.TWIPS;

/**
 * The named paragraph styles of a Word draft and the paragraphs and runs written in them:
 * Times New Roman 14 pt; body text justified with a first-line indent and the PDF's line
 * spacing; three levels of heading and the dash item based on it; the header block,
 * title, subtitle, signature and "Nơi nhận" of the frame; the text and heading of a
 * table.
 */
final class WordStyles {

	/** The style of body text. */
	static final String BODY = "BodyText";

	/** The styles of the headings {@code I-}, {@code 1.}, {@code a)}. */
	static final String[] HEADINGS = { "Heading1", "Heading2", "Heading3" };

	/** The style of a dash item. */
	static final String ITEM = "ListDash";

	/** The body's styles: those never set inside a table. */
	static final List<String> BODY_STYLES = List.of(BODY, HEADINGS[0], HEADINGS[1], HEADINGS[2], ITEM);

	/** The style of the header block's lines, and of the page number. */
	static final String HEADER = "HeaderBlock";

	/** The style of the document's title. */
	static final String TITLE = "Title";

	/** The style of the lines under the title, and of an appendix's title. */
	static final String SUBTITLE = "Subtitle";

	/** The style of the signature's lines. */
	static final String SIGNATURE = "Signature";

	/** The style of "Nơi nhận" and its lines. */
	static final String RECIPIENTS = "Recipients";

	/** The style of a table's cells. */
	static final String TABLE_TEXT = "TableText";

	/** The style of a table's heading row. */
	static final String TABLE_HEADING = "TableHeading";

	private static final String FONT = "Times New Roman";

	private WordStyles() {
	}

	/**
	 * Gives a document the named styles: body text, the headings, the dash item, and the
	 * frame's.
	 * @param document the document
	 * @param language the language of its text, {@code vi} or {@code en}
	 */
	static void define(XWPFDocument document, String language) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		font(defaults, 14);
		defaults.addNewLang().setVal("vi".equals(language) ? "vi-VN" : "en-GB");
		CTPPrGeneral paragraphDefaults = styles.getDocDefaults().addNewPPrDefault().addNewPPr();
		paragraphDefaults.addNewWidowControl();
		CTStyle normal = style(styles, "Normal", "Normal", null);
		normal.setDefault(true);
		CTStyle body = style(styles, BODY, "Body Text", "Normal");
		body.getPPr().addNewJc().setVal(STJc.BOTH);
		body.getPPr().addNewInd().setFirstLine(BigInteger.valueOf(28 * TWIPS));
		// the PDF's lines: 19 pt fixed, to which JasperReports adds the font's descent
		spacing(body.getPPr(), 22, 2);
		String[] headingNames = { "heading 1", "heading 2", "heading 3" };
		for (int i = 0; i < HEADINGS.length; i++) {
			CTStyle heading = style(styles, HEADINGS[i], headingNames[i], BODY);
			heading.getPPr().addNewKeepNext();
			heading.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(i));
			if (i < 2) {
				heading.addNewRPr().addNewB();
			}
			heading.addNewNext().setVal(BODY);
		}
		style(styles, ITEM, "List Dash", BODY);
		CTStyle header = style(styles, HEADER, "Header Block", "Normal");
		spacing(header.getPPr(), 21, 0);
		CTStyle title = style(styles, TITLE, "Title", HEADER);
		title.getPPr().addNewJc().setVal(STJc.CENTER);
		CTRPr titleRun = title.addNewRPr();
		titleRun.addNewB();
		titleRun.addNewSz().setVal(BigInteger.valueOf(32));
		CTStyle subtitle = style(styles, SUBTITLE, "Subtitle", HEADER);
		subtitle.getPPr().addNewJc().setVal(STJc.CENTER);
		subtitle.addNewRPr().addNewB();
		CTStyle signature = style(styles, SIGNATURE, "Signature", HEADER);
		signature.getPPr().addNewJc().setVal(STJc.CENTER);
		CTStyle recipients = style(styles, RECIPIENTS, "Recipients", HEADER);
		spacing(recipients.getPPr(), 15, 0);
		recipients.addNewRPr().addNewSz().setVal(BigInteger.valueOf(24));
		CTStyle tableText = style(styles, TABLE_TEXT, "Table Text", HEADER);
		spacing(tableText.getPPr(), 0, 0);
		tableText.addNewRPr().addNewSz().setVal(BigInteger.valueOf(22));
		CTStyle tableHeading = style(styles, TABLE_HEADING, "Table Heading", TABLE_TEXT);
		tableHeading.getPPr().addNewJc().setVal(STJc.CENTER);
		tableHeading.addNewRPr().addNewB();
		document.createStyles().setStyles(styles);
	}

	private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
		CTStyle style = styles.addNewStyle();
		style.setType(STStyleType.PARAGRAPH);
		style.setStyleId(id);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
		}
		style.addNewQFormat();
		style.addNewPPr();
		return style;
	}

	private static void spacing(CTPPrGeneral paragraph, int line, int after) {
		CTSpacing spacing = paragraph.addNewSpacing();
		spacing.setBefore(BigInteger.ZERO);
		spacing.setAfter(BigInteger.valueOf((long) after * TWIPS));
		if (line > 0) {
			spacing.setLine(BigInteger.valueOf((long) line * TWIPS));
			spacing.setLineRule(STLineSpacingRule.EXACT);
		}
		else {
			spacing.setLine(BigInteger.valueOf(240));
			spacing.setLineRule(STLineSpacingRule.AUTO);
		}
	}

	private static void font(CTRPr run, int size) {
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		run.addNewSz().setVal(BigInteger.valueOf(size * 2L));
		run.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
	}

	/**
	 * A new paragraph at the end of the document's body, in a style.
	 * @param document the document
	 * @param style the style's identifier
	 * @param alignment how its lines are aligned
	 * @return the paragraph
	 */
	static XWPFParagraph styled(XWPFDocument document, String style, ParagraphAlignment alignment) {
		XWPFParagraph p = document.createParagraph();
		p.setStyle(style);
		p.setAlignment(alignment);
		return p;
	}

	/**
	 * A run of text; lines separated by {@code \n} are set apart by line breaks.
	 * @param paragraph the paragraph it ends
	 * @param text the text, or {@code null} for an empty run
	 * @return the run
	 */
	static XWPFRun run(XWPFParagraph paragraph, String text) {
		XWPFRun run = paragraph.createRun();
		if (text == null || text.isEmpty()) {
			return run;
		}
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
		return run;
	}

	/**
	 * Lines of text, set apart by line breaks, in one run.
	 * @param paragraph the paragraph they end
	 * @param text the lines, separated by {@code \n}
	 */
	static void lines(XWPFParagraph paragraph, String text) {
		run(paragraph, text);
	}

	/**
	 * The properties of a run, added when it has none.
	 * @param run the run
	 * @return its properties
	 */
	static CTRPr rPr(XWPFRun run) {
		return run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
	}

}
