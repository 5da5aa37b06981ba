package vn.yearendreview.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogDepartment;
import vn.yearendreview.model.CatalogIndicator;
import vn.yearendreview.model.HistoryFigure;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Target;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.submission.figures.IndicatorFigures;
import vn.yearendreview.submission.narrative.NarrativePoints;
import vn.yearendreview.submission.tasks.TaskRegistrations;

/**
 * The files each department of the catalog fills in and sends back (DESIGN.md 10.1): its
 * indicators with the plan as the resolution wrote it and last year's figure, and the
 * headers of its narrative points and of its registrations for next year's programme;
 * beside them a note of what to write ({@link TemplateNote}). They are what Vietnamese
 * Excel opens and saves as they are: UTF-8 with a byte order mark, {@code ;} between
 * cells, Vietnamese headers, a decimal comma.
 */
public final class SubmissionTemplates {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final char DELIMITER = ';';

	private SubmissionTemplates() {
	}

	/**
	 * The column of the catalog that holds the plans of the year the templates are for:
	 * {@code plan} holds those of the catalog's plan year, {@code plan_next} those of the
	 * year after it.
	 */
	public enum PlanColumn {

		/** {@code plan}: the plans of the catalog's plan year. */
		PLAN,

		/** {@code plan_next}: the plans of the year after the catalog's plan year. */
		PLAN_NEXT;

		/**
		 * The column that holds the plans of a year.
		 * @param year the year the departments report
		 * @param planYear the year of the catalog's {@code plan} column
		 * @return the column, empty when the catalog holds no plan of that year
		 */
		public static Optional<PlanColumn> forYear(int year, int planYear) {
			if (year == planYear) {
				return Optional.of(PLAN);
			}
			return (year == planYear + 1) ? Optional.of(PLAN_NEXT) : Optional.empty();
		}

		/**
		 * The plan an indicator's row of the catalog gives in this column.
		 * @param indicator the indicator
		 * @return its plan, {@code null} when the cell is empty
		 */
		public Target of(CatalogIndicator indicator) {
			return (this == PLAN) ? indicator.plan() : indicator.planNext();
		}

	}

	/**
	 * What was written for one department.
	 *
	 * @param department its code
	 * @param name its name
	 * @param files the files written, in the order a planner attaches them
	 * @param indicators how many indicators its figures file lists
	 * @param withPrevious how many of them come with last year's figure
	 */
	public record DepartmentTemplates(String department, String name, List<String> files, int indicators,
			int withPrevious) {

	}

	/**
	 * Last year's figure of each indicator: the history's figure of that year, which is
	 * where the planner keeps the official figures, else the actual the department in
	 * charge reported in the published results of that year (or the only department that
	 * reported it).
	 * @param history the history's figures of last year
	 * @param published the published results of last year, see {@link #publishedActuals}
	 * @return the figure of each indicator that has one
	 */
	public static Map<String, BigDecimal> previousFigures(List<HistoryFigure> history,
			Map<String, BigDecimal> published) {
		Map<String, BigDecimal> figures = new HashMap<>(published);
		history.forEach((value) -> figures.put(value.indicator(), value.value()));
		return figures;
	}

