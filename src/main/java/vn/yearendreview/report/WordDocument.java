package vn.yearendreview.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import static vn.yearendreview.report.WordPages.LANDSCAPE_WIDTH;
import static vn.yearendreview.report.WordPages.PORTRAIT_WIDTH;
import static vn.yearendreview.report.WordPages.page;
import static vn.yearendreview.report.WordStyles.BODY;
import static vn.yearendreview.report.WordStyles.HEADER;
import static vn.yearendreview.report.WordStyles.HEADINGS;
import static vn.yearendreview.report.WordStyles.ITEM;
import static vn.yearendreview.report.WordStyles.SUBTITLE;
import static vn.yearendreview.report.WordStyles.lines;
import static vn.yearendreview.report.WordStyles.run;
import static vn.yearendreview.report.WordStyles.styled;
import static vn.yearendreview.report.WordTables.borderless;
import static vn.yearendreview.report.WordTables.keepWithNext;
import static vn.yearendreview.report.WordTables.table;

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
 * <p>
 * The parts: {@link WordStyles} the named styles, {@link WordPages} the sections' pages
 * and the page number, {@link WordFrame} the header block and the signature,
 * {@link WordTables} the tables, {@link ReproducibleDocx} the same bytes.
 */
final class WordDocument {

	/**
	 * The most table rows a Word file is written with: a Word file is held whole while it
	 * is written, about 21 MB for each thousand rows of ten cells, so a document with
	 * more rows has its PDF only and the console says so.
	 */
	static final int MAX_TABLE_ROWS = 5_000;

	private static final Logger logger = LoggerFactory.getLogger(WordDocument.class);

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
			WordStyles.define(document, documents.locale().getLanguage());
			word.content(content);
			WordPages.pageNumbers(document, word.sections);
			ReproducibleDocx.describe(document, content, documents);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.write(bytes);
			try (OutputStream out = Files.newOutputStream(file)) {
				ReproducibleDocx.write(bytes.toByteArray(), out, documents.settings().date());
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
			WordStyles.define(document, "vi");
			borderless(document, new int[] { 100, 100 }).getRow(0).setCantSplitRow(true);
			XWPFParagraph paragraph = document.createParagraph();
			paragraph.setStyle(BODY);
			run(paragraph, "-");
			CTSectPr section = document.getDocument().getBody().addNewSectPr();
			page(section, true);
			word.sections.add(section);
			WordPages.pageNumbers(document, word.sections);
			document.createComments();
			ReproducibleDocx.write(toBytes(document), OutputStream.nullOutputStream(), LocalDate.EPOCH);
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
		WordFrame.header(this.document, content.frame(), content.landscape());
		if (content.table() != null) {
			// the text after the table keeps the table's last rows on its page
			keepWithNext(table(this.document, content.table(), content.landscape() ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH));
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
		WordFrame.signature(this.document, content.frame(), content.landscape());
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
		comment.setDate(ReproducibleDocx.calendar(this.documents.settings().date()));
		XWPFParagraph note = comment.createParagraph();
		note.createRun().setText(text);
		paragraph.getCTP().addNewCommentRangeStart().setId(id);
		paragraph.getCTP().addNewCommentRangeEnd().setId(id);
		paragraph.createRun().getCTR().addNewCommentReference().setId(id);
	}

	/** An appendix: its title lines, its table, then its chart's counts as a table. */
	private void appendix(CommitteeDocument.Appendix appendix) {
		run(styled(this.document, SUBTITLE, ParagraphAlignment.CENTER), appendix.title());
		lines(styled(this.document, SUBTITLE, ParagraphAlignment.CENTER), appendix.subtitle());
		if (appendix.attachment() != null) {
			run(styled(this.document, HEADER, ParagraphAlignment.CENTER), appendix.attachment()).setItalic(true);
		}
		styled(this.document, HEADER, ParagraphAlignment.CENTER);
		table(this.document, appendix.table(), LANDSCAPE_WIDTH);
		if (appendix.chart() != null) {
			chart(appendix.chart());
		}
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
		styled(this.document, HEADER, ParagraphAlignment.CENTER).setKeepNext(true);
		XWPFParagraph title = styled(this.document, SUBTITLE, ParagraphAlignment.CENTER);
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
		table(this.document, new CommitteeDocument.Table(columns, CommitteeDocument.Rows.of(rows)),
				Math.min(width, LANDSCAPE_WIDTH));
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

}
