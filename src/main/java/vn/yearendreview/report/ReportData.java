package vn.yearendreview.report;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.evaluation.Status;
import vn.yearendreview.submission.FileCounts;
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

	/** Every problem with its file's name; conditions and order follow. */
	private static final String PROBLEMS = """
			SELECT COALESCE(f.FILE_NAME, ''), p.FILE_NO, p.LINE, p.COLUMN_NAME, p.CELL_VALUE, p.REASON_CODE, p.MESSAGE,
				p.SEVERITY, p.DEPARTMENT
			FROM YR_PROBLEM p LEFT JOIN YR_FILE f ON f.INSTANCE_ID = p.INSTANCE_ID AND f.FILE_NO = p.FILE_NO
			WHERE p.INSTANCE_ID = ?""";

	/**
	 * File by file, line by line; problems of no file (departments that sent nothing)
	 * last.
	 */
	private static final String PROBLEM_ORDER = "CASE WHEN p.FILE_NO = 0 THEN 1 ELSE 0 END, p.FILE_NO, p.LINE NULLS FIRST, p.SEQ";

	/** Catalog order, then code order. */
	private static final Comparator<ResultRow> CATALOG_ORDER = Comparator.comparingInt(ResultRow::groupOrder)
		.thenComparingInt(ResultRow::sortOrder)
		.thenComparing(ResultRow::indicator);

	/** The order of the results file: catalog order, then department. */
	private static final Comparator<ResultRow> RESULTS_ORDER = CATALOG_ORDER.thenComparing(ResultRow::department);

	/**
	 * Rows held in memory while sorting the results file; more are sorted through files.
	 */
	static final int SORT_RUN_ROWS = 50_000;

	private final JdbcTemplate jdbc;

	private final StagingRepository staging;

	private volatile Boolean hasDepartmentIndex;

	public ReportData(JdbcTemplate jdbc, StagingRepository staging) {
		this.jdbc = jdbc;
		this.staging = staging;
	}

	/**
	 * Hands every evaluated indicator to a consumer in catalog order (then code order),
	 * departments in code order within an indicator. The rows are read file by file in
	 * windows of lines, in the order they are stored, and sorted through
	 * {@link ExternalSort}, so memory stays bounded however many rows there are.
	 * @param instance the job instance
	 * @param sortFolder where sorted runs go when the rows do not fit in one
	 * @param consumer receives each row
	 * @throws IOException when a sorted run cannot be written or read
	 */
	public void forEachResult(long instance, Path sortFolder, Consumer<ResultRow> consumer) throws IOException {
		try (ExternalSort<ResultRow> sort = new ExternalSort<>(RESULTS_ORDER, new ResultRowCodec(), SORT_RUN_ROWS,
				sortFolder)) {
			RowCallbackHandler add = into(sort);
			try {
				for (Map<String, Object> file : this.jdbc.queryForList("""
						SELECT FILE_NO, (SELECT MAX(r.LINE) FROM YR_ROW r
							WHERE r.INSTANCE_ID = f.INSTANCE_ID AND r.FILE_NO = f.FILE_NO) AS LAST_LINE
						FROM YR_FILE f WHERE f.INSTANCE_ID = ? AND f.ROWS_ACCEPTED > 0 ORDER BY FILE_NO""", instance)) {
					int fileNo = ((Number) file.get("FILE_NO")).intValue();
					long last = ((Number) file.get("LAST_LINE")).longValue();
					for (long first = 1; first <= last; first += SORT_RUN_ROWS) {
						this.jdbc.query(REPORTED + " AND r.FILE_NO = ? AND r.LINE BETWEEN ? AND ?", add, instance,
								fileNo, first, first + SORT_RUN_ROWS - 1);
					}
				}
				this.jdbc.query(UNREPORTED, add, instance);
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			sort.forEachSorted(consumer);
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
		rows.sort(RESULTS_ORDER);
		return rows;
	}

	/**
	 * The results of one department: its accepted rows, read through the files it appears
	 * in (or by the index by department when files are shared), and the catalog
	 * indicators in its charge that nobody reported, sorted through {@link ExternalSort}
	 * so that a department of a million rows is read in bounded memory.
	 * @param instance the job instance
	 * @param department the department code
	 * @param sortFolder where sorted runs go when the rows do not fit in one
	 * @return its rows in catalog order, to close when read
	 * @throws IOException when a sorted run cannot be written
	 */
	public Results departmentResults(long instance, String department, Path sortFolder) throws IOException {
		ExternalSort<ResultRow> sort = new ExternalSort<>(CATALOG_ORDER, new ResultRowCodec(), SORT_RUN_ROWS,
				sortFolder);
		RowCallbackHandler add = into(sort);
		try {
			if (hasDepartmentIndex()) {
				this.jdbc.query(REPORTED + " AND r.DEPARTMENT = ?", add, instance, department);
			}
			else {
				for (Integer fileNo : this.jdbc.queryForList("""
						SELECT FILE_NO FROM YR_FILE_DEPARTMENT
						WHERE INSTANCE_ID = ? AND DEPARTMENT = ? AND ROWS_ACCEPTED > 0 ORDER BY FILE_NO""",
						Integer.class, instance, department)) {
					this.jdbc.query(REPORTED + " AND r.FILE_NO = ? AND r.DEPARTMENT = ?", add, instance, fileNo,
							department);
				}
			}
			this.jdbc.query(UNREPORTED + " AND u.DEPARTMENT = ?", add, instance, department);
			return new Results(sort, sort.sorted());
		}
		catch (UncheckedIOException ex) {
			sort.close();
			throw ex.getCause();
		}
		catch (RuntimeException ex) {
			sort.close();
			throw ex;
		}
	}

	/**
	 * Evaluated indicators read one at a time from a sort; closing deletes its runs.
	 */
	public static final class Results implements Iterator<ResultRow>, AutoCloseable {

		private final ExternalSort<ResultRow> sort;

		private final Iterator<ResultRow> rows;

		Results(ExternalSort<ResultRow> sort, Iterator<ResultRow> rows) {
			this.sort = sort;
			this.rows = rows;
		}

		/**
		 * How many rows there are.
		 * @return the count
		 */
		public long count() {
			return this.sort.count();
		}

		@Override
		public boolean hasNext() {
			return this.rows.hasNext();
		}

		@Override
		public ResultRow next() {
			return this.rows.next();
		}

		@Override
		public void close() throws IOException {
			this.sort.close();
		}

	}

	/** Adds each row read to a sort; a run that cannot be written is thrown unchecked. */
	private static RowCallbackHandler into(ExternalSort<ResultRow> sort) {
		return (rs) -> {
			try {
				sort.add(row(rs));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
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
		return this.staging.fileCounts(instance);
	}

	/**
	 * Every problem found, file by file and line by line; departments that sent nothing
	 * come last.
	 * @param instance the job instance
	 * @param consumer receives each problem
	 */
	public void forEachProblem(long instance, Consumer<ProblemRow> consumer) {
		this.jdbc.query(PROBLEMS + " ORDER BY " + PROBLEM_ORDER, (rs) -> {
			consumer.accept(problem(rs));
		}, instance);
	}

	/**
	 * The problems of one section of the data check PDF, in the order of
	 * {@link #forEachProblem}. The stream holds a database cursor: close it.
	 * @param instance the job instance
	 * @param section the section
	 * @return the problems
	 */
	Stream<ProblemRow> problems(long instance, DataCheckRecords.Section section) {
		String condition = switch (section) {
			case REJECTED -> "p.SEVERITY = 'ERROR'";
			case WARNINGS -> "p.SEVERITY = 'WARNING' AND p.REASON_CODE <> 'NOT_SUBMITTED'";
			case NOT_SUBMITTED -> "p.REASON_CODE = 'NOT_SUBMITTED'";
		};
		return this.jdbc.queryForStream(PROBLEMS + " AND " + condition + " ORDER BY " + PROBLEM_ORDER,
				(rs, n) -> problem(rs), instance);
	}

	private static ProblemRow problem(ResultSet rs) throws SQLException {
		long line = rs.getLong(3);
		Long nullableLine = rs.wasNull() ? null : line;
		return new ProblemRow(rs.getString(1), rs.getInt(2), nullableLine, rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
	}

	/**
	 * Counts for the closing summary.
	 * @param instance the job instance
	 * @return rows read, accepted and rejected over all files, and problems by severity
	 */
	public Totals totals(long instance) {
		return new Totals(count("SELECT COALESCE(SUM(ROWS_READ), 0) FROM YR_FILE WHERE INSTANCE_ID = ?", instance),
				count("SELECT COALESCE(SUM(ROWS_ACCEPTED), 0) FROM YR_FILE WHERE INSTANCE_ID = ?", instance),
				count("SELECT COUNT(*) FROM YR_FILE WHERE INSTANCE_ID = ? AND NOT REFERENCE", instance),
				count("SELECT COUNT(*) FROM YR_FILE WHERE INSTANCE_ID = ? AND REJECTED", instance),
				count("SELECT COUNT(*) FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND SEVERITY = 'WARNING'", instance),
				count("""
						SELECT COUNT(*) FROM YR_PROBLEM p LEFT JOIN YR_FILE f ON f.INSTANCE_ID = p.INSTANCE_ID AND f.FILE_NO = p.FILE_NO
						WHERE p.INSTANCE_ID = ? AND p.SEVERITY = 'ERROR' AND (f.REFERENCE OR p.FILE_NO = 0)""",
						instance));
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
	 * A problem as the data check prints it.
	 *
	 * @param file the file name, empty when about no file
	 * @param fileNo the file's number, 0 when about no file
	 * @param line the line, {@code null} for a whole-file problem
	 * @param column the column header
	 * @param value the value found
	 * @param reasonCode the reason code
	 * @param message what to do
	 * @param severity {@code ERROR} or {@code WARNING}
	 * @param department the department of the row, when known
	 */
	public record ProblemRow(String file, int fileNo, Long line, String column, String value, String reasonCode,
			String message, String severity, String department) {

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
	 * @param otherProblems problems outside the submissions the planner must look at: an
	 * unusable recipients list, missing settings, no catalog
	 */
	public record Totals(long rowsRead, long rowsAccepted, long files, long filesRejected, long warnings,
			long otherProblems) {

		public long rowsRejected() {
			return this.rowsRead - this.rowsAccepted;
		}

		/**
		 * Whether the run leaves something for the planner to look at (exit code 3).
		 * @return {@code true} for rejected rows or files, or other problems
		 */
		public boolean needsAttention() {
			return rowsRejected() > 0 || this.filesRejected > 0 || this.otherProblems > 0;
		}

	}

	/** Writes a result row to a sorted run and reads it back. */
	private static final class ResultRowCodec implements ExternalSort.Codec<ResultRow> {

		@Override
		public void write(DataOutputStream out, ResultRow row) throws IOException {
			for (String text : new String[] { row.department(), row.departmentName(), row.indicator(), row.name(),
					row.unit(), row.groupCode(), row.plan(), row.planNext(), row.actual(), row.previous(),
					row.percentOfPlan(), row.percentOfPrevious(), row.note() }) {
				writeText(out, text);
			}
			out.writeInt(row.groupOrder());
			out.writeInt(row.sortOrder());
			out.writeBoolean(row.resolution());
			out.writeBoolean(row.inReview());
			out.writeByte(row.status().ordinal());
		}

		@Override
		public ResultRow read(DataInputStream in) throws IOException {
			String[] text = new String[13];
			for (int i = 0; i < text.length; i++) {
				text[i] = readText(in);
			}
			int groupOrder = in.readInt();
			int sortOrder = in.readInt();
			boolean resolution = in.readBoolean();
			boolean inReview = in.readBoolean();
			Status status = Status.values()[in.readByte()];
			return new ResultRow(text[0], text[1], text[2], text[3], text[4], text[5], groupOrder, sortOrder,
					resolution, inReview, text[6], text[7], text[8], text[9], text[10], text[11], status, text[12]);
		}

		private static void writeText(DataOutputStream out, String text) throws IOException {
			if (text == null) {
				out.writeInt(-1);
				return;
			}
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			out.writeInt(bytes.length);
			out.write(bytes);
		}

		private static String readText(DataInputStream in) throws IOException {
			int length = in.readInt();
			if (length < 0) {
				return null;
			}
			return new String(in.readNBytes(length), StandardCharsets.UTF_8);
		}

	}

}
