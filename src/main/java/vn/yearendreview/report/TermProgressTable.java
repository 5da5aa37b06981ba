package vn.yearendreview.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TermProgress;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.CatalogTables.TermTarget;
import vn.yearendreview.staging.ResultTable;

/**
 * The five-year progress of a year (DESIGN.md 9.3): for each indicator with a term
 * target, its values for the term's years up to the year under review (the history file's
 * figures, then the review's previous-year figure where the history has none, then the
 * year's own figure) and the assessment the rules give. Read by appendix 2 of the review,
 * the sentence of its section I and {@code tien-do-nhiem-ky-<year>.csv}.
 *
 * @param term the term
 * @param year the year under review
 * @param lines the indicators, in catalog order
 */
record TermProgressTable(ReportSettings.Term term, int year, List<Line> lines) {

	/** Header of the CSV, before and after the columns of the years. */
	static final String[] HEAD = { "indicator", "name", "unit", "term_target", "term_kind" };

	static final String[] TAIL = { "needed_per_year", "assessment" };

	/**
	 * One indicator's progress.
	 *
	 * @param result the indicator in the review
	 * @param target its term target
	 * @param kind how the target is measured
	 * @param values its values by year, the years without one left out
	 * @param assessment what the rules give
	 */
	record Line(ResultRow result, Target target, TermProgress.Kind kind, SortedMap<Integer, BigDecimal> values,
			TermProgress.Result assessment) {

	}

	/**
	 * The progress of a run, empty when no term is set, the year under review falls
	 * outside it, or no indicator has a term target.
	 * @param catalog the run's catalog, with its term targets and history
	 * @param instance the job instance
	 * @param term the term, {@code null} when none is set
	 * @param year the year under review
	 * @param results the indicators of the review
	 * @return the table
	 */
	static TermProgressTable of(CatalogTables catalog, long instance, ReportSettings.Term term, int year,
			List<ResultRow> results) {
		return of(catalog, instance, term, year, () -> results);
	}

	/**
	 * The progress of a run, reading the indicators of the review only when a term and
	 * its targets are set: they are the catalog's, never every row of a run without one.
	 * @param catalog the run's catalog, with its term targets and history
	 * @param results the run's results
	 * @param instance the job instance
	 * @param term the term, {@code null} when none is set
	 * @param year the year under review
	 * @return the table
	 */
	static TermProgressTable of(CatalogTables catalog, ResultTable results, long instance, ReportSettings.Term term,
			int year) {
		return of(catalog, instance, term, year, () -> results.reviewResults(instance));
	}

	private static TermProgressTable of(CatalogTables catalog, long instance, ReportSettings.Term term, int year,
			Supplier<List<ResultRow>> review) {
		if (term == null || !term.contains(year)) {
			return new TermProgressTable(term, year, List.of());
		}
		Map<String, TermTarget> targets = catalog.termTargets(instance);
		if (targets.isEmpty()) {
			return new TermProgressTable(term, year, List.of());
		}
		Map<String, Map<Integer, BigDecimal>> history = catalog.history(instance);
		List<Line> lines = new ArrayList<>();
		for (ResultRow row : review.get()) {
			TermTarget target = targets.get(row.indicator());
			if (target == null) {
				continue;
			}
			SortedMap<Integer, BigDecimal> values = new TreeMap<>(history.getOrDefault(row.indicator(), Map.of()));
			if (row.previous() != null && term.contains(year - 1)) {
				values.putIfAbsent(year - 1, new BigDecimal(row.previous()));
			}
			if (row.actual() != null && row.status() != Status.NO_DATA) {
				values.put(year, new BigDecimal(row.actual()));
			}
			lines.add(new Line(row, target.target(), target.kind(), values,
					TermProgress.assess(target.target(), target.kind(), term.first(), term.last(), year, values)));
		}
		return new TermProgressTable(term, year, List.copyOf(lines));
	}

	/**
	 * The years of the term shown: its first year to the year under review.
	 * @return the years in order
	 */
	List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (int y = this.term.first(); y <= this.year; y++) {
			years.add(y);
		}
		return years;
	}

	/**
	 * How many indicators have an assessment.
	 * @param assessment the assessment
	 * @return the count
	 */
	long count(TermProgress.Assessment assessment) {
		return this.lines.stream().filter((line) -> line.assessment().assessment() == assessment).count();
	}

	/**
	 * Writes {@code tien-do-nhiem-ky-<year>.csv}: the values as plain decimals, what each
	 * remaining year needs rounded half up to two decimals, the assessment as its code.
	 * @param file the CSV
	 * @throws IOException when it cannot be written
	 */
	void writeCsv(Path file) throws IOException {
		List<String> header = new ArrayList<>(List.of(HEAD));
		years().forEach((y) -> header.add(String.valueOf(y)));
		header.addAll(List.of(TAIL));
		try (CsvOutput csv = CsvOutput.create(file, header.toArray(String[]::new))) {
			for (Line line : this.lines) {
				List<Object> cells = new ArrayList<>();
				cells.add(line.result().indicator());
				cells.add(line.result().name());
				cells.add(line.result().unit());
				cells.add(line.target().canonical());
				cells.add(line.kind().name().toLowerCase(Locale.ROOT));
				for (int y : years()) {
					BigDecimal value = line.values().get(y);
					cells.add((value != null) ? value.toPlainString() : null);
				}
				cells.add(plain(line.assessment().neededPerYear()));
				cells.add(line.assessment().assessment().name());
				csv.row(cells.toArray());
			}
		}
	}

	/**
	 * A figure of the table rounded half up to two decimals, without trailing zeros.
	 * @param value the figure, may be {@code null}
	 * @return its plain text, {@code null} for none
	 */
	static String plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return ((rounded.scale() < 0) ? rounded.setScale(0) : rounded).toPlainString();
	}

}
