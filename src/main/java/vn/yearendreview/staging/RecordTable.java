package vn.yearendreview.staging;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.yearendreview.model.StagedRecord;
import vn.yearendreview.model.StagedRow;
import vn.yearendreview.model.Target;

/**
 * The records of every submission, accepted or rejected ({@code YR_ROW}), and what a run
 * decided about them ({@code YR_RUN}): stored chunk by chunk, read by the whole-set
 * checks, rejected by them.
 */
public class RecordTable {

	private static final String INSERT_ROW = """
			INSERT INTO YR_ROW (INSTANCE_ID, FILE_NO, LINE, ACCEPTED, REASON_CODE, DEPARTMENT, REPORTED_YEAR,
				INDICATOR, NAME, UNIT, PLAN, PLAN_WORDS, ACTUAL, PREVIOUS, NOTE)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcTemplate jdbc;

	private final ProblemTable problems;

	/**
	 * The record table of a staging schema.
	 * @param schema the schema
	 * @param problems the problems, where a record's are filed with it
	 */
	public RecordTable(StagingSchema schema, ProblemTable problems) {
		this.jdbc = schema.jdbc();
		this.problems = problems;
	}

	/**
	 * Stores checked rows of indicator figures with their problems.
	 * @param instance the job instance
	 * @param rows the rows
	 */
	public void saveRows(long instance, List<StagedRow> rows) {
		this.jdbc.batchUpdate(INSERT_ROW, rows, rows.size(), (ps, row) -> {
			bindRecord(ps, instance, row);
			ps.setString(8, row.indicator());
			ps.setString(9, row.name());
			ps.setString(10, row.unit());
			ps.setString(11, Columns.canonical(row.plan()));
			ps.setString(12, Columns.words(row.plan()));
			ps.setString(13, Columns.plain(row.actual()));
			ps.setString(14, Columns.plain(row.previous()));
			ps.setString(15, row.note());
		});
		this.problems.insertRecordProblems(instance, rows);
	}

	/**
	 * Stores checked records with their problems: what every record has, whatever its
	 * kind.
	 * @param instance the job instance
	 * @param records the records
	 */
	public void saveRecords(long instance, List<? extends StagedRecord> records) {
		this.jdbc.batchUpdate(INSERT_ROW, records, records.size(), (ps, record) -> {
			bindRecord(ps, instance, record);
			for (int i = 8; i <= 15; i++) {
				ps.setNull(i, Types.VARCHAR);
			}
		});
		this.problems.insertRecordProblems(instance, records);
	}

	/** Binds what every record has: the first seven columns of {@link #INSERT_ROW}. */
	private static void bindRecord(PreparedStatement ps, long instance, StagedRecord record) throws SQLException {
		ps.setLong(1, instance);
		ps.setInt(2, record.fileNo());
		ps.setLong(3, record.line());
		ps.setBoolean(4, record.accepted());
		ps.setString(5, (record.reason() != null) ? record.reason().name() : null);
		ps.setString(6, record.department());
		if (record.year() != null) {
			ps.setInt(7, record.year());
		}
		else {
			ps.setNull(7, Types.INTEGER);
		}
	}

	/**
	 * Indexes the rows of an instance by department, for when many departments share
	 * files and reading a department's rows through its files would read the same rows
	 * again and again. Creating the index ends the current transaction.
	 * @param instance the job instance
	 */
	public void indexRowsByDepartment(long instance) {
		this.jdbc.execute("CREATE INDEX IF NOT EXISTS YR_ROW_DEPARTMENT ON YR_ROW (INSTANCE_ID, DEPARTMENT)");
		this.jdbc.update(
				"MERGE INTO YR_RUN r USING (VALUES (CAST(? AS BIGINT))) v(I) ON r.INSTANCE_ID = v.I "
						+ "WHEN MATCHED THEN UPDATE SET ROWS_BY_DEPARTMENT = TRUE "
						+ "WHEN NOT MATCHED THEN INSERT (INSTANCE_ID, ROWS_BY_DEPARTMENT) VALUES (v.I, TRUE)",
				instance);
	}

	/**
	 * Whether the rows of an instance were indexed by department.
	 * @param instance the job instance
	 * @return {@code true} when {@link #indexRowsByDepartment} was called for it
	 */
	public boolean rowsIndexedByDepartment(long instance) {
		Integer indexed = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM YR_RUN WHERE INSTANCE_ID = ? AND ROWS_BY_DEPARTMENT", Integer.class, instance);
		return indexed != null && indexed > 0;
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
		this.problems.addProblems(instance, rejections);
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
	 * A page of the rows the checks accepted in one file, in line order: the rows after a
	 * line, read as a range of the table's primary key.
	 * @param instance the job instance
	 * @param fileNo the file
	 * @param afterLine the last line of the page before, 0 for the first page
	 * @param pageSize the most rows of the page
	 * @return the rows, as the evaluation takes them
	 */
	public List<AcceptedRow> acceptedPage(long instance, int fileNo, long afterLine, int pageSize) {
		return this.jdbc.query("""
				SELECT FILE_NO, LINE, DEPARTMENT, INDICATOR, PLAN, ACTUAL, PREVIOUS FROM YR_ROW
				WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE > ? AND ACCEPTED AND INDICATOR IS NOT NULL
				ORDER BY INSTANCE_ID, FILE_NO, LINE LIMIT ?""",
				(rs, n) -> new AcceptedRow(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
						(rs.getString(5) != null) ? Target.fromCanonical(rs.getString(5)) : null,
						Columns.decimal(rs.getString(6)), Columns.decimal(rs.getString(7))),
				instance, fileNo, afterLine, pageSize);
	}

	/** Receives the place and key of a row. */
	@FunctionalInterface
	public interface KeyConsumer {

		void accept(int fileNo, long line, String department, String indicator);

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

}
