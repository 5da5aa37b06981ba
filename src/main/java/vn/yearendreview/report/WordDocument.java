package vn.yearendreview.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes the Word draft of a committee document ({@code .docx}), from the same
 * {@link CommitteeDocument} as its PDF, as a document the office edits: body paragraphs
 * in named paragraph styles (never table cells or frames), Times New Roman 14 pt,
 * justified with a first-line indent and the PDF's line spacing; the header block and the
 * signature with "Nơi nhận" as borderless tables; the page number as a field centred at
 * the top from page 2; each appendix in a landscape section of its own, with a real table
 * whose heading row repeats on every page. A part the settings give no text for has its
 * heading and an empty paragraph with a comment saying what belongs there. The same
 * document gives the same bytes: the zip entries carry the document's date, in a fixed
 * order.
 */
final class WordDocument {

	/**
	 * The most table rows a Word file is written with: a Word file is held whole while it
	 * is written, about 21 MB for each thousand rows of ten cells, so a document with
	 * more rows has its PDF only and the console says so.
	 */
	static final int MAX_TABLE_ROWS = 5_000;

	private static final Logger logger = LoggerFactory.getLogger(WordDocument.class);

	/** The style of body text. */
	static final String BODY = "BodyText";

	/** The styles of the headings {@code I-}, {@code 1.}, {@code a)}. */
	static final String[] HEADINGS = { "Heading1", "Heading2", "Heading3" };

	/** The style of a dash item. */
	static final String ITEM = "ListDash";

	/** The body's styles: those never set inside a table. */
	static final List<String> BODY_STYLES = List.of(BODY, HEADINGS[0], HEADINGS[1], HEADINGS[2], ITEM);

	private static final String HEADER = "HeaderBlock";

	private static final String TITLE = "Title";

	private static final String SUBTITLE = "Subtitle";

	private static final String SIGNATURE = "Signature";

	private static final String RECIPIENTS = "Recipients";

	private static final String TABLE_TEXT = "TableText";

	private static final String TABLE_HEADING = "TableHeading";

	private static final String FONT = "Times New Roman";

	/** Twips in a point. */
	private static final int TWIPS = 20;

	/** The margins of the PDF's pages, in points: portrait, then landscape. */
	private static final int[] PORTRAIT_MARGINS = { 57, 43, 57, 85 };

	private static final int[] LANDSCAPE_MARGINS = { 43, 43, 43, 57 };

	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	/** The text width of a portrait page and of a landscape one, in points. */
	private static final int PORTRAIT_WIDTH = 467;

	private static final int LANDSCAPE_WIDTH = 742;

	private final XWPFDocument document;

	private final Documents documents;

	private final List<CTSectPr> sections = new ArrayList<>();

	private XWPFComments comments;

	private WordDocument(XWPFDocument document, Documents documents) {
		this.document = document;
		this.documents = documents;
	}

	/**
	 * Writes the Word draft of a document.
	 * @param content the document as composed
	 * @param documents what the documents share: language, settings, date
	 * @param file the {@code .docx} to write
	 * @param tableRows how many rows its tables hold: more than {@link #MAX_TABLE_ROWS}
	 * and no Word file is written
	 * @throws IOException when it cannot be written
	 */
	static void write(CommitteeDocument content, Documents documents, Path file, long tableRows) throws IOException {
		if (tableRows > MAX_TABLE_ROWS) {
			logger.warn(documents.messages().get("progress.noWord", file.getFileName(), tableRows, MAX_TABLE_ROWS));
			return;
		}
		try (XWPFDocument document = new XWPFDocument()) {
			WordDocument word = new WordDocument(document, documents);
			word.styles(documents.locale().getLanguage());
			word.content(content);
			word.pageNumbers();
			describe(document, content, documents);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.write(bytes);
			try (OutputStream out = Files.newOutputStream(file)) {
				reproducible(bytes.toByteArray(), out, documents.settings().date());
			}
		}
	}

