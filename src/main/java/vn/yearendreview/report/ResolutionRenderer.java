package vn.yearendreview.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.CatalogTables.TermTarget;
import vn.yearendreview.staging.PointTable;
import vn.yearendreview.staging.ResultTable;
import vn.yearendreview.staging.ScoreTable;
import vn.yearendreview.submission.Recipients;

import static vn.yearendreview.report.CommitteeDocument.Align.CENTER;
import static vn.yearendreview.report.CommitteeDocument.Align.LEFT;

/**
 * Renders {@code nghi-quyet-<N+1>.pdf}, the draft resolution on next year (DESIGN.md
 * 9.2): the body in the frame of the review (header, marks, signature, "Nơi nhận") with
 * its own number, title and signer, then its appendix of targets in landscape.
 */
class ResolutionRenderer {

	private final ReportTemplates templates;

	private final ResultTable resultTable;

	private final ScoreTable scores;

	private final CatalogTables catalogTables;

	private final PointTable pointTable;

	ResolutionRenderer(ReportTemplates templates, ResultTable resultTable, ScoreTable scores,
			CatalogTables catalogTables, PointTable pointTable) {
		this.templates = templates;
		this.resultTable = resultTable;
		this.scores = scores;
		this.catalogTables = catalogTables;
		this.pointTable = pointTable;
	}

	/**
	 * Renders the draft resolution of a run.
	 * @param instance the job instance
	 * @param documents what the documents share
	 * @param recipients the recipients for "Nơi nhận"
	 * @param file the PDF to write
	 * @return how many targets it numbers
	 * @throws Exception when filling or writing fails
	 */
	int render(long instance, Documents documents, Recipients recipients, Path file) throws Exception {
		Messages messages = documents.messages();
		int year = documents.year();
		Scoreboard scoreboard = this.scores.scoreboard(instance);
		List<ResultRow> results = this.resultTable.reviewResults(instance);
		List<ResultRow> targets = ResolutionNarrative.targets(results).values().stream().flatMap(List::stream).toList();
		CommitteeDocument document = compose(documents, recipients, scoreboard, results,
				"vi".equals(messages.locale().getLanguage()) ? this.pointTable.narrativePoints(instance) : List.of(),
				targets, termTargets(instance, documents));
		Map<String, Object> parameters = TemplateData.frameParameters(document.frame(), documents, this.templates);
		// as in the review, a paragraph leaving a single line alone at a page break is
		// kept
		// whole and the body filled again
		List<Paragraph> body = document.printedBody();
		Set<Integer> keptWhole = new HashSet<>();
		JasperPrint resolution;
		for (int attempt = 1;; attempt++) {
			resolution = JasperFillManager.fillReport(this.templates.get("bao-cao-tong-hop"), new HashMap<>(parameters),
					new JRMapCollectionDataSource(TemplateData.rows(body, keptWhole)));
			PageBreaks.keepFirstLineIndents(resolution);
			if (attempt == PageBreaks.MAX_FILLS || !keptWhole.addAll(PageBreaks.splitWithALoneLine(resolution))) {
				break;
			}
		}
		JasperPrint appendix = fillAppendix(documents, document.appendices().get(0), resolution.getPages().size());
		PdfExport.export(List.of(resolution, appendix), file,
				documents.metadata(messages.get("resolution.pdfTitle", year + 1),
						messages.get("resolution.pdfSubject", targets.size(), year + 1),
						OutputLayout.resolution(year)));
		WordDocument.write(document, documents, file.resolveSibling(OutputLayout.resolutionWord(year)), targets.size());
		return targets.size();
	}

	/**
	 * The term's targets, when they concern next year: only when the term goes on after
	 * the year under review.
	 */
	private Map<String, TermTarget> termTargets(long instance, Documents documents) {
		ReportSettings.Term followed = documents.settings().term();
		return (followed != null && followed.contains(documents.year() + 1)) ? this.catalogTables.termTargets(instance)
				: Map.of();
	}

	/**
	 * Composes the draft resolution: the frame of the review with its own number, title,
	 * draft mark and signer, the body, and the appendix of next year's targets.
	 * @param documents what the documents share
	 * @param recipients the recipients for "Nơi nhận"
	 * @param scoreboard the counts of the year under review
	 * @param results the indicators of the review
	 * @param points the departments' narrative points the edition prints
	 * @param targets the targets it numbers, in order
	 * @param termTargets the term's targets by indicator, empty when they do not concern
	 * next year
	 * @return the resolution
	 */
	static CommitteeDocument compose(Documents documents, Recipients recipients, Scoreboard scoreboard,
			List<ResultRow> results, List<NarrativePoint> points, List<ResultRow> targets,
			Map<String, TermTarget> termTargets) {
		Messages messages = documents.messages();
		ReportSettings settings = documents.settings();
		int year = documents.year();
		List<Paragraph> body = new ResolutionNarrative(messages).write(settings, year, scoreboard, results, points);
		String number = documentNumber(settings);
		CommitteeDocument.Frame frame = documents.frame(recipients)
			.titled(messages.get("review.number", number), messages.get("resolution.title"),
					messages.get("resolution.subtitle", year + 1))
			.signed(settings.draft().isEmpty() ? messages.get("review.draft.unnumbered")
					: messages.get("review.draft", settings.draft()), settings.resolution().signerMandate())
			.dated(documents.placeDate(settings.resolution().number().isEmpty()));
		return new CommitteeDocument(frame, false, null, body,
				List.of(appendix(documents, number, targets, termTargets)));
	}

