package vn.yearendreview.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.evaluation.Status;
import vn.yearendreview.submission.StagingRepository;

/** Reads what the earlier steps stored, for the documents. */
public class ReportData {

	/**
	 * The accepted rows with their catalog entries and department names; the conditions
	 * follow.
	 */
	private static final String REPORTED = """
			SELECT r.DEPARTMENT, COALESCE(d.NAME, r.DEPARTMENT), r.INDICATOR, COALESCE(c.NAME, r.NAME),
				COALESCE(NULLIF(c.UNIT, ''), r.UNIT), c.GROUP_CODE, COALESCE(c.GROUP_ORDER, 99), COALESCE(c.SORT_ORDER, 0),
				COALESCE(c.RESOLUTION, TRUE), r.IN_REVIEW, r.PLAN, c.PLAN_NEXT, r.ACTUAL, r.PREVIOUS, r.PERCENT_OF_PLAN,
				r.PERCENT_OF_PREVIOUS, r.STATUS, r.NOTE
			FROM YR_ROW r
			LEFT JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR
			LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = r.INSTANCE_ID AND d.DEPARTMENT = r.DEPARTMENT
			WHERE r.INSTANCE_ID = ? AND r.ACCEPTED""";

	/**
	 * The catalog indicators nobody reported, in the same columns; the conditions follow.
	 */
	private static final String UNREPORTED = """
			SELECT u.DEPARTMENT, COALESCE(d.NAME, u.DEPARTMENT), u.INDICATOR, u.NAME, u.UNIT, u.GROUP_CODE, u.GROUP_ORDER,
				u.SORT_ORDER, u.RESOLUTION, u.IN_REVIEW, u.PLAN, u.PLAN_NEXT, u.ACTUAL, u.PREVIOUS, u.PERCENT_OF_PLAN,
				u.PERCENT_OF_PREVIOUS, u.STATUS, u.NOTE
			FROM YR_RESULT u LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = u.INSTANCE_ID AND d.DEPARTMENT = u.DEPARTMENT
			WHERE u.INSTANCE_ID = ?""";

	/**
	 * The departments that get their own evaluation: every department with a row, a
	 * result or a problem (including expected departments that sent nothing), with its
	 * name; four instance parameters.
	 */
	static final String DEPARTMENTS_WITH_ROWS_OR_PROBLEMS = """
			SELECT x.DEPARTMENT, COALESCE(d.NAME, x.DEPARTMENT) FROM (
				SELECT DEPARTMENT FROM YR_FILE_DEPARTMENT WHERE INSTANCE_ID = ?
				UNION SELECT DEPARTMENT FROM YR_RESULT WHERE INSTANCE_ID = ? AND DEPARTMENT <> ''
				UNION SELECT CELL_VALUE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND REASON_CODE = 'NOT_SUBMITTED'
			) x LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = ? AND d.DEPARTMENT = x.DEPARTMENT
			ORDER BY x.DEPARTMENT""";

	/** Catalog order, then code order. */
	private static final Comparator<ResultRow> CATALOG_ORDER = Comparator.comparingInt(ResultRow::groupOrder)
		.thenComparingInt(ResultRow::sortOrder)
		.thenComparing(ResultRow::indicator);

	private final JdbcTemplate jdbc;

	private volatile Boolean hasDepartmentIndex;

	public ReportData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Streams every evaluated indicator, department by department in code order (the
	 * catalog indicators nobody reported first), each in catalog order.
	 * @param instance the job instance
	 * @param consumer receives each row
	 */
	public void forEachResult(long instance, Consumer<ResultRow> consumer) {
		List<String> departments = this.jdbc.queryForList("""
				SELECT DEPARTMENT FROM YR_FILE_DEPARTMENT WHERE INSTANCE_ID = ? AND ROWS_ACCEPTED > 0
				UNION SELECT DEPARTMENT FROM YR_RESULT WHERE INSTANCE_ID = ? ORDER BY 1""", String.class, instance,
				instance);
		for (String department : departments) {
			departmentResults(instance, department).forEach(consumer);
		}
	}

	/**
	 * The indicators of the consolidated review.
	 * @param instance the job instance
	 * @return the province-wide figures in catalog order
	 */
	public List<ResultRow> reviewResults(long instance) {
		List<ResultRow> rows = new ArrayList<>(
				this.jdbc.query(REPORTED + " AND r.IN_REVIEW", (rs, n) -> row(rs), instance));
		rows.addAll(this.jdbc.query(UNREPORTED + " AND u.IN_REVIEW", (rs, n) -> row(rs), instance));
		rows.sort(CATALOG_ORDER.thenComparing(ResultRow::department));
		return rows;
	}

