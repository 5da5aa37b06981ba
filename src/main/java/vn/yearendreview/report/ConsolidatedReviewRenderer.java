package vn.yearendreview.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.PointTable;
import vn.yearendreview.staging.ResultTable;
import vn.yearendreview.staging.ScoreTable;
import vn.yearendreview.submission.Recipients;

/**
 * Renders {@code bao-cao-tong-hop-<year>.pdf}: the review in portrait, then its appendix
 * in landscape. The appendices are composed by {@link ReviewAppendices}, handed to the
 * templates by {@link TemplateData}; the body's page breaks are {@link PageBreaks}'s.
 */
class ConsolidatedReviewRenderer {

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

	private final ResultTable resultTable;

	private final ScoreTable scores;

	private final CatalogTables catalogTables;

	private final PointTable pointTable;

	private final Path swapFolder;

	public ConsolidatedReviewRenderer(ReportTemplates templates, ResultTable resultTable, ScoreTable scores,
			CatalogTables catalogTables, PointTable pointTable, Path swapFolder) {
		this.templates = templates;
		this.resultTable = resultTable;
		this.scores = scores;
		this.catalogTables = catalogTables;
		this.pointTable = pointTable;
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
		Scoreboard scoreboard = this.scores.scoreboard(instance);
		List<ResultRow> results = this.resultTable.reviewResults(instance);
		TermProgressTable progress = TermProgressTable.of(this.catalogTables, instance, documents.settings().term(),
				documents.year(), results);
		CommitteeDocument document = compose(documents, recipients, scoreboard, results, pointsFor(documents, instance),
				progress, this.catalogTables.history(instance));
		List<Paragraph> body = document.printedBody();
		Set<Integer> keptWhole = new HashSet<>();
		PageSwap reviewSwap = null;
		JasperPrint review;
		try (PageSwap appendixSwap = PageSwap.forRecords(results.size(), this.swapFolder)) {
			// A long paragraph flows across pages; when it leaves a single line alone at
			// the foot
			// or the top of a page, it is kept whole and the review filled again.
			for (int attempt = 1;; attempt++) {
				List<Map<String, ?>> bodyRows = TemplateData.rows(body, keptWhole);
				reviewSwap = PageSwap.forRecords(bodyRows.size(), this.swapFolder);
				review = JasperFillManager.fillReport(this.templates.get("bao-cao-tong-hop"),
						reviewSwap.apply(TemplateData.frameParameters(document.frame(), documents, this.templates)),
						new JRMapCollectionDataSource(bodyRows));
				PageBreaks.keepFirstLineIndents(review);
				reviewSwap.filled();
				if (attempt == PageBreaks.MAX_FILLS || !keptWhole.addAll(PageBreaks.splitWithALoneLine(review))) {
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
		appendices.add(ReviewAppendices.indicatorsAppendix(documents, scoreboard, results, secondAppendix, history));
		if (secondAppendix) {
			appendices.add(ReviewAppendices.progressAppendix(documents, progress));
		}
		return new CommitteeDocument(documents.frame(recipients), false, null, body, List.copyOf(appendices));
	}

	/**
	 * The departments' own words, printed as written in the Vietnamese edition; another
	 * edition leaves them out rather than mix languages.
	 */
	private List<NarrativePoint> pointsFor(Documents documents, long instance) {
		return "vi".equals(documents.messages().locale().getLanguage()) ? this.pointTable.narrativePoints(instance)
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
				new JRMapCollectionDataSource(TemplateData.records(appendix.table(), INDICATOR_FIELDS)));
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
			parameters.put("YEAR_" + (i + 1),
					(i < years.size()) ? ReviewAppendices.yearLabel(documents, years.get(i)) : null);
		}
		List<Map<String, ?>> rows = new ArrayList<>();
		String[] fields = progressFields(years.size());
		for (Map<String, ?> record : TemplateData.records(appendix.table(), fields)) {
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

}
