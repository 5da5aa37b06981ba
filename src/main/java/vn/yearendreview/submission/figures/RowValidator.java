package vn.yearendreview.submission.figures;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogIndicator;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NumberStyle;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.StagedRow;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TargetParser;
import vn.yearendreview.model.Text;
import vn.yearendreview.submission.kind.FileProfile;
import vn.yearendreview.submission.kind.LegacyTextDetector;
import vn.yearendreview.submission.kind.RecordChecks;
import vn.yearendreview.submission.kind.SourceRecord;

/**
 * Checks one record of a submission against the contract and the catalog and turns it
 * into a staged row: accepted with exact values, or rejected with every problem found,
 * each naming its column and saying what to do. Rules that need the other rows (the year
 * under review, duplicates) are applied after all files are read.
 */
public final class RowValidator extends RecordChecks<StagedRow> {

	/** How many distinct plan texts are remembered, per number style. */
	private static final int PLANS_REMEMBERED = 10_000;

	/**
	 * Plan texts already parsed: every department writes the same plan for an indicator,
	 * so a file of a thousand rows holds few distinct ones.
	 */
	private final Map<NumberStyle, Map<String, Optional<Target>>> plans = new EnumMap<>(NumberStyle.class);

	/**
	 * Creates a validator; not safe for use by several threads at once.
	 * @param catalog the catalog
	 * @param messages the messages
	 * @param exampleYear the year that messages give as an example: the year under review
	 * when asked for
	 */
	public RowValidator(Catalog catalog, Messages messages, int exampleYear) {
		super(catalog, messages, exampleYear, FigureColumn.DEPARTMENT, FigureColumn.YEAR);
	}

	@Override
	public StagedRow checkCells(SourceRecord record, List<Problem> problems) {
		FileProfile profile = record.profile();
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
		checkKnownDepartment(record, department, problems);
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

	private Target plan(SourceRecord record, String indicator, Optional<CatalogIndicator> entry,
			List<Problem> problems) {
		String text = record.cell(FigureColumn.PLAN);
		NumberStyle style = record.profile().numberStyle();
		Target submitted = Text.isBlank(text) ? null : parseTarget(text, style).orElse(null);
		Target catalogPlan = entry.map(CatalogIndicator::plan).orElse(null);
		if (catalogPlan != null) {
			if (!Text.isBlank(text) && (submitted == null || !submitted.sameAs(catalogPlan))) {
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

	@Override
	public StagedRow rejected(SourceRecord record, Reason reason, List<Problem> problems) {
		return new StagedRow(record.profile().fileNo(), record.line(), reason, departmentOf(record), null, null, null,
				null, null, null, null, null, problems);
	}

}
