package vn.yearendreview.submission;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.CheckedHistory;
import vn.yearendreview.model.ColumnSpec;
import vn.yearendreview.model.HistoryFigure;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NumberStyle;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.SourceFolder;
import vn.yearendreview.model.Text;
import vn.yearendreview.settings.ReportSettings;

/**
 * The province's figures of the term's earlier years, from {@code catalog/history.csv}
 * ({@code indicator,year,value}): what the five-year progress needs before the year under
 * review (DESIGN.md 9.3). Read like the other reference files; each row is then checked
 * once the year under review is known, and every row ends up accepted or listed in the
 * data check with its line, column and reason.
 *
 * @param file the file's records, {@code null} when the file is absent or cannot be read
 * @param problem why the whole file cannot be used, {@code null} when it can
 */
public record History(ReferenceFile file, Problem problem) {

	/** The history file, relative to the input folder. */
	public static final String FILE = "catalog/history.csv";

	private static final List<ColumnSpec> COLUMNS = List.of(
			ColumnSpec.required("indicator", "ma_chi_tieu", "Mã chỉ tiêu"), ColumnSpec.required("year", "nam", "Năm"),
			ColumnSpec.required("value", "gia_tri", "Giá trị", "so_lieu", "Số liệu", "thuc_hien", "Thực hiện"));

	/**
	 * Reads the history of an input folder.
	 * @param inputFolder the drop folder
	 * @param messages for the problem of a file that cannot be read
	 * @return the history; empty when the file is absent
	 */
	public static History load(Path inputFolder, Messages messages) {
		return load(SourceFolder.of(inputFolder), messages);
	}

	/**
	 * Reads the history of an input folder from where the run reads it.
	 * @param inputFolder the drop folder, read from the run's copy
	 * @param messages for the problem of a file that cannot be read
	 * @return the history; empty when the file is absent
	 */
	public static History load(SourceFolder inputFolder, Messages messages) {
		if (!Files.isRegularFile(inputFolder.file(FILE))) {
			return new History(null, null);
		}
		try {
			return new History(ReferenceFile.read(inputFolder.file(FILE), inputFolder.shown(FILE), COLUMNS, messages),
					null);
		}
		catch (CatalogException ex) {
			return new History(null, new Problem(Problem.Severity.ERROR, null, null, null, Reason.UNREADABLE_FILE,
					messages.get("history.unreadable", ex.getMessage())));
		}
	}

	/**
	 * The figures of one year, checked as those of a term would be but without one: for
	 * the departments' templates, which need only last year's.
	 * @param catalog the catalog
	 * @param year the year wanted
	 * @param messages the words of the problems
	 * @return the figures of that year the file gives, each checked
	 */
	public List<HistoryFigure> figuresOf(Catalog catalog, int year, Messages messages) {
		return check(catalog, new ReportSettings.Term(year, year + 1, ""), year + 1, messages).accepted()
			.stream()
			.filter((value) -> value.year() == year)
			.toList();
	}

	/**
	 * Whether the input folder has a history file.
	 * @return {@code true} when it has one, readable or not
	 */
	public boolean present() {
		return this.file != null || this.problem != null;
	}

