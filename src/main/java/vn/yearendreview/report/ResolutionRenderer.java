package vn.yearendreview.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import vn.yearendreview.Messages;
import vn.yearendreview.OutputLayout;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.staging.ResultQueries;
import vn.yearendreview.staging.ResultRow;
import vn.yearendreview.submission.Recipients;

/**
 * Renders {@code nghi-quyet-<N+1>.pdf}, the draft resolution on next year (DESIGN.md
 * 9.2): the body in the frame of the review (header, marks, signature, "Nơi nhận") with
 * its own number, title and signer, then its appendix of targets in landscape.
 */
class ResolutionRenderer {

	private final ReportTemplates templates;

	private final ResultQueries data;

	ResolutionRenderer(ReportTemplates templates, ResultQueries data) {
		this.templates = templates;
		this.data = data;
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
		ReportSettings settings = documents.settings();
		int year = documents.year();
		Scoreboard scoreboard = this.data.scoreboard(instance);
		List<ResultRow> results = this.data.reviewResults(instance);
		List<Paragraph> body = new ResolutionNarrative(messages).write(settings, year, scoreboard, results,
				"vi".equals(messages.locale().getLanguage()) ? this.data.narrativePoints(instance) : List.of());
		String number = documentNumber(settings);
		Map<String, Object> parameters = ConsolidatedReviewRenderer.frameParameters(documents, this.templates,
				recipients);
		parameters.put("NUMBER_LINE", messages.get("review.number", number));
		parameters.put("TITLE", messages.get("resolution.title"));
		parameters.put("SUBTITLE", messages.get("resolution.subtitle", year + 1));
		parameters.put("DRAFT", settings.draft().isEmpty() ? messages.get("review.draft.unnumbered")
				: messages.get("review.draft", settings.draft()));
		parameters.put("SIGNER_MANDATE", settings.resolution().signerMandate());
		// as in the review, a paragraph leaving a single line alone at a page break is
		// kept
		// whole and the body filled again
		Set<Integer> keptWhole = new HashSet<>();
		JasperPrint resolution;
		for (int attempt = 1;; attempt++) {
			resolution = JasperFillManager.fillReport(this.templates.get("bao-cao-tong-hop"), new HashMap<>(parameters),
					new JRMapCollectionDataSource(ConsolidatedReviewRenderer.rows(body, keptWhole)));
			ConsolidatedReviewRenderer.keepFirstLineIndents(resolution);
			if (attempt == ConsolidatedReviewRenderer.MAX_FILLS
					|| !keptWhole.addAll(ConsolidatedReviewRenderer.splitWithALoneLine(resolution))) {
				break;
			}
		}
		List<ResultRow> targets = ResolutionNarrative.targets(results).values().stream().flatMap(List::stream).toList();
		JasperPrint appendix = fillAppendix(instance, documents, number, targets, resolution.getPages().size());
		PdfExport.export(List.of(resolution, appendix), file,
				documents.metadata(messages.get("resolution.pdfTitle", year + 1),
						messages.get("resolution.pdfSubject", targets.size(), year + 1),
						OutputLayout.resolution(year)));
		return targets.size();
	}

	/**
	 * The resolution's number and symbol: {@code 26-NQ/TU}, blanks for the office when
	 * not set.
	 */
	private static String documentNumber(ReportSettings settings) {
		String number = settings.resolution().number().isEmpty() ? "      " : settings.resolution().number();
		return number + "-" + settings.symbolOf("NQ");
	}

	private JasperPrint fillAppendix(long instance, Documents documents, String number, List<ResultRow> targets,
			int pagesBefore) throws Exception {
		Messages messages = documents.messages();
		// the term's targets concern next year only when the term goes on after this one
		ReportSettings.Term followed = documents.settings().term();
		Map<String, ResultQueries.TermTarget> termTargets = (followed != null
				&& followed.contains(documents.year() + 1)) ? this.data.termTargets(instance) : Map.of();
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("PAGE_OFFSET", pagesBefore);
		parameters.put("SUBTITLE", messages.get("resolution.appendix.subtitle", documents.year() + 1));
		parameters.put("ATTACHMENT",
				messages.get("resolution.appendix.attachment", number, Formats.shortDate(documents.settings().date())));
		parameters.put("PLAN_HEADER", messages.get("resolution.table.plan", documents.year() + 1));
		parameters.put("WITH_TERM", !termTargets.isEmpty());
		List<Map<String, ?>> rows = new ArrayList<>();
		for (ResultRow row : targets) {
			Map<String, Object> record = new HashMap<>();
			record.put("NUMBER", String.valueOf(rows.size() + 1));
			record.put("NAME", row.name());
			record.put("UNIT", row.unit());
			ResultQueries.TermTarget term = termTargets.get(row.indicator());
			record.put("TERM_TARGET", (term != null) ? messages.get("progress.kind." + term.kind().name(),
					Formats.target(term.target(), null, documents.locale())) : null);
			record.put("PLAN_NEXT", Formats.target(row.planNextTarget(), null, documents.locale()));
			record.put("DEPARTMENT", row.departmentName());
			rows.add(record);
		}
		parameters.put("ROWS", new JRMapCollectionDataSource(rows));
		return JasperFillManager.fillReport(this.templates.get("nghi-quyet-phu-luc"), parameters,
				new JREmptyDataSource(0));
	}

}