	/**
	 * The results of one department: its accepted rows, read through the files it appears
	 * in (or by the index by department when files are shared), and the catalog
	 * indicators in its charge that nobody reported.
	 * @param instance the job instance
	 * @param department the department code
	 * @return its rows in catalog order
	 */
	public List<ResultRow> departmentResults(long instance, String department) {
		List<ResultRow> rows = new ArrayList<>();
		if (hasDepartmentIndex()) {
			rows.addAll(this.jdbc.query(REPORTED + " AND r.DEPARTMENT = ?", (rs, n) -> row(rs), instance, department));
		}
		else {
			for (Integer fileNo : this.jdbc.queryForList("""
					SELECT FILE_NO FROM YR_FILE_DEPARTMENT
					WHERE INSTANCE_ID = ? AND DEPARTMENT = ? AND ROWS_ACCEPTED > 0 ORDER BY FILE_NO""", Integer.class,
					instance, department)) {
				rows.addAll(this.jdbc.query(REPORTED + " AND r.FILE_NO = ? AND r.DEPARTMENT = ?", (rs, n) -> row(rs),
						instance, fileNo, department));
			}
		}
		rows.addAll(this.jdbc.query(UNREPORTED + " AND u.DEPARTMENT = ?", (rs, n) -> row(rs), instance, department));
		rows.sort(CATALOG_ORDER);
		return rows;
	}

