package vn.yearendreview.staging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogDepartment;
import vn.yearendreview.model.CatalogIndicator;
import vn.yearendreview.model.CheckedHistory;
import vn.yearendreview.model.Digests;
import vn.yearendreview.model.FileCounts;
import vn.yearendreview.model.HistoryFigure;
import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.InputFile;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.StagedFile;
import vn.yearendreview.model.StagedPoint;
import vn.yearendreview.model.StagedRecord;
import vn.yearendreview.model.StagedRow;
import vn.yearendreview.model.StagedTask;
import vn.yearendreview.model.Target;

/** Writes what is read from the inputs into the staging tables of one job instance. */
public class StagingRepository {

	/**
	 * File number of problems that concern no file, such as a department that sent
	 * nothing.
	 */
	public static final int NO_FILE = 0;

	private static final String INSERT_ROW = """
			INSERT INTO YR_ROW (INSTANCE_ID, FILE_NO, LINE, ACCEPTED, REASON_CODE, DEPARTMENT, REPORTED_YEAR,
				INDICATOR, NAME, UNIT, PLAN, PLAN_WORDS, ACTUAL, PREVIOUS, NOTE)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_PROBLEM = """
			INSERT INTO YR_PROBLEM (INSTANCE_ID, FILE_NO, LINE, SEQ, SEVERITY, COLUMN_NAME, CELL_VALUE, REASON_CODE,
				MESSAGE, DEPARTMENT)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * The staging schema, beside this class, run when it changed since the tables were
	 * made.
	 */
	private static final ClassPathResource SCHEMA = new ClassPathResource("schema.sql", StagingRepository.class);

	/** The staging tables, every one of which the schema creates. */
	private static final List<String> TABLES = List.of("YR_RUN", "YR_FILE", "YR_ROW", "YR_VERDICT", "YR_IN_REVIEW",
			"YR_SCORE", "YR_FILE_DEPARTMENT", "YR_PROBLEM", "YR_CATALOG_INDICATOR", "YR_DEPARTMENT", "YR_RESULT",
			"YR_POINT", "YR_HISTORY", "YR_TASK");

	private final JdbcTemplate jdbc;

