package vn.yearendreview.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.evaluation.Status;

/** Reads what the earlier steps stored, for the documents. */
public class ReportData {

	private static final String RESULTS = """
			SELECT r.DEPARTMENT, COALESCE(d.NAME, r.DEPARTMENT), r.INDICATOR, r.NAME, r.UNIT, r.GROUP_CODE, r.GROUP_ORDER,
				r.RESOLUTION, r.IN_REVIEW, r.PLAN, r.PLAN_NEXT, r.ACTUAL, r.PREVIOUS, r.PERCENT_OF_PLAN,
				r.PERCENT_OF_PREVIOUS, r.STATUS, r.NOTE
			FROM YR_RESULT r LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = r.INSTANCE_ID AND d.DEPARTMENT = r.DEPARTMENT
			WHERE r.INSTANCE_ID = ?""";

	/**
	 * The departments that get their own evaluation: every department with a row, a
	 * result or a problem (including expected departments that sent nothing), with its
	 * name; four instance parameters.
	 */
	static final String DEPARTMENTS_WITH_ROWS_OR_PROBLEMS = """
			SELECT x.DEPARTMENT, COALESCE(d.NAME, x.DEPARTMENT) FROM (
				SELECT DEPARTMENT FROM YR_ROW WHERE INSTANCE_ID = ? AND DEPARTMENT IS NOT NULL
				UNION SELECT DEPARTMENT FROM YR_RESULT WHERE INSTANCE_ID = ? AND DEPARTMENT <> ''
				UNION SELECT CELL_VALUE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND REASON_CODE = 'NOT_SUBMITTED'
			) x LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = ? AND d.DEPARTMENT = x.DEPARTMENT
			ORDER BY x.DEPARTMENT""";

	private static final String ORDER = " ORDER BY r.GROUP_ORDER, r.SORT_ORDER, r.INDICATOR, r.DEPARTMENT";

	private final JdbcTemplate jdbc;

	public ReportData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Streams every evaluated indicator in catalog order, then code order.
	 * @param instance the job instance
	 * @param consumer receives each row
	 */
	public void forEachResult(long instance, Consumer<ResultRow> consumer) {
		this.jdbc.query(RESULTS + ORDER, (rs) -> {
			consumer.accept(row(rs));
		}, instance);
	}

	/**
	 * The indicators of the consolidated review.
	 * @param instance the job instance
	 * @return the province-wide figures in catalog order
	 */
	public List<ResultRow> reviewResults(long instance) {
		return this.jdbc.query(RESULTS + " AND r.IN_REVIEW" + ORDER, (rs, n) -> row(rs), instance);
	}

	/**
	 * The results of one department.
	 * @param instance the job instance
	 * @param department the department code
	 * @return its rows in catalog order
	 */
	public List<ResultRow> departmentResults(long instance, String department) {
		return this.jdbc.query(RESULTS + " AND r.DEPARTMENT = ?" + ORDER, (rs, n) -> row(rs), instance, department);
	}

	/**
	 * Counts the verdicts: the headline, per group and per department.
	 * @param instance the job instance
	 * @return the counts
	 */
	public Scoreboard scoreboard(long instance) {
		Scoreboard scoreboard = new Scoreboard();
		this.jdbc.query("""
				SELECT GROUP_CODE, DEPARTMENT, RESOLUTION, IN_REVIEW, STATUS FROM YR_RESULT WHERE INSTANCE_ID = ?
				ORDER BY GROUP_ORDER, SORT_ORDER, INDICATOR, DEPARTMENT""", (rs) -> {
			String group = rs.getString(1);
			scoreboard.add((group != null) ? group : "", rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
					Status.valueOf(rs.getString(5)));
		}, instance);
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
							(SELECT COUNT(*) FROM YR_ROW r WHERE r.INSTANCE_ID = f.INSTANCE_ID AND r.FILE_NO = f.FILE_NO),
							(SELECT COUNT(*) FROM YR_ROW r WHERE r.INSTANCE_ID = f.INSTANCE_ID AND r.FILE_NO = f.FILE_NO AND r.ACCEPTED)
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
		return new Totals(count("SELECT COUNT(*) FROM YR_ROW WHERE INSTANCE_ID = ?", instance),
				count("SELECT COUNT(*) FROM YR_ROW WHERE INSTANCE_ID = ? AND ACCEPTED", instance),
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
				rs.getString(6), rs.getInt(7), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10), rs.getString(11),
				rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
				Status.valueOf(rs.getString(16)), rs.getString(17));
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
