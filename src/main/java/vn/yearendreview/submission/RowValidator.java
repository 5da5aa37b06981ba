package vn.yearendreview.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.yearendreview.Messages;
import vn.yearendreview.evaluation.TargetParser;
import vn.yearendreview.evaluation.Target;

/**
 * Checks one record of a submission against the contract and the catalog and turns it
 * into a staged row: accepted with exact values, or rejected with every problem found,
 * each naming its column and saying what to do. Rules that need the other rows (the year
 * under review, duplicates) are applied after all files are read.
 */
final class RowValidator implements SubmissionKind.RecordChecker {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]{0,31}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	/** How many distinct plan texts are remembered, per number style. */
	private static final int PLANS_REMEMBERED = 10_000;

	private final Catalog catalog;

	private final Messages messages;

	/**
	 * Plan texts already parsed: every department writes the same plan for an indicator,
	 * so a file of a thousand rows holds few distinct ones.
	 */
	private final Map<NumberStyle, Map<String, Optional<Target>>> plans = new EnumMap<>(NumberStyle.class);

	private final int exampleYear;

	/**
	 * Creates a validator; not safe for use by several threads at once.
	 * @param catalog the catalog
	 * @param messages the messages
	 * @param exampleYear the year that messages give as an example: the year under review
	 * when asked for
	 */
	public RowValidator(Catalog catalog, Messages messages, int exampleYear) {
		this.catalog = catalog;
		this.messages = messages;
		this.exampleYear = exampleYear;
	}

	/**
	 * Checks a record.
	 * @param record the record as read
	 * @return the staged row
	 */
	@Override
	public StagedRow check(SourceRecord record) {
		FileProfile profile = record.profile();
		if (profile.rejected()) {
			return rejected(record, Reason.FILE_REJECTED, List.of());
		}
		if (record.defect() != null) {
			Reason reason = Reason.valueOf(record.defect().name());
			String header = record.headerAt(record.defectCell());
			return rejected(record, reason, List.of(new Problem(Problem.Severity.ERROR, record.line(), header, null,
					reason, this.messages.get("problem." + reason.name()))));
		}
		List<Problem> problems = new ArrayList<>();
		checkFieldCount(record, problems);
		if (!problems.isEmpty()) {
			return rejected(record, Reason.FIELD_COUNT, problems);
		}
		String department = code(record, FigureColumn.DEPARTMENT, Reason.MISSING_DEPARTMENT, Reason.BAD_DEPARTMENT,
				problems);
		String indicator = code(record, FigureColumn.INDICATOR, Reason.MISSING_INDICATOR, Reason.BAD_INDICATOR,
				problems);
		Integer year = year(record, problems);
		Optional<CatalogIndicator> entry = Optional.empty();
		if (indicator != null) {
			entry = this.catalog.indicator(indicator);
			if (entry.isEmpty() && this.catalog.hasIndicators()) {
				problems.add(error(record, FigureColumn.INDICATOR, record.cell(FigureColumn.INDICATOR),
						Reason.UNKNOWN_INDICATOR, indicator));
			}
		}
		String name = record.cell(FigureColumn.NAME);
		if (Text.isBlank(name) && entry.isEmpty() && indicator != null && !this.catalog.hasIndicators()) {
			problems.add(error(record, FigureColumn.NAME, null, Reason.MISSING_NAME, indicator));
		}
		Target plan = plan(record, indicator, entry, problems);
		BigDecimal actual = number(record, FigureColumn.ACTUAL, problems);
		BigDecimal previous = number(record, FigureColumn.PREVIOUS, problems);
		if (department != null && !this.catalog.departments().isEmpty()
				&& this.catalog.department(department).isEmpty()) {
			problems.add(new Problem(Problem.Severity.WARNING, record.line(), profile.headerOf(FigureColumn.DEPARTMENT),
					department, Reason.UNKNOWN_DEPARTMENT,
					this.messages.get("problem.UNKNOWN_DEPARTMENT", department)));
		}
		checkLegacyText(record, problems);
		Reason reason = problems.stream().filter(Problem::isError).map(Problem::reason).findFirst().orElse(null);
		return new StagedRow(profile.fileNo(), record.line(), reason, department, year, indicator,
				Text.isBlank(name) ? null : name, blankToNull(record.cell(FigureColumn.UNIT)), plan, actual, previous,
				blankToNull(record.cell(FigureColumn.NOTE)), problems);
	}

	/**
	 * Refuses a row whose name or unit, or a word of its note, is in a legacy font
	 * encoding: whatever else the file holds, that text would reach the committee's
	 * documents unreadable.
	 */
	private void checkLegacyText(SourceRecord record, List<Problem> problems) {
		for (FigureColumn column : List.of(FigureColumn.NAME, FigureColumn.UNIT, FigureColumn.NOTE)) {
			String text = record.cell(column);
			boolean legacy = (column == FigureColumn.NOTE) ? LegacyTextDetector.hasLegacySymbols(text)
					: LegacyTextDetector.hasForeignLetters(text);
			if (legacy) {
				problems.add(errorWith("problem.LEGACY_FONT.row", record, column, text, Reason.LEGACY_FONT, text));
				return;
			}
		}
	}

	private void checkFieldCount(SourceRecord record, List<Problem> problems) {
		int width = record.profile().header().size();
		int size = record.cells().size();
		if (size < width || size > Math.max(width, record.profile().headerWidth())) {
			String column = (size < width) ? record.headerAt(size)
					: this.messages.get("check.extraColumn", Math.max(width, record.profile().headerWidth()) + 1);
			problems.add(new Problem(Problem.Severity.ERROR, record.line(), column, null, Reason.FIELD_COUNT,
					this.messages.get("problem.FIELD_COUNT", size, width, record.profile().delimiter())));
		}
	}

	private String code(SourceRecord record, FigureColumn column, Reason missing, Reason bad, List<Problem> problems) {
		String value = record.cell(column);
		if (Text.isBlank(value)) {
			String example = (column == FigureColumn.DEPARTMENT) ? departmentExample(record.profile().fileName())
					: this.catalog.indicators().keySet().stream().findFirst().orElse(null);
			problems.add(error(record, column, null, missing,
					(example != null) ? this.messages.get("problem.example", example) : ""));
			return null;
		}
		if (!CODE.matcher(value).matches()) {
			problems.add(error(record, column, value, bad, value));
			return null;
		}
		return value.toUpperCase(Locale.ROOT);
	}

	/**
	 * The department code a message gives as an example: the department whose own file
	 * this is, when the catalog knows it (or there is no list of departments).
	 */
	private String departmentExample(String fileName) {
		String stem = fileName.split("[-_. ]", 2)[0].toUpperCase(Locale.ROOT);
		if (!CODE.matcher(stem).matches()) {
			return null;
		}
		boolean known = this.catalog.departments().isEmpty() || this.catalog.department(stem).isPresent();
		return known ? stem : null;
	}

	private Integer year(SourceRecord record, List<Problem> problems) {
		String value = record.cell(FigureColumn.YEAR);
		if (Text.isBlank(value)) {
			problems.add(error(record, FigureColumn.YEAR, null, Reason.MISSING_YEAR, String.valueOf(this.exampleYear)));
			return null;
		}
		if (!YEAR.matcher(value).matches()) {
			problems
				.add(error(record, FigureColumn.YEAR, value, Reason.BAD_YEAR, value, String.valueOf(this.exampleYear)));
			return null;
		}
		return Integer.valueOf(value);
	}

	private Target plan(SourceRecord record, String indicator, Optional<CatalogIndicator> entry,
			List<Problem> problems) {
		String text = record.cell(FigureColumn.PLAN);
		NumberStyle style = record.profile().numberStyle();
		Target submitted = Text.isBlank(text) ? null : parseTarget(text, style).orElse(null);
		Target catalogPlan = entry.map(CatalogIndicator::plan).orElse(null);
		if (catalogPlan != null) {
			if (!Text.isBlank(text) && (submitted == null || !sameTarget(submitted, catalogPlan))) {
				problems.add(new Problem(Problem.Severity.WARNING, record.line(),
						record.profile().headerOf(FigureColumn.PLAN), text, Reason.PLAN_DIFFERS, this.messages
							.get("problem.PLAN_DIFFERS", Problem.quote(text), indicator, catalogPlan.canonical())));
			}
			return catalogPlan;
		}
		if (!Text.isBlank(text) && submitted == null) {
			problems.add(error(record, FigureColumn.PLAN, text, Reason.BAD_TARGET, text, styleName(style)));
		}
		else if (submitted == null && indicator != null && (entry.isPresent() || !this.catalog.hasIndicators())) {
			problems.add(error(record, FigureColumn.PLAN, null, Reason.MISSING_PLAN, indicator));
		}
		return submitted;
	}

	private Optional<Target> parseTarget(String text, NumberStyle style) {
		Map<String, Optional<Target>> parsed = this.plans.computeIfAbsent(style,
				(key) -> new LinkedHashMap<>(256, 0.75f, true) {

					@Override
					protected boolean removeEldestEntry(Map.Entry<String, Optional<Target>> eldest) {
						return size() > PLANS_REMEMBERED;
					}

				});
		return parsed.computeIfAbsent(text, (key) -> TargetParser.parse(key, style));
	}

	private BigDecimal number(SourceRecord record, FigureColumn column, List<Problem> problems) {
		String text = record.cell(column);
		if (Text.isBlank(text)) {
			return null;
		}
		NumberStyle style = record.profile().numberStyle();
		BigDecimal value = style.parse(text);
		if (value == null && NumberStyle.hasTooManyDigits(text)) {
			problems.add(errorWith("problem.BAD_NUMBER.tooLong", record, column, text, Reason.BAD_NUMBER, text,
					String.valueOf(NumberStyle.MAX_INTEGER_DIGITS), String.valueOf(NumberStyle.MAX_DECIMALS)));
		}
		else if (value == null) {
			problems.add(error(record, column, text, Reason.BAD_NUMBER, text, styleName(style), style.example()));
		}
		return value;
	}

	private String styleName(NumberStyle style) {
		return this.messages.get("numberStyle." + style.name(), style.example());
	}

	private static boolean sameTarget(Target a, Target b) {
		return a.kind() == b.kind() && a.low().compareTo(b.low()) == 0 && a.high().compareTo(b.high()) == 0;
	}

	private static String blankToNull(String text) {
		return Text.isBlank(text) ? null : text;
	}

	private Problem error(SourceRecord record, FigureColumn column, String value, Reason reason, String... args) {
		return errorWith("problem." + reason.name(), record, column, value, reason, args);
	}

	private Problem errorWith(String messageKey, SourceRecord record, FigureColumn column, String value, Reason reason,
			String... args) {
		String header = (column != null) ? record.profile().headerOf(column) : null;
		Object[] quoted = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			quoted[i] = Problem.quote(args[i]);
		}
		return new Problem(Problem.Severity.ERROR, record.line(), header, value, reason,
				this.messages.get(messageKey, quoted));
	}

	private static StagedRow rejected(SourceRecord record, Reason reason, List<Problem> problems) {
		String department = record.cell(FigureColumn.DEPARTMENT);
		String code = (department != null && CODE.matcher(department).matches()) ? department.toUpperCase(Locale.ROOT)
				: null;
		return new StagedRow(record.profile().fileNo(), record.line(), reason, code, null, null, null, null, null, null,
				null, null, problems);
	}

}