	/**
	 * The actual of each catalog indicator in a published results file: the department in
	 * charge's, else the only one reported.
	 * @param catalog the catalog
	 * @param results the file, which may not exist
	 * @return the actual of each indicator found
	 * @throws IOException when the file cannot be read or is not a results file as the
	 * program writes it (a copy saved again by Excel, say)
	 */
	public static Map<String, BigDecimal> publishedActuals(Catalog catalog, Path results) throws IOException {
		Map<String, BigDecimal> inCharge = new HashMap<>();
		Map<String, List<BigDecimal>> reported = new HashMap<>();
		if (!Files.isRegularFile(results)) {
			return inCharge;
		}
		try (BufferedReader reader = Files.newBufferedReader(results, StandardCharsets.UTF_8)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
			try (CSVParser parser = CSVParser.parse(reader, format)) {
				for (CSVRecord record : parser) {
					String indicator = record.get("indicator");
					String actual = record.get("actual");
					CatalogIndicator entry = catalog.indicators().get(indicator);
					if (entry == null || actual.isEmpty()) {
						continue;
					}
					BigDecimal value = new BigDecimal(actual);
					reported.computeIfAbsent(indicator, (code) -> new ArrayList<>()).add(value);
					if (entry.department().equals(record.get("department"))) {
						inCharge.put(indicator, value);
					}
				}
			}
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
		reported.forEach((indicator, values) -> {
			if (values.size() == 1) {
				inCharge.putIfAbsent(indicator, values.get(0));
			}
		});
		return inCharge;
	}

	/**
	 * Writes the templates of every department of the catalog, in its order.
	 * @param catalog the catalog
	 * @param previous last year's figure of each indicator
	 * @param year the year the departments report
	 * @param plans the column of the catalog that holds the plans of that year
	 * @param deadline the day the files are due, {@code null} when not set
	 * @param messages the words of the note beside each department's files
	 * @param folder the folder to write to, existing and empty
	 * @return what was written, department by department
	 * @throws IOException when a file cannot be written
	 */
	public static List<DepartmentTemplates> write(Catalog catalog, Map<String, BigDecimal> previous, int year,
			PlanColumn plans, LocalDate deadline, Messages messages, Path folder) throws IOException {
		List<DepartmentTemplates> written = new ArrayList<>();
		for (CatalogDepartment department : catalog.departments().values()) {
			String code = department.department();
			List<CatalogIndicator> indicators = catalog.indicators()
				.values()
				.stream()
				.filter((indicator) -> indicator.department().equals(code))
				.sorted(Comparator.comparingInt(CatalogIndicator::order))
				.toList();
			List<String> files = new ArrayList<>();
			int withPrevious = 0;
			if (!indicators.isEmpty()) {
				String name = OutputLayout.figuresTemplate(code);
				try (CsvOutput csv = CsvOutput.create(folder.resolve(name), DELIMITER,
						IndicatorFigures.KIND.templateHeader().toArray(String[]::new))) {
					for (CatalogIndicator indicator : indicators) {
						BigDecimal last = previous.get(indicator.indicator());
						withPrevious += (last != null) ? 1 : 0;
						csv.row(code, year, indicator.indicator(), indicator.name(), indicator.unit(),
								plan(plans.of(indicator)), "", (last != null) ? Formats.number(last, VIETNAMESE) : "",
								"");
					}
				}
				files.add(name);
			}
			String narrative = header(folder.resolve(OutputLayout.narrativeTemplate(code)),
					NarrativePoints.KIND.templateHeader());
			String tasks = header(folder.resolve(OutputLayout.tasksTemplate(code, year)),
					TaskRegistrations.KIND.templateHeader());
			String note = OutputLayout.templateNote(code);
			TemplateNote.write(folder.resolve(note), messages, department, year, deadline,
					new TemplateNote.SentFiles(indicators.isEmpty() ? null : OutputLayout.figuresTemplate(code),
							indicators.size(), narrative, tasks));
			files.addAll(List.of(narrative, tasks, note));
			written.add(new DepartmentTemplates(code, department.name(), List.copyOf(files), indicators.size(),
					withPrevious));
		}
		return written;
	}

	/**
	 * The indicators of the catalog that no department is in charge of, which no template
	 * lists.
	 * @param catalog the catalog
	 * @return their codes in catalog order
	 */
	public static List<String> unassigned(Catalog catalog) {
		return catalog.indicators()
			.values()
			.stream()
			.filter((indicator) -> indicator.department().isEmpty()
					|| !catalog.departments().containsKey(indicator.department()))
			.map(CatalogIndicator::indicator)
			.toList();
	}

	/**
	 * The plan as the resolution wrote it, numbers with a decimal comma and a range with
	 * a dash Excel does not take for a date ({@code 10–11}, {@code trên 85},
	 * {@code 22.200}).
	 */
	private static String plan(Target plan) {
		return (plan != null) ? Formats.target(plan, null, VIETNAMESE) : "";
	}

	private static String header(Path file, List<String> header) throws IOException {
		try (CsvOutput csv = CsvOutput.create(file, DELIMITER, header.toArray(String[]::new))) {
			return file.getFileName().toString();
		}
	}

}
