package vn.yearendreview.staging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;

/**
 * What the checks that need every row read and change in the staging tables: counts of
 * the rows by file, department and year; the rows to reject; the counts once decided. The
 * rules themselves are the checks' own.
 */
public class CheckQueries {

	private final JdbcTemplate jdbc;

	private final StagingRepository staging;

	public CheckQueries(JdbcTemplate jdbc, StagingRepository staging) {
		this.jdbc = jdbc;
		this.staging = staging;
	}

	/**
	 * The rows read, counted by file, department, whether accepted so far, and year, with
	 * what their file's kind tells the checks.
	 * @param instance the job instance
	 * @return the counts
	 */
	public List<RowGroup> rowGroups(long instance) {
		return this.jdbc.query("""
				SELECT r.FILE_NO, r.DEPARTMENT, r.ACCEPTED, r.REPORTED_YEAR, COUNT(*), f.ROWS_EXPECTED, f.YEAR_OFFSET
				FROM YR_ROW r JOIN YR_FILE f ON f.INSTANCE_ID = r.INSTANCE_ID AND f.FILE_NO = r.FILE_NO
				WHERE r.INSTANCE_ID = ?
				GROUP BY r.FILE_NO, r.DEPARTMENT, r.ACCEPTED, r.REPORTED_YEAR, f.ROWS_EXPECTED, f.YEAR_OFFSET""",
				(rs, n) -> new RowGroup(rs.getInt(1), rs.getString(2), rs.getBoolean(3), (Integer) rs.getObject(4),
						rs.getLong(5), rs.getBoolean(6), rs.getInt(7)),
				instance);
	}

	/**
	 * The accepted rows that report another year than their kind's: the year under
	 * review, or as many years after it as the kind's year offset. A page of them at a
	 * time, in file and line order: the rows of one file after a line, so that no answer
	 * grows with the input.
	 * @param instance the job instance
	 * @param year the year under review
	 * @param fileNo the file
	 * @param afterLine the last line of the page before, 0 for the first page
	 * @param pageSize the most rows of the page
	 * @return each row with its file's year column
	 */
	public List<OtherYearRow> rowsOfOtherYears(long instance, int year, int fileNo, long afterLine, int pageSize) {
		return this.jdbc.query(
				"""
						SELECT r.FILE_NO, r.LINE, r.DEPARTMENT, r.REPORTED_YEAR, f.YEAR_HEADER, f.SUBMISSION_KIND,
							f.YEAR_OFFSET FROM YR_ROW r
						JOIN YR_FILE f ON f.INSTANCE_ID = r.INSTANCE_ID AND f.FILE_NO = r.FILE_NO
						WHERE r.INSTANCE_ID = ? AND r.FILE_NO = ? AND r.LINE > ? AND r.ACCEPTED
							AND r.REPORTED_YEAR <> ? + f.YEAR_OFFSET
						ORDER BY r.INSTANCE_ID, r.FILE_NO, r.LINE LIMIT ?""", (rs, n) -> new OtherYearRow(rs.getInt(1),
						rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getInt(7)),
				instance, fileNo, afterLine, year, pageSize);
	}

	/**
	 * The files of an instance with the headers their rows' problems name.
	 * @param instance the job instance
	 * @return each file, in file order
	 */
	public List<FileHeaders> fileHeaders(long instance) {
		return this.jdbc.query(
				"SELECT FILE_NO, FILE_NAME, KEY_HEADER FROM YR_FILE WHERE INSTANCE_ID = ? ORDER BY FILE_NO",
				(rs, n) -> new FileHeaders(rs.getInt(1), rs.getString(2), rs.getString(3)), instance);
	}

