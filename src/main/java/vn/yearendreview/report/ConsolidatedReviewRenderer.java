package vn.yearendreview.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.model.Status;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.staging.ResultQueries;
import vn.yearendreview.submission.Recipients;

import static vn.yearendreview.report.CommitteeDocument.Align.CENTER;
import static vn.yearendreview.report.CommitteeDocument.Align.LEFT;
import static vn.yearendreview.report.CommitteeDocument.Align.RIGHT;

/**
 * Renders {@code bao-cao-tong-hop-<year>.pdf}: the review in portrait, then its appendix
 * in landscape.
 */
class ConsolidatedReviewRenderer {

	/**
	 * The longest paragraph never split across pages (about eight lines): a shorter one
	 * moves whole to the next page rather than leave a line alone at the foot or the top
	 * of a page.
	 */
	private static final int KEPT_WHOLE = 800;

	/** The property of the text elements of the bands kept whole. */
	private static final String WHOLE_PROPERTY = "yearend.whole";

	/** The property of a body text element that names its paragraph's place. */
	private static final String PARAGRAPH_PROPERTY = "yearend.paragraph";

	/** The body's line height (styles.jrtx), in points. */
	private static final int LINE_HEIGHT = 19;

	/** The group of appendix 1 that lists the indicators outside the resolution. */
	private static final String OUTSIDE_RESOLUTION = "ngoai_nghi_quyet";

	/** Fills of the review at most, keeping more long paragraphs whole each time. */
	static final int MAX_FILLS = 3;

	/** The fields of the appendix's table, one per column. */
	private static final String[] INDICATOR_FIELDS = { "NUMBER", "NAME", "UNIT", "PREVIOUS", "PLAN", "ACTUAL",
			"PERCENT_OF_PLAN", "PERCENT_OF_PREVIOUS", "STATUS", "NOTE" };

	/**
	 * The fields of appendix 2's table, one per column; a year's column is left out when
	 * the term has no such year.
	 */
	private static final String[] PROGRESS_FIELDS = { "NUMBER", "NAME", "UNIT", "TARGET", "V1", "V2", "V3", "V4", "V5",
			"AGGREGATE", "ASSESSMENT" };

	private final ReportTemplates templates;

	private final ResultQueries data;

	private final Path swapFolder;

	public ConsolidatedReviewRenderer(ReportTemplates templates, ResultQueries data, Path swapFolder) {
		this.templates = templates;
		this.data = data;
		this.swapFolder = swapFolder;
	}

	/**
	 * Renders the review of a run.
	 * @param instance the job instance
	 * @param documents what the documents share
	 * @param recipients the recipients for "Nơi nhận"
	 * @param file the PDF to write
	 * @return the headline counts
	 * @throws Exception when filling or writing fails
	 */
	public Scoreboard render(long instance, Documents documents, Recipients recipients, Path file) throws Exception {
		Scoreboard scoreboard = this.data.scoreboard(instance);
		List<ResultRow> results = this.data.reviewResults(instance);
		TermProgressTable progress = TermProgressTable.of(this.data, instance, documents.settings().term(),
				documents.year(), results);
		CommitteeDocument document = compose(documents, recipients, scoreboard, results, pointsFor(documents, instance),
				progress, this.data.history(instance));
		List<Paragraph> body = document.printedBody();
		Set<Integer> keptWhole = new HashSet<>();
		PageSwap reviewSwap = null;
		JasperPrint review;
		try (PageSwap appendixSwap = PageSwap.forRecords(results.size(), this.swapFolder)) {
			// A long paragraph flows across pages; when it leaves a single line alone at
			// the foot
			// or the top of a page, it is kept whole and the review filled again.
			for (int attempt = 1;; attempt++) {
				List<Map<String, ?>> bodyRows = rows(body, keptWhole);
				reviewSwap = PageSwap.forRecords(bodyRows.size(), this.swapFolder);
				review = JasperFillManager.fillReport(this.templates.get("bao-cao-tong-hop"),
						reviewSwap.apply(frameParameters(document.frame(), documents, this.templates)),
						new JRMapCollectionDataSource(bodyRows));
				keepFirstLineIndents(review);
				reviewSwap.filled();
				if (attempt == MAX_FILLS || !keptWhole.addAll(splitWithALoneLine(review))) {
					break;
				}
				reviewSwap.close();
			}
			JasperPrint appendix = fillAppendix(instance, documents, document.appendices().get(0),
					review.getPages().size(), appendixSwap);
			appendixSwap.filled();
			List<JasperPrint> parts = new ArrayList<>(List.of(review, appendix));
			if (document.appendices().size() > 1) {
				parts.add(fillProgress(documents, document.appendices().get(1), progress.years(),
						review.getPages().size() + appendix.getPages().size()));
			}
			String headline = documents.messages()
				.get("pdf.headline", scoreboard.overall().achieved(), scoreboard.overall().total());
			PdfExport.export(parts, file,
					documents.metadata(
							documents.messages().get("review.pdfTitle", documents.year(), documents.year() + 1),
							headline, OutputLayout.review(documents.year())));
		}
		finally {
			if (reviewSwap != null) {
				reviewSwap.close();
			}
		}
		WordDocument.write(document, documents, file.resolveSibling(OutputLayout.reviewWord(documents.year())),
				results.size() + progress.lines().size());
		return scoreboard;
	}