	/**
	 * The resolution's number and symbol: {@code 26-NQ/TU}, blanks for the office when
	 * not set.
	 */
	private static String documentNumber(ReportSettings settings) {
		String number = settings.resolution().number().isEmpty() ? "      " : settings.resolution().number();
		return number + "-" + settings.symbolOf("NQ");
	}

	/**
	 * The appendix: next year's targets as the catalog writes them, numbered as in the
	 * text, with the term's target where it concerns next year and the department that
	 * follows each.
	 */
	private static CommitteeDocument.Appendix appendix(Documents documents, String number, List<ResultRow> targets,
			Map<String, TermTarget> termTargets) {
		Messages messages = documents.messages();
		boolean withTerm = !termTargets.isEmpty();
		// the rows under the headings of their fields, as the targets are numbered in the
		// text (I. KINH TẾ, II. VĂN HÓA – XÃ HỘI, ...)
		Set<String> groups = new LinkedHashSet<>();
		targets.forEach((row) -> groups.add(Objects.requireNonNullElse(row.groupCode(), "")));
		Map<String, String> headings = (groups.size() == 1 && groups.contains("")) ? Map.of()
				: documents.groupHeadings(groups);
		List<CommitteeDocument.Row> rows = new ArrayList<>();
		for (ResultRow row : targets) {
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(rows.size() + 1));
			cells.add(row.name());
			cells.add(row.unit());
			if (withTerm) {
				TermTarget term = termTargets.get(row.indicator());
				cells.add((term != null) ? messages.get("progress.kind." + term.kind().name(),
						Formats.target(term.target(), null, documents.locale())) : null);
			}
			cells.add(Formats.target(row.planNextTarget(), null, documents.locale()));
			cells.add(row.departmentName());
			rows.add(new CommitteeDocument.Row(headings.get(Objects.requireNonNullElse(row.groupCode(), "")), cells));
		}
		List<CommitteeDocument.Column> columns = new ArrayList<>();
		columns.add(new CommitteeDocument.Column(messages.get("table.number"), 36, CENTER));
		columns.add(new CommitteeDocument.Column(messages.get("table.indicator"), withTerm ? 250 : 370, LEFT));
		columns.add(new CommitteeDocument.Column(messages.get("table.unit"), 70, CENTER));
		if (withTerm) {
			columns.add(new CommitteeDocument.Column(messages.get("progress.table.target"), 120, CENTER));
		}
		columns.add(
				new CommitteeDocument.Column(messages.get("resolution.table.plan", documents.year() + 1), 110, CENTER));
		columns.add(new CommitteeDocument.Column(messages.get("resolution.table.department"), 156, LEFT));
		return new CommitteeDocument.Appendix(messages.get("appendix.title"),
				messages.get("resolution.appendix.subtitle", documents.year() + 1),
				messages.get("resolution.appendix.attachment", number,
						Formats.shortDate(documents.settings().date(),
								documents.dayBlank(documents.settings().resolution().number().isEmpty())),
						new ResolutionNarrative(messages).decidingBody(documents.settings().issuer(), "short")),
				new CommitteeDocument.Table(List.copyOf(columns), CommitteeDocument.Rows.of(List.copyOf(rows))), null);
	}

	private JasperPrint fillAppendix(Documents documents, CommitteeDocument.Appendix appendix, int pagesBefore)
			throws Exception {
		boolean withTerm = appendix.table().columns().size() > 5;
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("PAGE_OFFSET", pagesBefore);
		parameters.put("SUBTITLE", appendix.subtitle());
		parameters.put("ATTACHMENT", appendix.attachment());
		parameters.put("PLAN_HEADER", appendix.table().columns().get(withTerm ? 4 : 3).heading());
		parameters.put("WITH_TERM", withTerm);
		String[] fields = withTerm ? new String[] { "NUMBER", "NAME", "UNIT", "TERM_TARGET", "PLAN_NEXT", "DEPARTMENT" }
				: new String[] { "NUMBER", "NAME", "UNIT", "PLAN_NEXT", "DEPARTMENT" };
		parameters.put("ROWS", new JRMapCollectionDataSource(TemplateData.records(appendix.table(), fields)));
		return JasperFillManager.fillReport(this.templates.get("nghi-quyet-phu-luc"), parameters,
				new JREmptyDataSource(0));
	}

}
