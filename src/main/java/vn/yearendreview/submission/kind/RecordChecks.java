package vn.yearendreview.submission.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NumberStyle;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Staged;
import vn.yearendreview.model.Text;

/**
 * What every kind of submission checks the same way in each record: a line the reader
 * could not take, the number of fields, the department's code and the year; and how a
 * problem names its column and says what to do.
 *
 * @param <T> the record as its kind stages it
 */
public abstract class RecordChecks<T extends Staged> implements SubmissionKind.RecordChecker {

	public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]{0,31}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	protected final Catalog catalog;

	protected final Messages messages;

	protected final int exampleYear;

	private final SubmissionColumn departmentColumn;

	private final SubmissionColumn yearColumn;

	protected RecordChecks(Catalog catalog, Messages messages, int exampleYear, SubmissionColumn departmentColumn,
			SubmissionColumn yearColumn) {
		this.catalog = catalog;
		this.messages = messages;
		this.exampleYear = exampleYear;
		this.departmentColumn = departmentColumn;
		this.yearColumn = yearColumn;
	}

	/**
	 * Checks a record: a record of a rejected file, one the reader could not take whole
	 * or one with the wrong number of fields is rejected at once; the cells of the others
	 * are checked by the kind.
	 * @param record the record as read
	 * @return the record as staged
	 */
	@Override
	public final T check(SourceRecord record) {
		if (record.profile().rejected()) {
			return rejected(record, Reason.FILE_REJECTED, List.of());
		}
		Problem defect = defect(record);
		if (defect != null) {
			return rejected(record, defect.reason(), List.of(defect));
		}
		List<Problem> problems = new ArrayList<>();
		checkFieldCount(record, problems);
		if (!problems.isEmpty()) {
			return rejected(record, Reason.FIELD_COUNT, problems);
		}
		return checkCells(record, problems);
	}

	/**
	 * Checks the cells of a record read whole.
	 * @param record the record
	 * @param problems where the problems found go, empty so far
	 * @return the record as staged, accepted or rejected
	 */
	protected abstract T checkCells(SourceRecord record, List<Problem> problems);

	/**
	 * A record rejected before its cells were checked, with what could be read of it.
	 * @param record the record
	 * @param reason why
	 * @param problems its problems
	 * @return the record as staged
	 */
	protected abstract T rejected(SourceRecord record, Reason reason, List<Problem> problems);

	/**
	 * The problem of a record the reader could not take as it is (an unclosed quote, a
	 * cell or line too long).
	 * @param record the record
	 * @return the reason and its problem, {@code null} when the record was read whole
	 */
	private Problem defect(SourceRecord record) {
		if (record.defect() == null) {
			return null;
		}
		Reason reason = Reason.valueOf(record.defect().name());
		String header = record.headerAt(record.defectCell());
		return new Problem(Problem.Severity.ERROR, record.line(), header, null, reason,
				this.messages.get("problem." + reason.name()));
	}

	/**
	 * The department code of a rejected record when it is a valid one, so that the
	 * department's evaluation lists the record.
	 * @param record the record
	 * @return the code, or {@code null}
	 */
	protected final String departmentOf(SourceRecord record) {
		String department = record.cell(this.departmentColumn);
		return (department != null && CODE.matcher(department).matches()) ? department.toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * Warns of a department the catalog does not list.
	 * @param record the record
	 * @param department its department's code
	 * @param problems where the warning goes
	 */
	protected final void checkKnownDepartment(SourceRecord record, String department, List<Problem> problems) {
		if (department != null && !this.catalog.departments().isEmpty()
				&& this.catalog.department(department).isEmpty()) {
			problems.add(new Problem(Problem.Severity.WARNING, record.line(),
					record.profile().headerOf(this.departmentColumn), department, Reason.UNKNOWN_DEPARTMENT,
					this.messages.get("problem.UNKNOWN_DEPARTMENT", department)));
		}
	}

	protected final void checkFieldCount(SourceRecord record, List<Problem> problems) {
		int width = record.profile().header().size();
		int size = record.cells().size();
		if (size < width || size > Math.max(width, record.profile().headerWidth())) {
			String column = (size < width) ? record.headerAt(size)
					: this.messages.get("check.extraColumn", Math.max(width, record.profile().headerWidth()) + 1);
			problems.add(new Problem(Problem.Severity.ERROR, record.line(), column, null, Reason.FIELD_COUNT,
					this.messages.get("problem.FIELD_COUNT", size, width, record.profile().delimiter())));
		}
	}

	protected final String code(SourceRecord record, SubmissionColumn column, Reason missing, Reason bad,
			List<Problem> problems) {
		String value = record.cell(column);
		if (Text.isBlank(value)) {
			String example = (column == this.departmentColumn) ? departmentExample(record.profile().fileName())
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

	protected final Integer year(SourceRecord record, List<Problem> problems) {
		String value = record.cell(this.yearColumn);
		if (Text.isBlank(value)) {
			problems.add(error(record, this.yearColumn, null, Reason.MISSING_YEAR, String.valueOf(this.exampleYear)));
			return null;
		}
		if (!YEAR.matcher(value).matches()) {
			problems
				.add(error(record, this.yearColumn, value, Reason.BAD_YEAR, value, String.valueOf(this.exampleYear)));
			return null;
		}
		return Integer.valueOf(value);
	}

	protected final String styleName(NumberStyle style) {
		return this.messages.get("numberStyle." + style.name(), style.example());
	}

	protected static String blankToNull(String text) {
		return Text.isBlank(text) ? null : text;
	}

	protected final Problem error(SourceRecord record, SubmissionColumn column, String value, Reason reason,
			String... args) {
		return errorWith("problem." + reason.name(), record, column, value, reason, args);
	}

	protected final Problem errorWith(String messageKey, SourceRecord record, SubmissionColumn column, String value,
			Reason reason, String... args) {
		String header = (column != null) ? record.profile().headerOf(column) : null;
		Object[] quoted = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			quoted[i] = Problem.quote(args[i]);
		}
		return new Problem(Problem.Severity.ERROR, record.line(), header, value, reason,
				this.messages.get(messageKey, quoted));
	}

}
