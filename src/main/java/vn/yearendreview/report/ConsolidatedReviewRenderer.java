package vn.yearendreview.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import vn.yearendreview.OutputLayout;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.evaluation.Status;
import vn.yearendreview.submission.Recipients;
import vn.yearendreview.staging.NarrativePoint;
import vn.yearendreview.staging.ResultQueries;
import vn.yearendreview.staging.ResultRow;

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

	/** Fills of the review at most, keeping more long paragraphs whole each time. */
	static final int MAX_FILLS = 3;

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
		List<Paragraph> body = new ReviewNarrative(documents.messages()).write(documents.settings(), documents.year(),
				scoreboard, results, pointsFor(documents, instance), progress);
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
						reviewSwap.apply(reviewParameters(documents, recipients)),
						new JRMapCollectionDataSource(bodyRows));
				keepFirstLineIndents(review);
				reviewSwap.filled();
				if (attempt == MAX_FILLS || !keptWhole.addAll(splitWithALoneLine(review))) {
					break;
				}
				reviewSwap.close();
			}
			boolean secondAppendix = !progress.lines().isEmpty();
			JasperPrint appendix = fillAppendix(instance, documents, scoreboard, results, review.getPages().size(),
					secondAppendix, appendixSwap);
			appendixSwap.filled();
			List<JasperPrint> parts = new ArrayList<>(List.of(review, appendix));
			if (secondAppendix) {
				parts.add(fillProgress(documents, progress, review.getPages().size() + appendix.getPages().size()));
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
		return scoreboard;
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

	private JasperPrint fillAppendix(long instance, Documents documents, Scoreboard scoreboard, List<ResultRow> results,
			int reviewPages, boolean numbered, PageSwap swap) throws Exception {
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("INSTANCE_ID", instance);
		parameters.put("PAGE_OFFSET", reviewPages);
		parameters.put("ATTACHMENT", attachment(documents));
		parameters.put("APPENDIX_TITLE", numbered ? documents.messages().get("appendix.numbered", 1) : null);
		Set<String> groups = new LinkedHashSet<>();
		results.forEach((r) -> groups.add((r.groupCode() != null) ? r.groupCode() : ""));
		parameters.put("GROUP_HEADINGS",
				(groups.size() == 1 && groups.contains("")) ? Map.of() : documents.groupHeadings(groups));
		parameters.put("GROUP_LABELS", documents.groupLabels());
		parameters.put("STATUS_LABELS", documents.statusLabels());
		parameters.put("CHART_DATA", new JRMapCollectionDataSource(chartData(documents, scoreboard)));
		return JasperFillManager.fillReport(this.templates.get("phu-luc"), swap.apply(parameters),
				new JRMapCollectionDataSource(appendixRows(results)));
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
	private JasperPrint fillProgress(Documents documents, TermProgressTable progress, int pagesBefore)
			throws Exception {
		Locale locale = documents.locale();
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("PAGE_OFFSET", pagesBefore);
		parameters.put("TITLE", documents.messages().get("appendix.numbered", 2));
		parameters.put("SUBTITLE", documents.messages().get("progress.table.title", progress.term().name()));
		parameters.put("ATTACHMENT", attachment(documents));
		List<Integer> years = progress.years();
		for (int i = 0; i < ReportSettings.Term.MAX_YEARS; i++) {
			parameters.put("YEAR_" + (i + 1), (i < years.size()) ? yearLabel(documents, years.get(i)) : null);
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		for (TermProgressTable.Line line : progress.lines()) {
			Map<String, Object> row = new HashMap<>();
			row.put("NUMBER", String.valueOf(rows.size() + 1));
			row.put("NAME", line.result().name());
			row.put("UNIT", line.result().unit());
			row.put("TARGET", documents.messages()
				.get("progress.kind." + line.kind().name(), Formats.target(line.target(), null, locale)));
			for (int i = 0; i < years.size(); i++) {
				BigDecimal value = line.values().get(years.get(i));
				row.put("V" + (i + 1), (value != null) ? Formats.number(value, locale) : Formats.DASH);
			}
			BigDecimal aggregate = line.assessment().aggregate();
			row.put("AGGREGATE", (aggregate != null)
					? Formats.number(new BigDecimal(TermProgressTable.plain(aggregate)), locale) : null);
			row.put("ASSESSMENT",
					documents.messages().get("progress.assessment." + line.assessment().assessment().name()));
			rows.add(row);
		}
		parameters.put("ROWS", new JRMapCollectionDataSource(rows));
		return JasperFillManager.fillReport(this.templates.get("tien-do-nhiem-ky"), parameters,
				new JREmptyDataSource(0));
	}

	/**
	 * A year's column heading: the year under review is an estimate when the review is
	 * made.
	 */
	private static String yearLabel(Documents documents, int year) {
		return documents.messages()
			.get((year == documents.year()) ? "progress.table.estimate" : "progress.table.year", String.valueOf(year));
	}

	/** The appendix table's records: the province-wide figures in catalog order. */
	private static List<Map<String, ?>> appendixRows(List<ResultRow> results) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (ResultRow row : results) {
			rows.add(ResultFields.of(row));
		}
		return rows;
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

	private Map<String, Object> reviewParameters(Documents documents, Recipients recipients) {
		return frameParameters(documents, this.templates, recipients);
	}

	/**
	 * The parameters of the frame of a committee document: header, marks, subtitle,
	 * signature and "Nơi nhận", as the review has them.
	 * @param documents what the documents share
	 * @param templates the templates
	 * @param recipients the recipients for "Nơi nhận"
	 * @return a new mutable map
	 */
	static Map<String, Object> frameParameters(Documents documents, ReportTemplates templates, Recipients recipients) {
		ReportSettings settings = documents.settings();
		Map<String, Object> parameters = documents.parameters(templates);
		parameters.put("ISSUER", settings.issuer());
		parameters.put("PARENT", emptyToNull(settings.parent()));
		parameters.put("PARTY", settings.party());
		parameters.put("NUMBER_LINE", documents.numberLine());
		parameters.put("PLACE_DATE", documents.placeDate());
		List<String> marks = new ArrayList<>();
		if (!settings.confidentiality().isEmpty()) {
			marks.add(settings.confidentiality());
		}
		if (!settings.urgency().isEmpty()) {
			marks.add(settings.urgency());
		}
		parameters.put("MARKS", marks.isEmpty() ? null : String.join("\n", marks));
		parameters.put("DRAFT", settings.draftMark(documents.messages()));
		parameters.put("SCOPE", emptyToNull(settings.scope()));
		parameters.put("SUBTITLE", documents.messages().get("review.subtitle", documents.year(), documents.year() + 1));
		parameters.put("SIGNER_MANDATE", settings.signerMandate());
		parameters.put("SIGNER_TITLE", settings.signerTitle());
		parameters.put("SIGNER_NAME", emptyToNull(settings.signerName()));
		parameters.put("RECIPIENTS",
				recipients.lines(settings.archive()).stream().map((line) -> Map.of("line", line)).toList());
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

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