	/**
	 * Writes a small document nowhere, so that the classes of POI and of the Word schema
	 * are loaded before the first Word draft is written. In a new process the first
	 * document costs about 1.3 s more than the next ones (1.1 to 2 s measured for a
	 * one-paragraph document, 0.04 s for a second one), most of it loading those classes;
	 * {@link ReportTemplates} calls this in the thread that loads the templates while the
	 * run reads its inputs (BENCHMARKS.md).
	 */
	static void warmUp() {
		try (XWPFDocument document = new XWPFDocument()) {
			WordDocument word = new WordDocument(document, null);
			word.styles("vi");
			word.borderless(new int[] { 100, 100 }).getRow(0).setCantSplitRow(true);
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setStyle(BODY);
			run(paragraph, "-");
			CTSectPr section = document.getDocument().getBody().addNewSectPr();
			page(section, true);
			word.sections.add(section);
			word.pageNumbers();
			document.createComments();
			reproducible(toBytes(document), OutputStream.nullOutputStream(), LocalDate.EPOCH);
		}
		catch (IOException | RuntimeException ex) {
			// nothing is lost: the first Word draft loads what it needs
		}
	}

	private static byte[] toBytes(XWPFDocument document) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		document.write(bytes);
		return bytes.toByteArray();
	}

	private void content(CommitteeDocument content) {
		frameHeader(content.frame(), content.landscape());
		if (content.table() != null) {
			// the text after the table keeps the table's last rows on its page
			keepWithNext(table(content.table(), content.landscape() ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH));
		}
		List<Paragraph> body = content.draftedBody();
		XWPFParagraph last = null;
		for (Paragraph paragraph : body) {
			last = paragraph(paragraph);
		}
		if (last != null) {
			// the signature and "Nơi nhận" stay on the page of the last paragraph
			last.setKeepNext(true);
		}
		signature(content.frame(), content.landscape());
		boolean landscape = content.landscape();
		for (CommitteeDocument.Appendix appendix : content.appendices()) {
			endSection(landscape, this.sections.isEmpty());
			landscape = true;
			appendix(appendix);
		}
		CTSectPr closing = this.document.getDocument().getBody().isSetSectPr()
				? this.document.getDocument().getBody().getSectPr()
				: this.document.getDocument().getBody().addNewSectPr();
		page(closing, landscape);
		this.sections.add(closing);
	}

	/**
	 * The header block as a borderless table: the issuer, {@code *} and the number on the
	 * left, the party, its rule and the place and date on the right; above them the scope
	 * and the draft mark.
	 */
	private void frameHeader(CommitteeDocument.Frame frame, boolean landscape) {
		int width = landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
		int left = landscape ? 370 : 215;
		XWPFTable table = borderless(new int[] { left, width - left });
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
		XWPFParagraph title = styled(TITLE, ParagraphAlignment.CENTER);
		title.setSpacingBefore(12 * TWIPS);
		run(title, frame.title());
		lines(styled(SUBTITLE, ParagraphAlignment.CENTER), frame.subtitle());
		run(styled(HEADER, ParagraphAlignment.CENTER), "-----");
	}

	/** The body paragraph in its style, with the comment of a part the office writes. */
	private XWPFParagraph paragraph(Paragraph paragraph) {
		XWPFParagraph p = this.document.createParagraph();
		p.setStyle(switch (paragraph.kind()) {
			case HEADING1 -> HEADINGS[0];
			case HEADING2 -> HEADINGS[1];
			case HEADING3 -> HEADINGS[2];
			case ITEM -> ITEM;
			case BODY -> BODY;
		});
		if (paragraph.comment() != null) {
			comment(p, paragraph.comment());
		}
		else {
			run(p, paragraph.text());
		}
		return p;
	}

	/**
	 * Marks an empty paragraph with a comment: what belongs there and which setting fills
	 * it next year.
	 */
	private void comment(XWPFParagraph paragraph, String text) {
		if (this.comments == null) {
			this.comments = this.document.createComments();
		}
		BigInteger id = BigInteger.valueOf(this.comments.getComments().size());
		XWPFComment comment = this.comments.createComment(id);
		comment.setAuthor(this.documents.messages().get("draft.comment.author"));
		comment.setInitials(this.documents.messages().get("draft.comment.initials"));
		comment.setDate(calendar(this.documents.settings().date()));
		XWPFParagraph note = comment.createParagraph();
		note.createRun().setText(text);
		paragraph.getCTP().addNewCommentRangeStart().setId(id);
		paragraph.getCTP().addNewCommentRangeEnd().setId(id);
		paragraph.createRun().getCTR().addNewCommentReference().setId(id);
	}

	/**
	 * The signature and "Nơi nhận" as a borderless table of one row that is never split,
	 * kept with the last paragraph.
	 */
	private void signature(CommitteeDocument.Frame frame, boolean landscape) {
		int width = landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
		int left = landscape ? 440 : 205;
		XWPFTable table = borderless(new int[] { left, width - left });
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

	/** An appendix: its title lines, its table, then its chart's counts as a table. */
	private void appendix(CommitteeDocument.Appendix appendix) {
		run(styled(SUBTITLE, ParagraphAlignment.CENTER), appendix.title());
		lines(styled(SUBTITLE, ParagraphAlignment.CENTER), appendix.subtitle());
		if (appendix.attachment() != null) {
			run(styled(HEADER, ParagraphAlignment.CENTER), appendix.attachment()).setItalic(true);
		}
		styled(HEADER, ParagraphAlignment.CENTER);
		table(appendix.table(), LANDSCAPE_WIDTH);
		if (appendix.chart() != null) {
			chart(appendix.chart());
		}
	}

	/**
	 * A table with its heading row repeated on each page and rows never split; a row's
	 * group heading spans the table above the group's first row.
	 * @return its last two rows
	 */
	private List<XWPFTableRow> table(CommitteeDocument.Table content, int textWidth) {
		List<CommitteeDocument.Column> columns = content.columns();
		int total = columns.stream().mapToInt(CommitteeDocument.Column::width).sum();
		int[] widths = new int[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = columns.get(i).width() * textWidth / total;
		}
		XWPFTable table = table(widths, STBorder.SINGLE);
		XWPFTableRow heading = table.getRow(0);
		heading.setRepeatHeader(true);
		heading.setCantSplitRow(true);
		for (int i = 0; i < columns.size(); i++) {
			XWPFTableCell cell = heading.getCell(i);
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			run(cellParagraph(cell, TABLE_HEADING, ParagraphAlignment.CENTER), columns.get(i).heading());
		}
		String group = null;
		XWPFTableRow secondLast = null;
		XWPFTableRow last = null;
		try (Stream<CommitteeDocument.Row> rows = content.rows().open()) {
			for (CommitteeDocument.Row row : (Iterable<CommitteeDocument.Row>) rows::iterator) {
				if (row.group() != null && !row.group().equals(group)) {
					groupRow(table, row.group(), columns.size());
				}
				group = row.group();
				XWPFTableRow line = table.createRow();
				secondLast = last;
				last = line;
				line.setCantSplitRow(true);
				for (int i = 0; i < columns.size(); i++) {
					String text = (i < row.cells().size()) ? row.cells().get(i) : null;
					XWPFTableCell cell = line.getCell(i);
					cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
					run(cellParagraph(cell, TABLE_TEXT, alignment(columns.get(i).align())), text);
				}
			}
		}
		List<XWPFTableRow> end = new ArrayList<>();
		if (secondLast != null) {
			end.add(secondLast);
		}
		if (last != null) {
			end.add(last);
		}
		return end;
	}

	/** Keeps rows of a table on the page of what follows them. */
	private static void keepWithNext(List<XWPFTableRow> rows) {
		for (XWPFTableRow row : rows) {
			for (XWPFTableCell cell : row.getTableCells()) {
				cell.getParagraphs().forEach((paragraph) -> paragraph.setKeepNext(true));
			}
		}
	}

	/** A group's heading: one cell across the table, in bold. */
	private static void groupRow(XWPFTable table, String heading, int columns) {
		XWPFTableRow row = table.createRow();
		row.setCantSplitRow(true);
		for (int i = columns - 1; i > 0; i--) {
			row.removeCell(i);
		}
		XWPFTableCell cell = row.getCell(0);
		CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		properties.addNewGridSpan().setVal(BigInteger.valueOf(columns));
		XWPFParagraph p = cellParagraph(cell, TABLE_TEXT, ParagraphAlignment.LEFT);
		p.setKeepNext(true);
		run(p, heading).setBold(true);
	}

	/**
	 * The chart of an appendix as the table of its counts: a row per group, a column per
	 * verdict.
	 */
	private void chart(CommitteeDocument.Chart chart) {
		Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		List<String> statuses = new ArrayList<>();
		for (Map<String, ?> record : chart.records()) {
			String status = (String) record.get("status");
			if (!statuses.contains(status)) {
				statuses.add(status);
			}
			counts.computeIfAbsent((String) record.get("group"), (g) -> new LinkedHashMap<>())
				.put(status, ((Number) record.get("count")).intValue());
		}
		if (counts.isEmpty()) {
			return;
		}
		styled(HEADER, ParagraphAlignment.CENTER).setKeepNext(true);
		XWPFParagraph title = styled(SUBTITLE, ParagraphAlignment.CENTER);
		title.setKeepNext(true);
		run(title, chart.title());
		List<CommitteeDocument.Column> columns = new ArrayList<>();
		columns.add(new CommitteeDocument.Column(this.documents.messages().get("draft.chart.group"), 200,
				CommitteeDocument.Align.LEFT));
		statuses
			.forEach((status) -> columns.add(new CommitteeDocument.Column(status, 90, CommitteeDocument.Align.RIGHT)));
		List<CommitteeDocument.Row> rows = new ArrayList<>();
		counts.forEach((group, byStatus) -> {
			List<String> cells = new ArrayList<>();
			cells.add(group);
			statuses.forEach((status) -> cells.add(String.valueOf(byStatus.getOrDefault(status, 0))));
			rows.add(new CommitteeDocument.Row(null, cells));
		});
		int width = 200 + 90 * statuses.size();
		table(new CommitteeDocument.Table(columns, CommitteeDocument.Rows.of(rows)), Math.min(width, LANDSCAPE_WIDTH));
	}

	/**
	 * Ends the section before an appendix with a paragraph carrying its page settings.
	 */
	private void endSection(boolean landscape, boolean first) {
		XWPFParagraph end = this.document.createParagraph();
		end.setStyle(HEADER);
		CTSectPr section = end.getCTP().isSetPPr() ? end.getCTP().getPPr().addNewSectPr()
				: end.getCTP().addNewPPr().addNewSectPr();
		page(section, landscape);
		this.sections.add(section);
	}

	/** A4 in the orientation asked, with the PDF's margins. */
	private static void page(CTSectPr section, boolean landscape) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		int[] margins = landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS;
		CTPageMar margin = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margin.setTop(BigInteger.valueOf(margins[0] * TWIPS));
		margin.setRight(BigInteger.valueOf(margins[1] * TWIPS));
		margin.setBottom(BigInteger.valueOf(margins[2] * TWIPS));
		margin.setLeft(BigInteger.valueOf(margins[3] * TWIPS));
		margin.setHeader(BigInteger.valueOf(567));
		margin.setFooter(BigInteger.valueOf(567));
		margin.setGutter(BigInteger.ZERO);
	}

	/**
	 * The page number, a field centred in the header of every page but the first: the
	 * first section has an empty header on its first page.
	 */
	private void pageNumbers() {
		XWPFHeader header = this.document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = header.createParagraph();
		number.setStyle(HEADER);
		number.setAlignment(ParagraphAlignment.CENTER);
		number.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		XWPFRun instruction = number.createRun();
		instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
		number.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		number.createRun().setText("2");
		number.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		XWPFHeader firstPage = this.document.createHeader(HeaderFooterType.FIRST);
		firstPage.createParagraph().setStyle(HEADER);
		CTSectPr last = this.document.getDocument().getBody().getSectPr();
		CTHdrFtrRef[] references = last.getHeaderReferenceArray();
		CTSectPr first = this.sections.get(0);
		if (first != last) {
			for (CTHdrFtrRef reference : references) {
				first.addNewHeaderReference().set(reference);
			}
			first.addNewTitlePg();
			// the later sections show the number from their first page, as the PDF's
			// appendices do
			for (int i = last.sizeOfHeaderReferenceArray() - 1; i >= 0; i--) {
				if (last.getHeaderReferenceArray(i)
					.getType()
					.equals(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr.FIRST)) {
					last.removeHeaderReference(i);
				}
			}
			if (last.isSetTitlePg()) {
				last.unsetTitlePg();
			}
			for (CTSectPr section : this.sections.subList(1, this.sections.size() - 1)) {
				for (CTHdrFtrRef reference : last.getHeaderReferenceArray()) {
					section.addNewHeaderReference().set(reference);
				}
			}
		}
		else if (!last.isSetTitlePg()) {
			last.addNewTitlePg();
		}
	}

	/** The named styles: body text, the headings, the dash item, and the frame's. */
	private void styles(String language) {
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
		this.document.createStyles().setStyles(styles);
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

	/** A table without borders, of one row, its columns of the widths given in points. */
	private XWPFTable borderless(int[] widths) {
		return table(widths, STBorder.NONE);
	}

	private XWPFTable table(int[] widths, STBorder.Enum border) {
		XWPFTable table = this.document.createTable();
		CTTblPr properties = table.getCTTbl().getTblPr();
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		properties.getTblW().setType(STTblWidth.DXA);
		properties.getTblW().setW(BigInteger.valueOf((long) total * TWIPS));
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblBorders borders = properties.isSetTblBorders() ? properties.getTblBorders()
				: properties.addNewTblBorders();
		for (CTBorder side : new CTBorder[] { borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
				borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
				borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
				borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
				borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
				borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV() }) {
			side.setVal(border);
			if (border != STBorder.NONE) {
				side.setSz(BigInteger.valueOf(4));
				side.setSpace(BigInteger.ZERO);
				side.setColor("000000");
			}
		}
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		XWPFTableRow row = table.getRow(0);
		for (int i = 0; i < widths.length; i++) {
			grid.addNewGridCol().setW(BigInteger.valueOf((long) widths[i] * TWIPS));
			XWPFTableCell cell = (i == 0) ? row.getCell(0) : row.addNewTableCell();
			cell.setWidth(String.valueOf(widths[i] * TWIPS));
		}
		return table;
	}

	/** The first paragraph of a cell, in a style. */
	private static XWPFParagraph cellParagraph(XWPFTableCell cell, String style, ParagraphAlignment alignment) {
		XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		p.setStyle(style);
		p.setAlignment(alignment);
		return p;
	}

	private static XWPFParagraph addParagraph(XWPFTableCell cell, String style, ParagraphAlignment alignment) {
		XWPFParagraph p = cell.addParagraph();
		p.setStyle(style);
		p.setAlignment(alignment);
		return p;
	}

	private XWPFParagraph styled(String style, ParagraphAlignment alignment) {
		XWPFParagraph p = this.document.createParagraph();
		p.setStyle(style);
		p.setAlignment(alignment);
		return p;
	}

	/** A run of text; lines separated by {@code \n} are set apart by line breaks. */
	private static XWPFRun run(XWPFParagraph paragraph, String text) {
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

	private static void lines(XWPFParagraph paragraph, String text) {
		run(paragraph, text);
	}

	private static CTRPr rPr(XWPFRun run) {
		return run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
	}

	private static ParagraphAlignment alignment(CommitteeDocument.Align align) {
		return switch (align) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
		};
	}

	private static Calendar calendar(LocalDate date) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		calendar.clear();
		calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		return calendar;
	}

	/**
	 * The document's title, author and date, the date of the settings rather than now.
	 */
	private static void describe(XWPFDocument document, CommitteeDocument content, Documents documents) {
		var core = document.getProperties().getCoreProperties();
		core.setTitle(content.frame().title() + " " + content.frame().subtitle().replace('\n', ' '));
		core.setCreator(documents.settings().issuer());
		Date date = calendar(documents.settings().date()).getTime();
		core.setCreated(Optional.of(date));
		core.setModified(Optional.of(date));
	}

	/**
	 * Writes the zip of a Word file again with its entries in name order (the content
	 * types first, as Word writes them) and the document's date as their time, so that
	 * the same document gives the same bytes.
	 */
	static void reproducible(byte[] docx, OutputStream out, LocalDate date) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		List<String> names = new ArrayList<>(entries.keySet());
		names.sort(Comparator.comparing((String name) -> !name.equals("[Content_Types].xml"))
			.thenComparing(Comparator.naturalOrder()));
		ZipOutputStream zip = new ZipOutputStream(out);
		for (String name : names) {
			ZipEntry entry = new ZipEntry(name);
			entry.setTimeLocal(date.atStartOfDay());
			zip.putNextEntry(entry);
			zip.write(entries.get(name));
			zip.closeEntry();
		}
		zip.finish();
	}

}