	/**
	 * Composes the review: the frame, the body, appendix 1 (the indicators and the chart)
	 * and, when a term is followed, appendix 2 (the term's progress).
	 * @param documents what the documents share
	 * @param recipients the recipients for "Nơi nhận"
	 * @param scoreboard the counts
	 * @param results the indicators of the review
	 * @param points the departments' narrative points the edition prints
	 * @param progress the term's progress
	 * @param history the figures of earlier years from the history file, by indicator and
	 * year
	 * @return the review
	 */
	static CommitteeDocument compose(Documents documents, Recipients recipients, Scoreboard scoreboard,
			List<ResultRow> results, List<NarrativePoint> points, TermProgressTable progress,
			Map<String, Map<Integer, BigDecimal>> history) {
		List<Paragraph> body = new ReviewNarrative(documents.messages()).write(documents.settings(), documents.year(),
				scoreboard, results, points, progress);
		boolean secondAppendix = !progress.lines().isEmpty();
		List<CommitteeDocument.Appendix> appendices = new ArrayList<>();
		appendices.add(indicatorsAppendix(documents, scoreboard, results, secondAppendix, history));
		if (secondAppendix) {
			appendices.add(progressAppendix(documents, progress));
		}
		return new CommitteeDocument(documents.frame(recipients), false, null, body, List.copyOf(appendices));
	}

	/**
	 * Gives back the first-line indent of the paragraphs a page break moved whole to the
	 * next page. JasperReports measures such a paragraph at the foot of the first page,
	 * cuts it, then moves its band and prints it whole, but keeps the mark of the cut
	 * paragraph ({@code JRFillTextElement.rewind} does not clear it), so its first line
	 * would start at the margin. The elements of the bands kept whole carry
	 * {@value #WHOLE_PROPERTY}; none of them ever prints a paragraph's continuation.
	 * @param document the filled document, before its pages are swapped read-only
	 */
	static void keepFirstLineIndents(JasperPrint document) {
		for (JRPrintPage page : document.getPages()) {
			for (JRPrintElement element : page.getElements()) {
				if (element instanceof JRPrintText && element.getPropertiesMap().containsProperty(WHOLE_PROPERTY)) {
					element.getPropertiesMap().removeProperty(JRPrintText.PROPERTY_AWT_INDENT_FIRST_LINE);
				}
			}
		}
	}

	/**
	 * The body paragraphs that flow across a page break leaving a single line alone on
	 * one side of it.
	 * @param review the filled review
	 * @return their places in the body
	 */
	static Set<Integer> splitWithALoneLine(JasperPrint review) {
		Map<Integer, List<Integer>> parts = new HashMap<>();
		for (JRPrintPage page : review.getPages()) {
			for (JRPrintElement element : page.getElements()) {
				String paragraph = element.getPropertiesMap().getProperty(PARAGRAPH_PROPERTY);
				if (paragraph != null) {
					parts.computeIfAbsent(Integer.valueOf(paragraph), (p) -> new ArrayList<>())
						.add(element.getHeight());
				}
			}
		}
		Set<Integer> lonely = new HashSet<>();
		parts.forEach((paragraph, heights) -> {
			if (heights.size() > 1 && heights.stream().anyMatch((height) -> height < 2 * LINE_HEIGHT)) {
				lonely.add(paragraph);
			}
		});
		return lonely;
	}

	/**
	 * The departments' own words, printed as written in the Vietnamese edition; another
	 * edition leaves them out rather than mix languages.
	 */
	private List<NarrativePoint> pointsFor(Documents documents, long instance) {
		return "vi".equals(documents.messages().locale().getLanguage()) ? this.data.narrativePoints(instance)
				: List.of();
	}