	private boolean hasDepartmentIndex() {
		Boolean exists = this.hasDepartmentIndex;
		if (exists == null) {
			Long count = this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_INDEXINFO WHERE INDEX_NAME = ?", Long.class,
					StagingRepository.DEPARTMENT_INDEX);
			exists = count != null && count > 0;
			this.hasDepartmentIndex = exists;
		}
		return exists;
	}

	/**
	 * Counts the verdicts: the headline, per group and per department.
	 * @param instance the job instance
	 * @return the counts
	 */
	public Scoreboard scoreboard(long instance) {
		RowMapper<Count> count = (rs, n) -> new Count(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
				Status.valueOf(rs.getString(5)), rs.getInt(6));
		List<Count> counts = new ArrayList<>(this.jdbc.query("""
				SELECT COALESCE(c.GROUP_ORDER, 99) AS G, COALESCE(c.GROUP_CODE, '') AS C, r.DEPARTMENT, r.IN_REVIEW,
					r.STATUS, COUNT(*)
				FROM YR_ROW r
				LEFT JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR
				WHERE r.INSTANCE_ID = ? AND r.ACCEPTED AND COALESCE(c.RESOLUTION, TRUE)
				GROUP BY G, C, r.DEPARTMENT, r.IN_REVIEW, r.STATUS""", count, instance));
		counts.addAll(this.jdbc.query("""
				SELECT GROUP_ORDER, COALESCE(GROUP_CODE, '') AS C, DEPARTMENT, IN_REVIEW, STATUS, COUNT(*)
				FROM YR_RESULT WHERE INSTANCE_ID = ? AND RESOLUTION
				GROUP BY GROUP_ORDER, C, DEPARTMENT, IN_REVIEW, STATUS""", count, instance));
		counts.sort(Comparator.comparingInt(Count::groupOrder).thenComparing(Count::group));
		Scoreboard scoreboard = new Scoreboard();
		for (Count c : counts) {
			scoreboard.add(c.group(), c.department(), true, c.inReview(), c.status(), c.count());
		}
		return scoreboard;
	}

	/**
	 * Expected departments that sent nothing.
	 * @param instance the job instance
	 * @return "name (code)" of each
	 */
	public List<String> missingDepartments(long instance) {
		return this.jdbc.query("""
				SELECT d.NAME, d.DEPARTMENT FROM YR_PROBLEM p
				JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = p.INSTANCE_ID AND d.DEPARTMENT = p.CELL_VALUE
				WHERE p.INSTANCE_ID = ? AND p.REASON_CODE = 'NOT_SUBMITTED' ORDER BY p.SEQ""",
				(rs, n) -> rs.getString(1), instance);
	}

	/**
	 * Per-file counts for the data check and the manifest.
	 * @param instance the job instance
	 * @return one entry per file in file order
	 */
	public List<FileCounts> fileCounts(long instance) {
		return this.jdbc.query(
				"""
						SELECT f.FILE_NO, f.FILE_NAME, f.SHA256, f.SIZE_BYTES, f.ENCODING, f.DELIMITER, f.SUBMISSION, f.REJECTED,
							COALESCE(f.ROWS_READ, 0), COALESCE(f.ROWS_ACCEPTED, 0)
						FROM YR_FILE f WHERE f.INSTANCE_ID = ? ORDER BY f.FILE_NO""",
				(rs, n) -> new FileCounts(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getLong(9),
						rs.getLong(10)),
				instance);
	}

	/**
	 * Every problem found, file by file and line by line; departments that sent nothing
	 * come last.
	 * @param instance the job instance
	 * @param consumer receives each problem
	 */
	public void forEachProblem(long instance, Consumer<ProblemRow> consumer) {
		this.jdbc.query("""
				SELECT COALESCE(f.FILE_NAME, ''), p.LINE, p.COLUMN_NAME, p.CELL_VALUE, p.REASON_CODE, p.MESSAGE,
					p.SEVERITY, p.DEPARTMENT
				FROM YR_PROBLEM p LEFT JOIN YR_FILE f ON f.INSTANCE_ID = p.INSTANCE_ID AND f.FILE_NO = p.FILE_NO
				WHERE p.INSTANCE_ID = ?
				ORDER BY CASE WHEN p.FILE_NO = 0 THEN 1 ELSE 0 END, p.FILE_NO, p.LINE NULLS FIRST, p.SEQ""", (rs) -> {
			long line = rs.getLong(2);
			Long nullableLine = rs.wasNull() ? null : line;
			consumer.accept(new ProblemRow(rs.getString(1), nullableLine, rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
		}, instance);
	}

	/**
	 * Counts for the closing summary.
	 * @param instance the job instance
	 * @return rows read, accepted and rejected over all files, and problems by severity
	 */
	public Totals totals(long instance) {
		return new Totals(count("SELECT COALESCE(SUM(ROWS_READ), 0) FROM YR_FILE WHERE INSTANCE_ID = ?", instance),
				count("SELECT COALESCE(SUM(ROWS_ACCEPTED), 0) FROM YR_FILE WHERE INSTANCE_ID = ?", instance),
				count("SELECT COUNT(*) FROM YR_FILE WHERE INSTANCE_ID = ?", instance),
				count("SELECT COUNT(*) FROM YR_FILE WHERE INSTANCE_ID = ? AND REJECTED", instance),
				count("SELECT COUNT(*) FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND SEVERITY = 'WARNING'", instance));
	}

	private long count(String sql, long instance) {
		Long count = this.jdbc.queryForObject(sql, Long.class, instance);
		return (count != null) ? count : 0;
	}

	private static ResultRow row(ResultSet rs) throws SQLException {
		return new ResultRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(9), rs.getBoolean(10), rs.getString(11),
				rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
				Status.valueOf(rs.getString(17)), rs.getString(18));
	}

	/**
	 * What was read from one file.
	 *
	 * @param fileNo its number
	 * @param name its name
	 * @param sha256 its SHA-256
	 * @param size its size in bytes
	 * @param encoding the encoding it was read with
	 * @param delimiter its delimiter
	 * @param submission whether it was read as a submission (a CSV file)
	 * @param rejected whether it was refused as a whole
	 * @param read records read
	 * @param accepted records accepted
	 */
	public record FileCounts(int fileNo, String name, String sha256, long size, String encoding, String delimiter,
			boolean submission, boolean rejected, long read, long accepted) {

		public long rejectedRows() {
			return this.read - this.accepted;
		}

	}

	/**
	 * A problem as the data check prints it.
	 *
	 * @param file the file name, empty when about no file
	 * @param line the line, {@code null} for a whole-file problem
	 * @param column the column header
	 * @param value the value found
	 * @param reasonCode the reason code
	 * @param message what to do
	 * @param severity {@code ERROR} or {@code WARNING}
	 * @param department the department of the row, when known
	 */
	public record ProblemRow(String file, Long line, String column, String value, String reasonCode, String message,
			String severity, String department) {

	}

	private record Count(int groupOrder, String group, String department, boolean inReview, Status status, int count) {

	}

	/**
	 * Totals of a run.
	 *
	 * @param rowsRead records read
	 * @param rowsAccepted records accepted
	 * @param files files found
	 * @param filesRejected files refused as a whole
	 * @param warnings warnings
	 */
	public record Totals(long rowsRead, long rowsAccepted, long files, long filesRejected, long warnings) {

		public long rowsRejected() {
			return this.rowsRead - this.rowsAccepted;
		}

	}

}
