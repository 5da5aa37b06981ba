package vn.yearendreview.submission.narrative;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.StagedPoint;
import vn.yearendreview.model.Text;
import vn.yearendreview.submission.kind.LegacyTextDetector;
import vn.yearendreview.submission.kind.RecordChecks;
import vn.yearendreview.submission.kind.SourceRecord;

/**
 * Checks one narrative point: the department and year as for figures, a field and a kind
 * it names, a paragraph that is not empty and not longer than the review can print, and
 * an order that is a whole number. The paragraph is kept as written, in NFC.
 */
public final class NarrativeValidator extends RecordChecks<StagedPoint> {

	/** The longest paragraph accepted (DESIGN.md 9.1). */
	public static final int MAX_TEXT = 2_000;

	private static final Pattern ORDER = Pattern.compile("\\d{1,6}");

	public NarrativeValidator(Catalog catalog, Messages messages, int exampleYear) {
		super(catalog, messages, exampleYear, NarrativeColumn.DEPARTMENT, NarrativeColumn.YEAR);
	}

	@Override
	public StagedPoint checkCells(SourceRecord record, List<Problem> problems) {
		String department = code(record, NarrativeColumn.DEPARTMENT, Reason.MISSING_DEPARTMENT, Reason.BAD_DEPARTMENT,
				problems);
		Integer year = year(record, problems);
		IndicatorGroup group = group(record, problems);
		PointKind kind = kind(record, problems);
		String text = text(record, problems);
		Integer order = order(record, problems);
		checkKnownDepartment(record, department, problems);
		Reason reason = problems.stream().filter(Problem::isError).map(Problem::reason).findFirst().orElse(null);
		return new StagedPoint(record.profile().fileNo(), record.line(), reason, department, year, group, kind, text,
				order, problems);
	}

	private IndicatorGroup group(SourceRecord record, List<Problem> problems) {
		String value = record.cell(NarrativeColumn.GROUP);
		if (Text.isBlank(value)) {
			problems.add(error(record, NarrativeColumn.GROUP, null, Reason.MISSING_GROUP));
			return null;
		}
		Optional<IndicatorGroup> group = IndicatorGroup.fromText(value);
		if (group.isEmpty()) {
			problems.add(error(record, NarrativeColumn.GROUP, value, Reason.BAD_GROUP, value));
		}
		return group.orElse(null);
	}

	private PointKind kind(SourceRecord record, List<Problem> problems) {
		String value = record.cell(NarrativeColumn.KIND);
		if (Text.isBlank(value)) {
			problems.add(error(record, NarrativeColumn.KIND, null, Reason.MISSING_KIND));
			return null;
		}
		Optional<PointKind> kind = PointKind.of(value);
		if (kind.isEmpty()) {
			problems.add(error(record, NarrativeColumn.KIND, value, Reason.BAD_KIND, value));
		}
		return kind.orElse(null);
	}

	private String text(SourceRecord record, List<Problem> problems) {
		String value = record.cell(NarrativeColumn.TEXT);
		if (Text.isBlank(value)) {
			problems.add(error(record, NarrativeColumn.TEXT, null, Reason.MISSING_TEXT));
			return null;
		}
		String text = Text.nfc(value).strip();
		if (text.length() > MAX_TEXT) {
			problems.add(error(record, NarrativeColumn.TEXT, value, Reason.TEXT_TOO_LONG, String.valueOf(text.length()),
					String.valueOf(MAX_TEXT)));
			return null;
		}
		if (LegacyTextDetector.hasLegacySymbols(text)) {
			problems.add(errorWith("problem.LEGACY_FONT.row", record, NarrativeColumn.TEXT, value, Reason.LEGACY_FONT,
					value));
			return null;
		}
		return text;
	}

	private Integer order(SourceRecord record, List<Problem> problems) {
		String value = record.cell(NarrativeColumn.ORDER);
		if (Text.isBlank(value)) {
			return null;
		}
		String trimmed = value.strip();
		if (!ORDER.matcher(trimmed).matches()) {
			problems.add(error(record, NarrativeColumn.ORDER, value, Reason.BAD_ORDER, value));
			return null;
		}
		return Integer.valueOf(trimmed);
	}

	@Override
	public StagedPoint rejected(SourceRecord record, Reason reason, List<Problem> problems) {
		return new StagedPoint(record.profile().fileNo(), record.line(), reason, departmentOf(record), null, null, null,
				null, null, problems);
	}

}