	private JasperPrint fillAppendix(long instance, Documents documents, CommitteeDocument.Appendix appendix,
			int reviewPages, PageSwap swap) throws Exception {
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("INSTANCE_ID", instance);
		parameters.put("PAGE_OFFSET", reviewPages);
		parameters.put("ATTACHMENT", appendix.attachment());
		parameters.put("APPENDIX_TITLE", appendix.title());
		parameters.put("STATUS_LABELS", documents.statusLabels());
		parameters.put("CHART_DATA", new JRMapCollectionDataSource(appendix.chart().records()));
		return JasperFillManager.fillReport(this.templates.get("phu-luc"), swap.apply(parameters),
				new JRMapCollectionDataSource(records(appendix.table(), INDICATOR_FIELDS)));
	}

	/**
	 * Appendix 1: the indicators of the review, province-wide figures in catalog order
	 * under the group headings, and the chart of verdicts by group. Last year's figure is
	 * the department's, else the history file's, as appendix 2 takes it.
	 */
	static CommitteeDocument.Appendix indicatorsAppendix(Documents documents, Scoreboard scoreboard,
			List<ResultRow> results, boolean numbered, Map<String, Map<Integer, BigDecimal>> history) {
		Messages messages = documents.messages();
		Locale locale = documents.locale();
		String year = String.valueOf(documents.year());
		// the resolution's indicators under their fields, so that their rows count the
		// headline's total, then the others under their own heading
		List<ResultRow> ordered = new ArrayList<>(results.stream().filter(ResultRow::resolution).toList());
		ordered.addAll(results.stream().filter((r) -> !r.resolution()).toList());
		Set<String> groups = new LinkedHashSet<>();
		ordered.forEach((r) -> groups.add(appendixGroup(r)));
		Map<String, String> headings = (groups.size() == 1 && groups.contains("")) ? Map.of()
				: documents.groupHeadings(groups);
		Map<String, String> statuses = documents.statusLabels();
		List<CommitteeDocument.Row> rows = new ArrayList<>();
		for (ResultRow row : ordered) {
			rows.add(new CommitteeDocument.Row(headings.get(appendixGroup(row)),
					Arrays.asList(String.valueOf(rows.size() + 1), row.name(), row.unit(),
							Formats.number(previous(row, history, documents.year()), locale),
							Formats.targetCell(row.plan(), row.planWords(), locale),
							Formats.number(row.actual(), locale),
							Formats.percentOfPlanCell(row.percentOfPlan(), row.unit(), row.plan(), locale),
							Formats.percentCell(row.percentOfPrevious(), row.unit(), locale),
							statuses.get(row.status().name()), row.note())));
		}
		List<CommitteeDocument.Column> columns = List.of(column(messages.get("table.number"), 30, CENTER),
				column(messages.get("table.indicator"), 190, LEFT), column(messages.get("table.unit"), 62, CENTER),
				column(messages.get("table.previousYear", String.valueOf(documents.year() - 1)), 62, RIGHT),
				column(messages.get("table.plan", year), 66, RIGHT),
				column(messages.get("table.actual", year), 62, RIGHT),
				column(messages.get("table.percentOfPlan"), 56, RIGHT),
				column(messages.get("table.percentOfPrevious"), 56, RIGHT),
				column(messages.get("table.status"), 62, CENTER), column(messages.get("table.note"), 96, LEFT));
		return new CommitteeDocument.Appendix(
				numbered ? messages.get("appendix.numbered", 1) : messages.get("appendix.title"),
				messages.get("appendix.subtitle", year), attachment(documents),
				new CommitteeDocument.Table(columns, CommitteeDocument.Rows.of(List.copyOf(rows))),
				new CommitteeDocument.Chart(messages.get("appendix.chart"), messages.get("appendix.chart.axis"),
						chartData(documents, scoreboard)));
	}

	/** Last year's figure: the department's, else the history file's. */
	private static String previous(ResultRow row, Map<String, Map<Integer, BigDecimal>> history, int year) {
		if (row.previous() != null) {
			return row.previous();
		}
		BigDecimal recorded = history.getOrDefault(row.indicator(), Map.of()).get(year - 1);
		return (recorded != null) ? recorded.toPlainString() : null;
	}

	/** The group a row of appendix 1 is listed under. */
	private static String appendixGroup(ResultRow row) {
		if (!row.resolution()) {
			return OUTSIDE_RESOLUTION;
		}
		return (row.groupCode() != null) ? row.groupCode() : "";
	}