	/**
	 * The staging tables of a database, created (or made anew, when the schema changed
	 * since they were made) before anything uses them.
	 * @param jdbc the database
	 */
	public StagingRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		ensureSchema();
	}

	/**
	 * The version of the staging schema: a digest of its text, so that any change to the
	 * tables makes them anew.
	 * @return the version
	 */
	public static String schemaVersion() {
		try (InputStream in = SCHEMA.getInputStream()) {
			return HexFormat.of().formatHex(Digests.newDigest().digest(in.readAllBytes())).substring(0, 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void ensureSchema() {
		String version = schemaVersion();
		String made;
		try {
			made = this.jdbc.queryForObject("SELECT MAX(VERSION) FROM YR_SCHEMA", String.class);
		}
		catch (DataAccessException ex) {
			made = null;
		}
		if (version.equals(made)) {
			return;
		}
		for (String table : TABLES) {
			this.jdbc.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
		}
		this.jdbc.execute("DROP TABLE IF EXISTS YR_SCHEMA");
		new ResourceDatabasePopulator(SCHEMA).execute(this.jdbc.getDataSource());
		this.jdbc.update("INSERT INTO YR_SCHEMA (VERSION) VALUES (?)", version);
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
	 * Empties the staging tables. Called when a new set of inputs is registered: the data
	 * of earlier runs is not needed once a new instance starts (their instances are never
	 * restarted).
	 */
	public void clear() {
		this.jdbc.execute("DROP INDEX IF EXISTS YR_ROW_DEPARTMENT");
		// Committed at once, without undo: a plain TRUNCATE of a million staged rows ran
		// out of a 512 MB heap; committed at once it takes 0.06 s and 6 MB.
		for (String table : TABLES) {
			this.jdbc.execute("TRUNCATE TABLE " + table + " AND COMMIT");
		}
	}

	/**
	 * Empties the staging tables once no run can be restarted from them (the last run
	 * finished) and, when asked, gives the disk they took back: the database file keeps
	 * its size when rows are deleted, until it is rewritten.
	 * @param shrink whether to rewrite the database file without the space freed
	 */
	public void release(boolean shrink) {
		clear();
		if (shrink) {
			this.jdbc.execute("CHECKPOINT DEFRAG");
		}
	}

	/**
	 * Records a file of the input folder.
	 * @param instance the job instance
	 * @param fileNo its number
	 * @param file the file
	 * @param submission whether it is read as a submission
	 */
	public void registerFile(long instance, int fileNo, InputFile file, boolean submission) {
		this.jdbc.update("""
				INSERT INTO YR_FILE (INSTANCE_ID, FILE_NO, FILE_NAME, SHA256, SIZE_BYTES, SUBMISSION, REJECTED)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", instance, fileNo, file.name(), file.sha256(), file.size(), submission,
				!submission);
	}

	/**
	 * Records the note that came with a department's templates: listed with the inputs,
	 * neither read nor refused.
	 * @param instance the job instance
	 * @param fileNo its number
	 * @param file the file
	 */
	public void registerNote(long instance, int fileNo, InputFile file) {
		this.jdbc.update("""
				INSERT INTO YR_FILE (INSTANCE_ID, FILE_NO, FILE_NAME, SHA256, SIZE_BYTES, SUBMISSION, REJECTED)
				VALUES (?, ?, ?, ?, ?, FALSE, FALSE)""", instance, fileNo, file.name(), file.sha256(), file.size());
	}

	/**
	 * Records a reference file of {@code catalog/}: it is listed with the inputs, and its
	 * problems are filed under it.
	 * @param instance the job instance
	 * @param fileNo its number, after the files of the folder itself
	 * @param file the file
	 */
	public void registerReference(long instance, int fileNo, InputFile file) {
		this.jdbc.update(
				"""
						INSERT INTO YR_FILE (INSTANCE_ID, FILE_NO, FILE_NAME, SHA256, SIZE_BYTES, SUBMISSION, REFERENCE, REJECTED)
						VALUES (?, ?, ?, ?, ?, FALSE, TRUE, FALSE)""",
				instance, fileNo, file.name(), file.sha256(), file.size());
	}

	/**
	 * Stores the catalog a run uses.
	 * @param instance the job instance
	 * @param catalog the catalog
	 */
	public void saveCatalog(long instance, Catalog catalog) {
		List<Object[]> indicators = new ArrayList<>();
		for (CatalogIndicator c : catalog.indicators().values()) {
			indicators.add(new Object[] { instance, c.indicator(), (c.group() != null) ? c.group().code() : null,
					(c.group() != null) ? c.group().ordinal() : IndicatorGroup.values().length, c.name(), c.unit(),
					canonical(c.plan()), words(c.plan()), canonical(c.planNext()), words(c.planNext()), c.department(),
					c.resolution(), c.order(), c.nameEn(), c.unitEn(), canonical(c.termTarget()), words(c.termTarget()),
					(c.termKind() != null) ? c.termKind().name() : null,
					(c.maxChange() != null) ? c.maxChange().toPlainString() : null, c.bounded() });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO YR_CATALOG_INDICATOR (INSTANCE_ID, INDICATOR, GROUP_CODE, GROUP_ORDER, NAME, UNIT, PLAN,
					PLAN_WORDS, PLAN_NEXT, PLAN_NEXT_WORDS, DEPARTMENT, RESOLUTION, SORT_ORDER, NAME_EN, UNIT_EN,
					TERM_TARGET, TERM_TARGET_WORDS, TERM_KIND, MAX_CHANGE, BOUNDED)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indicators);
		List<Object[]> departments = new ArrayList<>();
		for (CatalogDepartment d : catalog.departments().values()) {
			departments.add(new Object[] { instance, d.department(), d.name(), d.expected(), departments.size() });
		}
		this.jdbc.batchUpdate(
				"INSERT INTO YR_DEPARTMENT (INSTANCE_ID, DEPARTMENT, NAME, EXPECTED, SORT_ORDER) VALUES (?, ?, ?, ?, ?)",
				departments);
	}

	/**
	 * Stores a file's profile and its whole-file problems, replacing any stored before.
	 * @param instance the job instance
	 * @param profile the profile
	 */
	public void saveProfile(long instance, StagedFile profile) {
		this.jdbc.update(
				"""
						UPDATE YR_FILE SET SUBMISSION_KIND = ?, YEAR_OFFSET = ?, ROWS_EXPECTED = ?, ENCODING = ?, DELIMITER = ?, NUMBER_STYLE = ?, YEAR_HEADER = ?,
							KEY_HEADER = ?, ACTUAL_HEADER = ?, PREVIOUS_HEADER = ?, REJECTED = ?
						WHERE INSTANCE_ID = ? AND FILE_NO = ?""",
				profile.kind(), profile.yearOffset(), profile.rowsExpected(), profile.encoding(), profile.delimiter(),
				profile.numberStyle(), profile.yearHeader(), profile.keyHeader(), profile.actualHeader(),
				profile.previousHeader(), profile.rejected(), instance, profile.fileNo());
		this.jdbc.update("DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE IS NULL", instance,
				profile.fileNo());
		insertProblems(instance, profile.fileNo(), profile.problems());
	}

	/**
	 * Stores checked rows with their problems.
	 * @param instance the job instance
	 * @param rows the rows
	 */
	public void saveRows(long instance, List<StagedRow> rows) {
		this.jdbc.batchUpdate(INSERT_ROW, rows, rows.size(), (ps, row) -> {
			bindRecord(ps, instance, row);
			ps.setString(8, row.indicator());
			ps.setString(9, row.name());
			ps.setString(10, row.unit());
			ps.setString(11, canonical(row.plan()));
			ps.setString(12, words(row.plan()));
			ps.setString(13, plain(row.actual()));
			ps.setString(14, plain(row.previous()));
			ps.setString(15, row.note());
		});
		insertRecordProblems(instance, rows);
	}

	/**
	 * Stores checked narrative points with their problems: each is a record of its file
	 * (without an indicator), with its field, kind and text beside it.
	 * @param instance the job instance
	 * @param points the points
	 */
	public void savePoints(long instance, List<StagedPoint> points) {
		saveRecords(instance, points);
		this.jdbc.batchUpdate("""
				INSERT INTO YR_POINT (INSTANCE_ID, FILE_NO, LINE, GROUP_CODE, POINT_KIND, SORT_ORDER, TEXT)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", points, points.size(), (ps, point) -> {
			ps.setLong(1, instance);
			ps.setInt(2, point.fileNo());
			ps.setLong(3, point.line());
			ps.setString(4, (point.group() != null) ? point.group().code() : null);
			ps.setString(5, (point.kind() != null) ? point.kind().code() : null);
			if (point.order() != null) {
				ps.setInt(6, point.order());
			}
			else {
				ps.setNull(6, Types.INTEGER);
			}
			ps.setString(7, point.text());
		});
	}

	/**
	 * Stores checked task registrations with their problems: each is a record of its file
	 * (without an indicator), with its month, level and words beside it.
	 * @param instance the job instance
	 * @param tasks the tasks
	 */
	public void saveTasks(long instance, List<StagedTask> tasks) {
		saveRecords(instance, tasks);
		this.jdbc.batchUpdate("""
				INSERT INTO YR_TASK (INSTANCE_ID, FILE_NO, LINE, MONTH_NO, QUARTER_NO, TASK_LEVEL, CONTENT, LEAD_BODY,
					SUPPORT, PRODUCT, CONTENT_KEY, DEPARTMENT)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tasks, tasks.size(), (ps, task) -> {
			ps.setLong(1, instance);
			ps.setInt(2, task.fileNo());
			ps.setLong(3, task.line());
			ps.setObject(4, task.month(), Types.INTEGER);
			ps.setObject(5, task.quarter(), Types.INTEGER);
			ps.setString(6, (task.level() != null) ? task.level().name() : null);
			ps.setString(7, task.content());
			ps.setString(8, task.lead());
			ps.setString(9, task.support());
			ps.setString(10, task.product());
			ps.setObject(11, task.contentKey(), Types.BIGINT);
			ps.setString(12, task.department());
		});
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
		insertRecordProblems(instance, records);
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

	private void insertRecordProblems(long instance, List<? extends StagedRecord> records) {
		List<Object[]> problems = new ArrayList<>();
		for (StagedRecord record : records) {
			int seq = 0;
			for (Problem problem : record.problems()) {
				problems.add(problemRow(instance, record.fileNo(), record.line(), seq++, problem, record.department()));
			}
		}
		if (!problems.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_PROBLEM, problems);
		}
	}

	/**
	 * Stores problems of a file, each on its own line ({@code null} for a whole-file
	 * problem), in the order given.
	 * @param instance the job instance
	 * @param fileNo the file, or {@link #NO_FILE}
	 * @param problems the problems
	 */
	public void insertProblems(long instance, int fileNo, List<Problem> problems) {
		List<Object[]> args = new ArrayList<>();
		int seq = 0;
		for (Problem problem : problems) {
			args.add(problemRow(instance, fileNo, problem.line(), seq++, problem, null));
		}
		if (!args.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_PROBLEM, args);
		}
	}

	/**
	 * The number a file of the input folder was registered under.
	 * @param instance the job instance
	 * @param name its name relative to the input folder, e.g. {@code catalog/history.csv}
	 * @return its number, {@link #NO_FILE} when it was not registered
	 */
	public int fileNumber(long instance, String name) {
		List<Integer> numbers = this.jdbc.queryForList(
				"SELECT FILE_NO FROM YR_FILE WHERE INSTANCE_ID = ? AND LOWER(FILE_NAME) = LOWER(?) ORDER BY FILE_NO",
				Integer.class, instance, name);
		return numbers.isEmpty() ? NO_FILE : numbers.get(0);
	}

	/**
	 * Stores the checked figures of the term's earlier years, replacing those of an
	 * earlier attempt: the figures accepted, the problems, and the file's counts.
	 * @param instance the job instance
	 * @param fileNo the history file's number
	 * @param checked the outcome of its checks
	 */
	public void saveHistory(long instance, int fileNo, CheckedHistory checked) {
		this.jdbc.update("DELETE FROM YR_HISTORY WHERE INSTANCE_ID = ?", instance);
		this.jdbc.update("DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ?", instance, fileNo);
		List<Object[]> values = new ArrayList<>();
		for (HistoryFigure value : checked.accepted()) {
			// kept as written unless its trailing zeros would not fit the column
			String plain = value.value().toPlainString();
			values.add(new Object[] { instance, value.indicator(), value.year(),
					(plain.length() <= 60) ? plain : value.value().stripTrailingZeros().toPlainString() });
		}
		if (!values.isEmpty()) {
			this.jdbc.batchUpdate("INSERT INTO YR_HISTORY (INSTANCE_ID, INDICATOR, YEAR, VAL) VALUES (?, ?, ?, ?)",
					values);
		}
		insertProblems(instance, fileNo, checked.problems());
		boolean rejected = checked.problems().stream().anyMatch((p) -> p.isError() && p.line() == null);
		this.jdbc.update(
				"UPDATE YR_FILE SET ROWS_READ = ?, ROWS_ACCEPTED = ?, REJECTED = ? WHERE INSTANCE_ID = ? AND FILE_NO = ?",
				checked.read(), (long) checked.accepted().size(), rejected, instance, fileNo);
	}

	/**
	 * Replaces the problems of a kind that concern no file, each about a department or
	 * about none.
	 * @param instance the job instance
	 * @param reason the kind
	 * @param problems the problems now found
	 * @param departments the department of each problem, {@code null} where none
	 */
	void replaceRunProblems(long instance, Reason reason, List<Problem> problems, List<String> departments) {
		this.jdbc.update("DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ? AND REASON_CODE = ?", instance,
				NO_FILE, reason.name());
		List<Object[]> args = new ArrayList<>();
		for (int i = 0; i < problems.size(); i++) {
			args.add(problemRow(instance, NO_FILE, problems.get(i).line(), i, problems.get(i), departments.get(i)));
		}
		if (!args.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_PROBLEM, args);
		}
	}

	/**
	 * What was read from each file, as counted after the checks.
	 * @param instance the job instance
	 * @return one entry per file, in file order
	 */
	public List<FileCounts> fileCounts(long instance) {
		return this.jdbc.query(
				"""
						SELECT f.FILE_NO, f.FILE_NAME, f.SHA256, f.SIZE_BYTES, f.ENCODING, f.DELIMITER, f.SUBMISSION, f.REJECTED,
							COALESCE(f.ROWS_READ, 0), COALESCE(f.ROWS_ACCEPTED, 0), f.REFERENCE
						FROM YR_FILE f WHERE f.INSTANCE_ID = ? ORDER BY f.FILE_NO""",
				(rs, n) -> new FileCounts(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
						rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), rs.getLong(9),
						rs.getLong(10), rs.getBoolean(11)),
				instance);
	}

	/**
	 * The submission files of an instance, in file order, optionally a range of them.
	 * @param instance the job instance
	 * @param from the first file number
	 * @param to the last file number
	 * @return each file's number, name relative to the input folder and size
	 */
	public List<SubmissionFile> submissionFiles(long instance, int from, int to) {
		return this.jdbc.query("""
				SELECT FILE_NO, FILE_NAME, SIZE_BYTES FROM YR_FILE
				WHERE INSTANCE_ID = ? AND SUBMISSION AND FILE_NO BETWEEN ? AND ? ORDER BY FILE_NO""",
				(rs, n) -> new SubmissionFile(rs.getInt(1), rs.getString(2), rs.getLong(3)), instance, from, to);
	}

	/**
	 * Every submission file of an instance, in file order.
	 * @param instance the job instance
	 * @return each file's number, name and size
	 */
	public List<SubmissionFile> submissionFiles(long instance) {
		return submissionFiles(instance, Integer.MIN_VALUE, Integer.MAX_VALUE);
	}

	/**
	 * A submission file registered for a run.
	 *
	 * @param fileNo its number
	 * @param name its name relative to the input folder
	 * @param size its size in bytes
	 */
	public record SubmissionFile(int fileNo, String name, long size) {

	}

	private static Object[] problemRow(long instance, int fileNo, Long line, int seq, Problem problem,
			String department) {
		return new Object[] { instance, fileNo, line, seq, problem.severity().name(), problem.column(), problem.value(),
				problem.reason().name(), problem.message(), department };
	}

	static String canonical(Target target) {
		return (target != null) ? target.canonical() : null;
	}

	static String words(Target target) {
		return (target != null) ? target.words() : null;
	}

	static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	/**
	 * Binds a nullable value.
	 * @param ps the statement
	 * @param index the parameter
	 * @param value the value
	 * @throws SQLException from the driver
	 */
	static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
		if (value != null) {
			ps.setString(index, value);
		}
		else {
			ps.setNull(index, Types.VARCHAR);
		}
	}

}