	/**
	 * Checks every row: a catalog indicator, a year of the term before the year under
	 * review, a number, and one figure per indicator and year.
	 * @param catalog the catalog
	 * @param term the term followed, {@code null} when none is set
	 * @param year the year under review
	 * @param messages the words of the problems
	 * @return what was accepted and rejected
	 */
	public CheckedHistory check(Catalog catalog, ReportSettings.Term term, int year, Messages messages) {
		if (this.problem != null) {
			return new CheckedHistory(0, List.of(), List.of(this.problem));
		}
		if (this.file == null) {
			return new CheckedHistory(0, List.of(), List.of());
		}
		if (term == null) {
			return new CheckedHistory(0, List.of(), List.of(new Problem(Problem.Severity.WARNING, null, null, null,
					Reason.NOT_USED, messages.get("history.noTerm", ReportSettings.FILE))));
		}
		NumberStyleDetector detector = new NumberStyleDetector();
		this.file.rows().forEach((row) -> detector.observe(row.get("value")));
		NumberStyle style = detector.style(this.file.delimiter());
		if (style == null) {
			return new CheckedHistory(this.file.rows().size(), List.of(), List
				.of(new Problem(Problem.Severity.ERROR, null, null, null, Reason.AMBIGUOUS_NUMBERS,
						messages.get("problem.AMBIGUOUS_NUMBERS", String.join(", ", detector.ambiguousSamples())))));
		}
		List<HistoryFigure> accepted = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		for (ReferenceFile.Row row : this.file.rows()) {
			Problem rejected = check(row, catalog, term, year, style, seen, messages);
			if (rejected != null) {
				problems.add(rejected);
				continue;
			}
			String indicator = row.get("indicator").strip().toUpperCase(Locale.ROOT);
			accepted.add(new HistoryFigure(indicator, Integer.parseInt(row.get("year").strip()),
					style.parse(row.get("value"))));
		}
		return new CheckedHistory(this.file.rows().size(), List.copyOf(accepted), List.copyOf(problems));
	}

	private static Problem check(ReferenceFile.Row row, Catalog catalog, ReportSettings.Term term, int year,
			NumberStyle style, Map<String, Long> seen, Messages messages) {
		String indicator = row.get("indicator");
		if (Text.isBlank(indicator)) {
			return rejected(row, "indicator", null, Reason.MISSING_INDICATOR, messages.get("history.missingIndicator"));
		}
		String code = indicator.strip().toUpperCase(Locale.ROOT);
		if (!catalog.indicators().containsKey(code)) {
			return rejected(row, "indicator", indicator, Reason.UNKNOWN_INDICATOR,
					messages.get("problem.UNKNOWN_INDICATOR", Problem.quote(indicator)));
		}
		String yearText = row.get("year");
		if (Text.isBlank(yearText)) {
			return rejected(row, "year", null, Reason.BAD_YEAR, messages.get("history.missingYear", term.first()));
		}
		int figureYear;
		try {
			figureYear = Integer.parseInt(yearText.strip());
		}
		catch (NumberFormatException ex) {
			return rejected(row, "year", yearText, Reason.BAD_YEAR,
					messages.get("problem.BAD_YEAR", Problem.quote(yearText), term.first()));
		}
		if (!term.contains(figureYear)) {
			return rejected(row, "year", yearText, Reason.WRONG_YEAR, messages.get("history.outsideTerm",
					String.valueOf(figureYear), String.valueOf(term.first()), String.valueOf(term.last())));
		}
		if (figureYear >= year) {
			return rejected(row, "year", yearText, Reason.WRONG_YEAR,
					messages.get("history.notBefore", String.valueOf(figureYear), String.valueOf(year)));
		}
		String value = row.get("value");
		if (Text.isBlank(value)) {
			return rejected(row, "value", null, Reason.BAD_NUMBER, messages.get("history.missingValue"));
		}
		if (style.parse(value) == null) {
			return rejected(row, "value", value, Reason.BAD_NUMBER,
					messages.get("problem.BAD_NUMBER", Problem.quote(value),
							messages.get("numberStyle." + style.name(), style.example()), style.example()));
		}
		Long first = seen.putIfAbsent(code + "/" + figureYear, row.line());
		if (first != null) {
			return rejected(row, "year", yearText, Reason.DUPLICATE,
					messages.get("history.duplicate", code, String.valueOf(figureYear), first));
		}
		return null;
	}

	private static Problem rejected(ReferenceFile.Row row, String column, String value, Reason reason, String message) {
		return new Problem(Problem.Severity.ERROR, row.line(), row.header(column), value, reason, message);
	}

}
