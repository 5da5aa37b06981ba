package vn.yearendreview;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.HistoryFigure;
import vn.yearendreview.model.Messages;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.report.SubmissionTemplates.PlanColumn;
import vn.yearendreview.report.SubmissionTemplates;
import vn.yearendreview.settings.ExitCode;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.submission.CatalogReader;
import vn.yearendreview.submission.History;

/**
 * {@code --templates --year=N} (DESIGN.md 10.1): writes the files each department of the
 * catalog fills in for year N into {@code output/<N>/mau-gui-don-vi/}, replacing the
 * folder as a whole, and touches nothing else. The plans are year N's as the catalog
 * holds them: its {@code plan} column when its plan year ({@code plan_year} in the
 * settings, N when not set) is N, its {@code plan_next} column when that is N - 1; for
 * any other year the command refuses. It runs holding the output folder's lock.
 */
final class TemplatesCommand {

	private TemplatesCommand() {
	}

	/**
	 * Writes the templates of a year.
	 * @param input the drop folder, with its catalog
	 * @param output the output folder
	 * @param year the year the departments report
	 * @param messages the words of the console
	 * @param out where the outcome goes
	 * @param err where problems go
	 * @return the exit code
	 */
	static int run(Path input, Path output, int year, Messages messages, PrintStream out, PrintStream err) {
		Catalog catalog;
		List<HistoryFigure> history;
		ReportSettings settings;
		try {
			catalog = new CatalogReader(messages).read(input);
			history = History.load(input, messages).figuresOf(catalog, year - 1, messages);
			settings = ReportSettings.load(input, LocalDate.now(), messages);
		}
		catch (CatalogException | ReportSettings.SettingsException ex) {
			err.println(messages.get("templates.badCatalog", ex.getMessage()));
			return ExitCode.USAGE.code();
		}
		if (!catalog.hasIndicators() || catalog.departments().isEmpty()) {
			err.println(messages.get("templates.noCatalog", input.resolve(CatalogReader.INDICATORS),
					input.resolve(CatalogReader.DEPARTMENTS)));
			return ExitCode.USAGE.code();
		}
		int planYear = (settings.planYear() != null) ? settings.planYear() : year;
		Optional<PlanColumn> plans = PlanColumn.forYear(year, planYear);
		if (plans.isEmpty()) {
			err.println(messages.get("templates.noPlan", String.valueOf(year), CatalogReader.INDICATORS,
					String.valueOf(planYear), String.valueOf(planYear + 1), ReportSettings.FILE,
					String.valueOf(year + 1)));
			return ExitCode.USAGE.code();
		}
		if (plans.get() == PlanColumn.PLAN_NEXT
				&& catalog.indicators().values().stream().allMatch((indicator) -> indicator.planNext() == null)) {
			err.println(messages.get("templates.noPlanNext", String.valueOf(year), CatalogReader.INDICATORS,
					String.valueOf(planYear), ReportSettings.FILE, String.valueOf(year + 1)));
			return ExitCode.USAGE.code();
		}
		OutputLayout layout = new OutputLayout(output);
		Path target = layout.templatesFolder(year);
		try {
			// A publication a crash interrupted is finished first: it moves the year's
			// folder.
			new Publisher(layout.stateFolder()).recover();
			restoreReplaced(layout, target);
			Path results = layout.yearFolder(year - 1).resolve(OutputLayout.results(year - 1));
			Map<String, BigDecimal> published = Map.of();
			try {
				published = SubmissionTemplates.publishedActuals(catalog, results);
			}
			catch (IOException ex) {
				out.println(messages.get("templates.badResults", results, ex.getMessage()));
			}
			Map<String, BigDecimal> previous = SubmissionTemplates.previousFigures(history, published);
			Path staging = layout.templatesStaging();
			Publisher.deleteTree(staging);
			Files.createDirectories(staging);
			List<SubmissionTemplates.DepartmentTemplates> written = SubmissionTemplates.write(catalog, previous, year,
					plans.get(), settings.deadline(), messages, staging);
			replace(layout, staging, target);
			report(written, SubmissionTemplates.unassigned(catalog), layout, year,
					planSource(plans.get(), year, settings.planYear(), messages), results, !history.isEmpty(),
					!published.isEmpty(), messages, out);
			return ExitCode.OK.code();
		}
		catch (IOException ex) {
			err.println(messages.get("templates.failed", target, ex.getMessage()));
			return ExitCode.FAILED.code();
		}
	}

	/**
	 * Puts the new folder in place of the old one, so that a reader finds either set of
	 * templates whole; the old one goes back when the new one cannot take its place.
	 */
	private static void replace(OutputLayout layout, Path staging, Path target) throws IOException {
		Path replaced = layout.templatesReplaced();
		Publisher.deleteTree(replaced);
		Files.createDirectories(target.getParent());
		if (Files.exists(target)) {
			Files.move(target, replaced);
		}
		try {
			Files.move(staging, target);
		}
		catch (IOException ex) {
			restoreReplaced(layout, target);
			throw ex;
		}
		Publisher.deleteTree(replaced);
	}

	/** Puts back the templates a stopped replacement left aside. */
	private static void restoreReplaced(OutputLayout layout, Path target) throws IOException {
		Path replaced = layout.templatesReplaced();
		if (Files.isDirectory(replaced) && !Files.exists(target)) {
			Files.createDirectories(target.getParent());
			Files.move(replaced, target);
		}
	}

	private static void report(List<SubmissionTemplates.DepartmentTemplates> written, List<String> unassigned,
			OutputLayout layout, int year, String plans, Path results, boolean fromHistory, boolean fromResults,
			Messages messages, PrintStream out) {
		out.println(
				messages.get("templates.written", String.valueOf(year), written.size(), layout.templatesFolder(year)));
		int indicators = 0;
		int withPrevious = 0;
		for (SubmissionTemplates.DepartmentTemplates department : written) {
			String content = (department.indicators() > 0)
					? messages.get("templates.indicators", department.indicators(), department.withPrevious())
					: messages.get("templates.noIndicators");
			out.println(messages.get("templates.department", department.department(), department.name(),
					String.join(", ", department.files()), content));
			indicators += department.indicators();
			withPrevious += department.withPrevious();
		}
		out.println(plans);
		String sources = fromResults ? results.toString() : "";
		if (fromHistory) {
			sources = sources.isEmpty() ? History.FILE : History.FILE + ", " + sources;
		}
		out.println(sources.isEmpty()
				? messages.get("templates.noPrevious", String.valueOf(year - 1), results, History.FILE)
				: messages.get("templates.previous", withPrevious, indicators, String.valueOf(year - 1), sources));
		if (!unassigned.isEmpty()) {
			out.println(messages.get("templates.unassigned", String.join(", ", unassigned)));
		}
		out.println(messages.get("templates.howTo", String.valueOf(year), String.valueOf(year + 1)));
	}

	/** Where the plans of the templates come from, and what the catalog must hold. */
	private static String planSource(PlanColumn plans, int year, Integer planYear, Messages messages) {
		if (plans == PlanColumn.PLAN_NEXT) {
			return messages.get("templates.planNext", CatalogReader.INDICATORS, String.valueOf(year),
					String.valueOf(planYear), ReportSettings.FILE);
		}
		if (planYear != null) {
			return messages.get("templates.planOfYear", CatalogReader.INDICATORS, String.valueOf(year),
					ReportSettings.FILE);
		}
		return messages.get("templates.plan", CatalogReader.INDICATORS, String.valueOf(year), ReportSettings.FILE);
	}

}
