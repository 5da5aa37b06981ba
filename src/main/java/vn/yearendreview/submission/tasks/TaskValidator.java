package vn.yearendreview.submission.tasks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.HeaderMatcher;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.StagedTask;
import vn.yearendreview.model.TaskLevel;
import vn.yearendreview.model.Text;
import vn.yearendreview.submission.kind.LegacyTextDetector;
import vn.yearendreview.submission.kind.RecordChecks;
import vn.yearendreview.submission.kind.SourceRecord;

/**
 * Checks one task registration: the department and year as for figures (the year is
 * compared with the year after the one under review once that is known), a month from 1
 * to 12 or a quarter, a level of the committee, a matter that is not empty and not longer
 * than a table cell can print, and optional bodies and product of bounded length. The
 * words are kept as written, in NFC.
 */
public final class TaskValidator extends RecordChecks<StagedTask> {

	/** The longest matter accepted. */
	public static final int MAX_CONTENT = 2_000;

	/** The longest lead, support or product accepted. */
	public static final int MAX_DETAIL = 500;

	/** The first month a task may be registered for. */
	public static final int FIRST_MONTH = 1;

	/** The last month a task may be registered for. */
	public static final int LAST_MONTH = 12;

	private static final Pattern MONTH = Pattern.compile("(?:thang|t)?0?(\\d{1,2})");

	private static final Pattern QUARTER = Pattern.compile("(?:quy|q)(i{1,3}|iv|[1-4])");

	public TaskValidator(Catalog catalog, Messages messages, int exampleYear) {
		super(catalog, messages, exampleYear, TaskColumn.DEPARTMENT, TaskColumn.YEAR);
	}

	@Override
	public StagedTask checkCells(SourceRecord record, List<Problem> problems) {
		String department = code(record, TaskColumn.DEPARTMENT, Reason.MISSING_DEPARTMENT, Reason.BAD_DEPARTMENT,
				problems);
		Integer year = year(record, problems);
		int[] when = when(record, problems);
		TaskLevel level = level(record, problems);
		String content = text(record, TaskColumn.CONTENT, MAX_CONTENT, true, problems);
		String lead = text(record, TaskColumn.LEAD, MAX_DETAIL, false, problems);
		String support = text(record, TaskColumn.SUPPORT, MAX_DETAIL, false, problems);
		String product = text(record, TaskColumn.PRODUCT, MAX_DETAIL, false, problems);
		checkKnownDepartment(record, department, problems);
		Reason reason = problems.stream().filter(Problem::isError).map(Problem::reason).findFirst().orElse(null);
		Integer month = (when != null) ? when[0] : null;
		Integer quarter = (when != null && when[1] > 0) ? when[1] : null;
		Long key = (reason == null) ? contentKey(month, content) : null;
		return new StagedTask(record.profile().fileNo(), record.line(), reason, department, year, month, quarter, level,
				content, lead, support, product, key, problems);
	}

	/**
	 * The month of a task, and its quarter when registered for one.
	 * @return {month, quarter or 0}, {@code null} when the cell names neither
	 */
	private int[] when(SourceRecord record, List<Problem> problems) {
		String value = record.cell(TaskColumn.MONTH);
		if (Text.isBlank(value)) {
			problems.add(error(record, TaskColumn.MONTH, null, Reason.MISSING_MONTH));
			return null;
		}
		int[] when = when(value);
		if (when == null) {
			problems.add(error(record, TaskColumn.MONTH, value, Reason.BAD_MONTH, value));
		}
		return when;
	}

	/**
	 * Reads a month ({@code 3}, {@code 03}, {@code Tháng 3}, {@code T3}) or a quarter
	 * ({@code Quý II}, {@code Q2}, {@code quý 2}), case and accents ignored.
	 * @param value the cell
	 * @return {month, 0} for a month, {first month, quarter} for a quarter, {@code null}
	 * for neither
	 */
	public static int[] when(String value) {
		String folded = HeaderMatcher.key(value);
		Matcher month = MONTH.matcher(folded);
		if (month.matches()) {
			int number = Integer.parseInt(month.group(1));
			return (number >= FIRST_MONTH && number <= LAST_MONTH) ? new int[] { number, 0 } : null;
		}
		Matcher quarter = QUARTER.matcher(folded);
		if (quarter.matches()) {
			int number = switch (quarter.group(1)) {
				case "i", "1" -> 1;
				case "ii", "2" -> 2;
				case "iii", "3" -> 3;
				default -> 4;
			};
			return new int[] { 3 * number - 2, number };
		}
		return null;
	}

	private TaskLevel level(SourceRecord record, List<Problem> problems) {
		String value = record.cell(TaskColumn.LEVEL);
		if (Text.isBlank(value)) {
			problems.add(error(record, TaskColumn.LEVEL, null, Reason.MISSING_LEVEL));
			return null;
		}
		Optional<TaskLevel> level = TaskLevel.of(value);
		if (level.isEmpty()) {
			problems.add(error(record, TaskColumn.LEVEL, value, Reason.BAD_LEVEL, value));
		}
		return level.orElse(null);
	}

	private String text(SourceRecord record, TaskColumn column, int longest, boolean required, List<Problem> problems) {
		String value = record.cell(column);
		if (Text.isBlank(value)) {
			if (required) {
				problems.add(error(record, column, null, Reason.MISSING_CONTENT));
			}
			return null;
		}
		String text = Text.nfc(value).strip();
		if (text.length() > longest) {
			problems.add(error(record, column, value, Reason.TEXT_TOO_LONG, String.valueOf(text.length()),
					String.valueOf(longest)));
			return null;
		}
		if (LegacyTextDetector.hasLegacySymbols(text)) {
			problems.add(errorWith("problem.LEGACY_FONT.row", record, column, value, Reason.LEGACY_FONT, value));
			return null;
		}
		return text;
	}

	/**
	 * A number that is the same for the same matter in the same month however it is
	 * spaced, cased or accented: the first eight bytes of the SHA-256 of both.
	 * @param month the month
	 * @param content the matter
	 * @return the number, {@code null} without a month or matter
	 */
	public static Long contentKey(Integer month, String content) {
		if (month == null || content == null) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((month + "|" + HeaderMatcher.key(content)).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public StagedTask rejected(SourceRecord record, Reason reason, List<Problem> problems) {
		return new StagedTask(record.profile().fileNo(), record.line(), reason, departmentOf(record), null, null, null,
				null, null, null, null, null, null, problems);
	}

}