	/**
	 * Hands the key of every accepted row to a consumer, in file and line order, reading
	 * the rows once.
	 * @param instance the job instance
	 * @param consumer receives each row's place and key
	 */
	public void forEachAcceptedKey(long instance, KeyConsumer consumer) {
		this.jdbc.query("""
				SELECT FILE_NO, LINE, DEPARTMENT, INDICATOR FROM YR_ROW
				WHERE INSTANCE_ID = ? AND ACCEPTED AND INDICATOR IS NOT NULL ORDER BY INSTANCE_ID, FILE_NO, LINE""",
				(rs) -> {
					consumer.accept(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4));
				}, instance);
	}

	/**
	 * The figures of a row, numbers by value ({@code 9,40} is {@code 9,4}): what two rows
	 * of one department and indicator must share to be the same row sent twice.
	 * @param instance the job instance
	 * @param fileNo the row's file
	 * @param line the row's line
	 * @return actual, previous and plan
	 */
	public Figures figures(long instance, int fileNo, long line) {
		return this.jdbc.queryForObject("""
				SELECT ACTUAL, PREVIOUS, PLAN, NOTE FROM YR_ROW WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE = ?""",
				(rs, n) -> new Figures(byValue(rs.getString(1)), byValue(rs.getString(2)), rs.getString(3),
						rs.getString(4)),
				instance, fileNo, line);
	}

	private static BigDecimal byValue(String number) {
		return (number != null) ? new BigDecimal(number).stripTrailingZeros() : null;
	}

	/**
	 * Rejects rows that the checks refuse, each with its problem.
	 * @param instance the job instance
	 * @param rejections the rows and why
	 */
	public void reject(long instance, List<Rejection> rejections) {
		if (rejections.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(
				"UPDATE YR_ROW SET ACCEPTED = FALSE, REASON_CODE = ? WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE = ?",
				rejections.stream()
					.map((rejection) -> new Object[] { rejection.problem().reason().name(), instance,
							rejection.fileNo(), rejection.problem().line() })
					.toList());
		addProblems(instance, rejections);
	}

	/**
	 * The accepted task registrations whose matter was registered more than once for the
	 * same month, by the same department or another: the rows of one matter one after the
	 * other, each matter's in file and line order.
	 * @param instance the job instance
	 * @param consumer receives each with its place, department, month and file
	 */
	public void forEachTaskRegisteredByOthers(long instance, Consumer<SharedTask> consumer) {
		this.jdbc.query(
				"""
						SELECT t.CONTENT_KEY, t.FILE_NO, t.LINE, r.DEPARTMENT, t.MONTH_NO, t.QUARTER_NO, f.FILE_NAME, f.KEY_HEADER,
							t.TASK_LEVEL, t.LEAD_BODY, t.SUPPORT, t.PRODUCT
						FROM YR_TASK t
						JOIN YR_ROW r ON r.INSTANCE_ID = t.INSTANCE_ID AND r.FILE_NO = t.FILE_NO AND r.LINE = t.LINE
						JOIN YR_FILE f ON f.INSTANCE_ID = t.INSTANCE_ID AND f.FILE_NO = t.FILE_NO
						WHERE t.INSTANCE_ID = ? AND r.ACCEPTED AND t.CONTENT_KEY IN (
							SELECT t2.CONTENT_KEY FROM YR_TASK t2
							JOIN YR_ROW r2 ON r2.INSTANCE_ID = t2.INSTANCE_ID AND r2.FILE_NO = t2.FILE_NO AND r2.LINE = t2.LINE
							WHERE t2.INSTANCE_ID = ? AND r2.ACCEPTED
							GROUP BY t2.CONTENT_KEY HAVING COUNT(*) > 1)
						ORDER BY t.CONTENT_KEY, t.FILE_NO, t.LINE""",
				(rs) -> {
					consumer.accept(new SharedTask(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
							rs.getInt(5), (Integer) rs.getObject(6), rs.getString(7), rs.getString(8),
							String.join("\u001F", String.valueOf(rs.getString(9)), String.valueOf(rs.getString(10)),
									String.valueOf(rs.getString(11)), String.valueOf(rs.getString(12)))));
				}, instance, instance);
	}

	/**
	 * An accepted task registration whose matter was registered more than once.
	 *
	 * @param contentKey the matter and month, as {@code YR_TASK.CONTENT_KEY}
	 * @param fileNo its file
	 * @param line its line
	 * @param department its department
	 * @param month its month
	 * @param quarter its quarter, {@code null} for a month
	 * @param fileName its file's name
	 * @param contentHeader its file's content column as written
	 * @param details what else the registration says (level, lead, support, product), for
	 * telling a matter sent twice from two versions of it
	 */
	public record SharedTask(long contentKey, int fileNo, long line, String department, int month, Integer quarter,
			String fileName, String contentHeader, String details) {

	}

	/**
	 * Hands every accepted figure with what its plausibility is judged by to a consumer,
	 * indicator by indicator, so that the departments reporting one indicator come
	 * together.
	 * @param instance the job instance
	 * @param year the year under review, whose previous year the history may give
	 * @param consumer receives each figure
	 */
	public void forEachFigureByIndicator(long instance, int year, Consumer<FigureToCheck> consumer) {
		this.jdbc.query("""
				SELECT r.FILE_NO, r.LINE, r.DEPARTMENT, r.INDICATOR, COALESCE(NULLIF(c.UNIT, ''), r.UNIT), r.ACTUAL,
					COALESCE(r.PREVIOUS, h.VAL), r.PLAN, c.MAX_CHANGE, COALESCE(c.BOUNDED, FALSE), f.ACTUAL_HEADER,
					CASE WHEN r.PREVIOUS IS NOT NULL THEN f.PREVIOUS_HEADER END
				FROM YR_ROW r
				JOIN YR_FILE f ON f.INSTANCE_ID = r.INSTANCE_ID AND f.FILE_NO = r.FILE_NO
				LEFT JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR
				LEFT JOIN YR_HISTORY h ON h.INSTANCE_ID = r.INSTANCE_ID AND h.INDICATOR = r.INDICATOR AND h.YEAR = ?
				WHERE r.INSTANCE_ID = ? AND r.ACCEPTED AND r.INDICATOR IS NOT NULL AND r.ACTUAL IS NOT NULL
				ORDER BY r.INDICATOR, r.FILE_NO, r.LINE""",
				(RowCallbackHandler) (rs) -> consumer.accept(new FigureToCheck(rs.getInt(1), rs.getLong(2),
						rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
						rs.getString(8), rs.getString(9), rs.getBoolean(10), rs.getString(11), rs.getString(12))),
				year - 1, instance);
	}

	/**
	 * An accepted figure and what its plausibility is judged by.
	 *
	 * @param fileNo its file
	 * @param line its line
	 * @param department its department
	 * @param indicator its indicator
	 * @param unit its unit, the catalog's when given
	 * @param actual the year's figure, plain decimal text
	 * @param previous last year's figure, the history's when the row gives none; may be
	 * {@code null}
	 * @param plan the plan's canonical text, may be {@code null}
	 * @param maxChange the catalog's largest change in percent, {@code null} for the
	 * default
	 * @param bounded whether the catalog bounds the percentage
	 * @param actualHeader the header of the year's figure in its file
	 * @param previousHeader the header of last year's figure in its file, {@code null}
	 * when last year's figure comes from the history
	 */
	public record FigureToCheck(int fileNo, long line, String department, String indicator, String unit, String actual,
			String previous, String plan, String maxChange, boolean bounded, String actualHeader,
			String previousHeader) {

	}

	/**
	 * Files problems about accepted rows, which stay accepted.
	 * @param instance the job instance
	 * @param findings each row's problem
	 */
	public void addProblems(long instance, List<Rejection> findings) {
		if (findings.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("""
				INSERT INTO YR_PROBLEM (INSTANCE_ID, FILE_NO, LINE, SEQ, SEVERITY, COLUMN_NAME, CELL_VALUE, REASON_CODE,
					MESSAGE, DEPARTMENT)
				VALUES (?, ?, ?, 100, ?, ?, ?, ?, ?, ?)""", findings.stream().map((rejection) -> {
			Problem problem = rejection.problem();
			return new Object[] { instance, rejection.fileNo(), problem.line(), problem.severity().name(),
					problem.column(), problem.value(), problem.reason().name(), problem.message(),
					rejection.department() };
		}).toList());
	}

	/**
	 * Drops the warnings of a kind about rows that were then rejected: a warning about a
	 * row that does not count says nothing.
	 * @param instance the job instance
	 * @param rejections the rejected rows
	 * @param reason the kind of warning
	 */
	public void dropWarnings(long instance, List<Rejection> rejections, Reason reason) {
		this.jdbc.batchUpdate(
				"DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE = ? AND REASON_CODE = ?",
				rejections.stream()
					.map((rejection) -> new Object[] { instance, rejection.fileNo(), rejection.problem().line(),
							reason.name() })
					.toList());
	}

	/**
	 * Stores what each file and each department's part of it holds, as decided.
	 * @param instance the job instance
	 * @param counts rows read and accepted by file and department (a {@code null}
	 * department for rows without a readable code)
	 */
	public void storeCounts(long instance, List<FileDepartmentCount> counts) {
		this.jdbc.update("UPDATE YR_FILE SET ROWS_READ = 0, ROWS_ACCEPTED = 0 WHERE INSTANCE_ID = ?", instance);
		this.jdbc.batchUpdate("""
				UPDATE YR_FILE SET ROWS_READ = ROWS_READ + ?, ROWS_ACCEPTED = ROWS_ACCEPTED + ?
				WHERE INSTANCE_ID = ? AND FILE_NO = ?""",
				counts.stream()
					.map((count) -> new Object[] { count.read(), count.accepted(), instance, count.fileNo() })
					.toList());
		this.jdbc.update("DELETE FROM YR_FILE_DEPARTMENT WHERE INSTANCE_ID = ?", instance);
		this.jdbc.batchUpdate("""
				INSERT INTO YR_FILE_DEPARTMENT (INSTANCE_ID, DEPARTMENT, FILE_NO, ROWS_READ, ROWS_ACCEPTED)
				VALUES (?, ?, ?, ?, ?)""",
				counts.stream()
					.filter((count) -> count.department() != null)
					.map((count) -> new Object[] { instance, count.department(), count.fileNo(), count.read(),
							count.accepted() })
					.toList());
	}

	/**
	 * Indexes the rows by department (see
	 * {@link StagingRepository#indexRowsByDepartment}).
	 * @param instance the job instance
	 */
	public void indexRowsByDepartment(long instance) {
		this.staging.indexRowsByDepartment(instance);
	}

	/**
	 * The catalog indicators without a department in charge that more than one department
	 * reports.
	 * @param instance the job instance
	 * @return each with two of its departments, in code order
	 */
	public List<SharedIndicator> indicatorsWithoutOwnerReportedBySeveral(long instance) {
		Long ownerless = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM YR_CATALOG_INDICATOR WHERE INSTANCE_ID = ? AND COALESCE(DEPARTMENT, '') = ''""",
				Long.class, instance);
		if (ownerless == null || ownerless == 0) {
			return List.of();
		}
		return this.jdbc.query("""
				SELECT r.INDICATOR, MIN(r.DEPARTMENT), MAX(r.DEPARTMENT) FROM YR_ROW r
				JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR
				WHERE r.INSTANCE_ID = ? AND r.ACCEPTED AND COALESCE(c.DEPARTMENT, '') = ''
				GROUP BY r.INDICATOR HAVING MIN(r.DEPARTMENT) <> MAX(r.DEPARTMENT) ORDER BY r.INDICATOR""",
				(rs, n) -> new SharedIndicator(rs.getString(1), rs.getString(2), rs.getString(3)), instance);
	}

	/**
	 * Marks catalog indicators whose figure no single department gives: the review takes
	 * none of theirs.
	 * @param instance the job instance
	 * @param indicators the indicator codes
	 */
	public void markShared(long instance, List<String> indicators) {
		this.jdbc.update("UPDATE YR_CATALOG_INDICATOR SET SHARED = FALSE WHERE INSTANCE_ID = ?", instance);
		for (int from = 0; from < indicators.size(); from += 1_000) {
			List<String> some = indicators.subList(from, Math.min(indicators.size(), from + 1_000));
			List<Object> arguments = new ArrayList<>(some.size() + 1);
			arguments.add(instance);
			arguments.addAll(some);
			this.jdbc.update("UPDATE YR_CATALOG_INDICATOR SET SHARED = TRUE WHERE INSTANCE_ID = ? AND INDICATOR IN ("
					+ String.join(", ", Collections.nCopies(some.size(), "?")) + ")", arguments.toArray());
		}
	}

	/**
	 * The expected departments with no row at all.
	 * @param instance the job instance
	 * @return each code and name, in code order
	 */
	public List<ResultQueries.Department> expectedWithoutRows(long instance) {
		return this.jdbc.query("""
				SELECT d.DEPARTMENT, d.NAME FROM YR_DEPARTMENT d
				WHERE d.INSTANCE_ID = ? AND d.EXPECTED AND NOT EXISTS (SELECT 1 FROM YR_FILE_DEPARTMENT f
					JOIN YR_FILE k ON k.INSTANCE_ID = f.INSTANCE_ID AND k.FILE_NO = f.FILE_NO
					WHERE f.INSTANCE_ID = d.INSTANCE_ID AND f.DEPARTMENT = d.DEPARTMENT AND k.ROWS_EXPECTED)
				ORDER BY d.DEPARTMENT""", (rs, n) -> new ResultQueries.Department(rs.getString(1), rs.getString(2)),
				instance);
	}

	/**
	 * Replaces the problems of a kind that concern no file (a department that sent
	 * nothing, an indicator without a department in charge).
	 * @param instance the job instance
	 * @param reason the kind
	 * @param problems the problems now found
	 */
	public void replaceRunProblems(long instance, Reason reason, List<Problem> problems) {
		this.staging.replaceRunProblems(instance, reason, problems, Collections.nCopies(problems.size(), null));
	}

	/**
	 * Counts what was rejected, for the strict mode and the summary.
	 * @param instance the job instance
	 * @return the number of rejected rows plus rejected files without rows
	 */
	public long countRejections(long instance) {
		Long rejections = this.jdbc.queryForObject("""
				SELECT COALESCE(SUM(ROWS_READ - ROWS_ACCEPTED), 0)
					+ COALESCE(SUM(CASE WHEN REJECTED AND ROWS_READ = 0 THEN 1 ELSE 0 END), 0)
				FROM YR_FILE WHERE INSTANCE_ID = ?""", Long.class, instance);
		return (rejections != null) ? rejections : 0;
	}

	/** Receives the place and key of a row. */
	@FunctionalInterface
	public interface KeyConsumer {

		void accept(int fileNo, long line, String department, String indicator);

	}

	/**
	 * Rows read that share a file, department, acceptance and year.
	 *
	 * @param fileNo the file
	 * @param department the department code, {@code null} when not readable
	 * @param accepted whether accepted so far
	 * @param year the year reported, {@code null} when not readable
	 * @param rows how many
	 * @param expected whether their file is of a kind every department is expected to
	 * send (the year under review is decided from those alone)
	 * @param yearOffset how many years after the year under review their kind's records
	 * are for
	 */
	public record RowGroup(int fileNo, String department, boolean accepted, Integer year, long rows, boolean expected,
			int yearOffset) {

		/**
		 * Rows of a kind every department sends, for the year under review.
		 * @param fileNo the file
		 * @param department the department code
		 * @param accepted whether accepted so far
		 * @param year the year reported
		 * @param rows how many
		 */
		public RowGroup(int fileNo, String department, boolean accepted, Integer year, long rows) {
			this(fileNo, department, accepted, year, rows, true, 0);
		}

	}

	/**
	 * An accepted row of another year.
	 *
	 * @param fileNo its file
	 * @param line its line
	 * @param department its department
	 * @param year the year it reports
	 * @param yearHeader its file's year column as written
	 * @param kind the code of its kind of submission
	 * @param yearOffset how many years after the year under review its kind's records are
	 * for
	 */
	public record OtherYearRow(int fileNo, long line, String department, int year, String yearHeader, String kind,
			int yearOffset) {

	}

	/**
	 * A file and the header of its indicator column.
	 *
	 * @param fileNo its number
	 * @param name its name
	 * @param keyHeader its key column (the indicator of figures) as written
	 */
	public record FileHeaders(int fileNo, String name, String keyHeader) {

	}

	/**
	 * What a row reports, numbers by value.
	 *
	 * @param actual the achieved value, {@code null} when not given
	 * @param previous last year's value, {@code null} when not given
	 * @param plan the target as stored
	 * @param note the row's note, {@code null} when it has none
	 */
	public record Figures(BigDecimal actual, BigDecimal previous, String plan, String note) {

		/**
		 * The figures as one text, equal for two rows that report the same.
		 * @return the text
		 */
		public String key() {
			return plain(this.actual) + "|" + plain(this.previous) + "|" + Objects.toString(this.plan, "");
		}

		private static String plain(BigDecimal value) {
			return (value != null) ? value.toPlainString() : "";
		}

	}

	/**
	 * A row the checks reject.
	 *
	 * @param fileNo its file
	 * @param department its department
	 * @param problem why, on its line
	 */
	public record Rejection(int fileNo, String department, Problem problem) {

	}

	/**
	 * What a file holds of one department.
	 *
	 * @param fileNo the file
	 * @param department the department, {@code null} for rows without a readable code
	 * @param read rows read
	 * @param accepted rows accepted
	 */
	public record FileDepartmentCount(int fileNo, String department, long read, long accepted) {

	}

	/**
	 * An indicator without a department in charge that several departments report.
	 *
	 * @param indicator its code
	 * @param oneDepartment one of them
	 * @param anotherDepartment another
	 */
	public record SharedIndicator(String indicator, String oneDepartment, String anotherDepartment) {

	}

}