	private static CommitteeDocument.Column column(String heading, int width, CommitteeDocument.Align align) {
		return new CommitteeDocument.Column(heading, width, align);
	}

	/**
	 * The records of a template's table, one field per column named in order, and the
	 * heading of the row's group in {@code GROUP}.
	 * @param table the table
	 * @param fields the template's field of each column
	 * @return the records
	 */
	static List<Map<String, ?>> records(CommitteeDocument.Table table, String[] fields) {
		List<Map<String, ?>> records = new ArrayList<>();
		try (Stream<CommitteeDocument.Row> rows = table.rows().open()) {
			rows.forEach((row) -> records.add(record(row, fields)));
		}
		return records;
	}

	static Map<String, Object> record(CommitteeDocument.Row row, String[] fields) {
		Map<String, Object> record = new HashMap<>();
		record.put("GROUP", row.group());
		for (int i = 0; i < fields.length && i < row.cells().size(); i++) {
			record.put(fields[i], row.cells().get(i));
		}
		return record;
	}

	private static String attachment(Documents documents) {
		return documents.messages()
			.get("appendix.attachment", documents.documentNumber(), Formats.shortDate(documents.settings().date()),
					documents.settings().reportingBody());
	}

	/**
	 * Appendix 2: the term's targets, a column per year of the term up to the year under
	 * review, the average or sum so far and the assessment.
	 */
	private JasperPrint fillProgress(Documents documents, CommitteeDocument.Appendix appendix, List<Integer> years,
			int pagesBefore) throws Exception {
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("PAGE_OFFSET", pagesBefore);
		parameters.put("TITLE", appendix.title());
		parameters.put("SUBTITLE", appendix.subtitle());
		parameters.put("ATTACHMENT", appendix.attachment());
		for (int i = 0; i < ReportSettings.Term.MAX_YEARS; i++) {
			parameters.put("YEAR_" + (i + 1), (i < years.size()) ? yearLabel(documents, years.get(i)) : null);
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		String[] fields = progressFields(years.size());
		for (Map<String, ?> record : records(appendix.table(), fields)) {
			rows.add(record);
		}
		parameters.put("ROWS", new JRMapCollectionDataSource(rows));
		return JasperFillManager.fillReport(this.templates.get("tien-do-nhiem-ky"), parameters,
				new JREmptyDataSource(0));
	}

	/** The fields of appendix 2's columns for a term of so many years so far. */
	private static String[] progressFields(int years) {
		List<String> fields = new ArrayList<>(List.of(PROGRESS_FIELDS).subList(0, 4));
		for (int i = 0; i < years; i++) {
			fields.add("V" + (i + 1));
		}
		fields.add("AGGREGATE");
		fields.add("ASSESSMENT");
		return fields.toArray(String[]::new);
	}

	/**
	 * Appendix 2: the term's targets, a column per year of the term up to the year under
	 * review, the average or sum so far and the assessment.
	 */
	static CommitteeDocument.Appendix progressAppendix(Documents documents, TermProgressTable progress) {
		Messages messages = documents.messages();
		Locale locale = documents.locale();
		List<Integer> years = progress.years();
		List<CommitteeDocument.Row> rows = new ArrayList<>();
		for (TermProgressTable.Line line : progress.lines()) {
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(rows.size() + 1));
			cells.add(line.result().name());
			cells.add(line.result().unit());
			cells.add(messages.get("progress.kind." + line.kind().name(), Formats.target(line.target(), null, locale)));
			for (Integer year : years) {
				BigDecimal value = line.values().get(year);
				cells.add((value != null) ? Formats.number(value, locale) : Formats.DASH);
			}
			BigDecimal aggregate = line.assessment().aggregate();
			cells.add((aggregate != null) ? Formats.number(new BigDecimal(TermProgressTable.plain(aggregate)), locale)
					: null);
			cells.add(messages.get("progress.assessment." + line.assessment().assessment().name()));
			rows.add(new CommitteeDocument.Row(null, cells));
		}
		// the widths of the template: the indicator's column takes what the years left
		// out
		// leave
		int yearsLeftOut = ReportSettings.Term.MAX_YEARS - years.size();
		List<CommitteeDocument.Column> columns = new ArrayList<>(
				List.of(column(messages.get("table.number"), 28, CENTER),
						column(messages.get("table.indicator"), 150 + 55 * yearsLeftOut, LEFT),
						column(messages.get("table.unit"), 50, CENTER),
						column(messages.get("progress.table.target"), 95, CENTER)));
		for (Integer year : years) {
			columns.add(column(yearLabel(documents, year), 55, RIGHT));
		}
		columns.add(column(messages.get("progress.table.aggregate"), 62, RIGHT));
		columns.add(column(messages.get("progress.table.assessment"), 82, CENTER));
		return new CommitteeDocument.Appendix(messages.get("appendix.numbered", 2),
				messages.get("progress.table.title", progress.term().name()), attachment(documents),
				new CommitteeDocument.Table(List.copyOf(columns), CommitteeDocument.Rows.of(List.copyOf(rows))), null);
	}

