package vn.yearendreview;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.yearendreview.publish.OutputLock;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.report.SubmissionTemplates;
import vn.yearendreview.submission.Catalog;
import vn.yearendreview.submission.CatalogException;
import vn.yearendreview.submission.CatalogReader;
import vn.yearendreview.submission.History;

/**
 * {@code --templates --year=N} (DESIGN.md 10.1): writes the files each department of the
 * catalog fills in for year N into {@code output/<N>/mau-gui-don-vi/}, replacing the
 * folder as a whole, and touches nothing else.
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
		List<History.Value> history;
		try {
			catalog = Catalog.read(input, messages);
			history = history(input, catalog, year, messages);
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
		OutputLayout layout = new OutputLayout(output);
		Path target = layout.templatesFolder(year);
		try (OutputLock lock = OutputLock.acquire(layout.stateFolder())) {
			Map<String, BigDecimal> previous = SubmissionTemplates.previousFigures(catalog, layout, year, history);
			Path staging = layout.stateFolder().resolve("templates");
			Publisher.deleteTree(staging);
			Files.createDirectories(staging);
			List<SubmissionTemplates.DepartmentTemplates> written = SubmissionTemplates.write(catalog, previous, year,
					staging);
			replace(layout, staging, target);
			report(written, SubmissionTemplates.unassigned(catalog), layout, year, history, messages, out);
			return ExitCode.OK.code();
		}
		catch (OutputLock.Busy ex) {
			err.println(messages.get("run.busy", output, ex.holder()));
			return ExitCode.FAILED.code();
		}
		catch (IOException ex) {
			err.println(messages.get("templates.failed", target, ex.getMessage()));
			return ExitCode.FAILED.code();
		}
	}

	/**
	 * The history's figures, when the catalog has a history file and the settings a term
	 * to check it against.
	 */
	private static List<History.Value> history(Path input, Catalog catalog, int year, Messages messages) {
		History history = History.load(input, messages);
		if (!history.present()) {
			return List.of();
		}
		ReportSettings.Term term = ReportSettings.load(input, LocalDate.now(), messages).term();
		return history.check(catalog, term, year, messages).accepted();
	}

	/**
	 * Puts the new folder in place of the old one, so that a reader finds either set of
	 * templates whole.
	 */
	private static void replace(OutputLayout layout, Path staging, Path target) throws IOException {
		Path replaced = layout.stateFolder().resolve("templates-replaced");
		Publisher.deleteTree(replaced);
		Files.createDirectories(target.getParent());
		if (Files.exists(target)) {
			Files.move(target, replaced);
		}
		Files.move(staging, target);
		Publisher.deleteTree(replaced);
	}

	private static void report(List<SubmissionTemplates.DepartmentTemplates> written, List<String> unassigned,
			OutputLayout layout, int year, List<History.Value> history, Messages messages, PrintStream out) {
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
		out.println(messages.get("templates.plan", CatalogReader.INDICATORS, String.valueOf(year)));
		Path results = layout.yearFolder(year - 1).resolve(OutputLayout.results(year - 1));
		boolean fromHistory = history.stream().anyMatch((value) -> value.year() == year - 1);
		String sources = Files.isRegularFile(results) ? results.toString() : "";
		if (fromHistory) {
			sources = sources.isEmpty() ? History.FILE : sources + ", " + History.FILE;
		}
		out.println(sources.isEmpty()
				? messages.get("templates.noPrevious", String.valueOf(year - 1), results, History.FILE)
				: messages.get("templates.previous", withPrevious, indicators, String.valueOf(year - 1), sources));
		if (!unassigned.isEmpty()) {
			out.println(messages.get("templates.unassigned", String.join(", ", unassigned)));
		}
		out.println(messages.get("templates.howTo", String.valueOf(year), String.valueOf(year + 1)));
	}

}