	/**
	 * A year's column heading: the year under review is an estimate when the review is
	 * made.
	 */
	private static String yearLabel(Documents documents, int year) {
		return documents.messages()
			.get((year == documents.year()) ? "progress.table.estimate" : "progress.table.year", String.valueOf(year));
	}

	/**
	 * The chart's records: for each group, the count of each verdict that occurs
	 * anywhere, every verdict in the same order so that each keeps its colour.
	 */
	static List<Map<String, ?>> chartData(Documents documents, Scoreboard scoreboard) {
		List<Status> statuses = new ArrayList<>();
		for (Status status : Status.values()) {
			if (scoreboard.overall().count(status) > 0) {
				statuses.add(status);
			}
		}
		Map<String, String> labels = documents.statusLabels();
		List<Map<String, ?>> records = new ArrayList<>();
		for (Status status : statuses) {
			scoreboard.byGroup()
				.forEach((group, tally) -> records.add(Map.of("group", documents.groupLabel(group), "status",
						labels.get(status.name()), "count", tally.count(status))));
		}
		return records;
	}

	/**
	 * The parameters of the frame of a committee document: header, marks, title,
	 * signature and "Nơi nhận".
	 * @param frame the frame
	 * @param documents what the documents share
	 * @param templates the templates
	 * @return a new mutable map
	 */
	static Map<String, Object> frameParameters(CommitteeDocument.Frame frame, Documents documents,
			ReportTemplates templates) {
		Map<String, Object> parameters = documents.parameters(templates);
		parameters.put("ISSUER", frame.issuer());
		parameters.put("PARENT", frame.parent());
		parameters.put("PARTY", frame.party());
		parameters.put("NUMBER_LINE", frame.numberLine());
		parameters.put("PLACE_DATE", frame.placeDate());
		parameters.put("MARKS", frame.marks().isEmpty() ? null : String.join("\n", frame.marks()));
		parameters.put("DRAFT", frame.draft());
		parameters.put("SCOPE", frame.scope());
		parameters.put("TITLE", frame.title());
		parameters.put("SUBTITLE", frame.subtitle());
		parameters.put("SIGNER_MANDATE", frame.signerMandate());
		parameters.put("SIGNER_TITLE", frame.signerTitle());
		parameters.put("SIGNER_NAME", frame.signerName());
		parameters.put("RECIPIENTS", frame.recipients().stream().map((line) -> Map.of("line", line)).toList());
		return parameters;
	}

	/**
	 * Turns the paragraphs into records of the template: body paragraphs carrying the
	 * headings above them, so that headings are group headers kept with what follows.
	 */
	static List<Map<String, ?>> rows(List<Paragraph> body, Set<Integer> keptWhole) {
		List<Map<String, ?>> rows = new ArrayList<>();
		int h1Key = 0;
		int h2Key = 0;
		int h3Key = 0;
		String h1 = null;
		String h2 = null;
		String h3 = null;
		Map<String, Object> lastRow = null;
		for (Paragraph paragraph : body) {
			switch (paragraph.kind()) {
				case HEADING1 -> {
					h1Key++;
					h1 = paragraph.text();
					h2 = null;
					h3 = null;
				}
				case HEADING2 -> {
					h2Key++;
					h2 = paragraph.text();
					h3 = null;
				}
				case HEADING3 -> {
					h3Key++;
					h3 = paragraph.text();
				}
				default -> {
					Map<String, Object> row = new HashMap<>();
					row.put("h1Key", h1Key);
					row.put("h1", h1);
					row.put("h2Key", h2Key);
					row.put("h2", h2);
					row.put("h3Key", h3Key);
					row.put("h3", h3);
					row.put("kind", paragraph.kind().name());
					row.put("text", paragraph.text());
					row.put("index", rows.size());
					row.put("whole", paragraph.text().length() <= KEPT_WHOLE || keptWhole.contains(rows.size()));
					row.put("last", false);
					rows.add(row);
					lastRow = row;
				}
			}
		}
		if (lastRow != null) {
			lastRow.put("last", true);
		}
		return rows;
	}

}
