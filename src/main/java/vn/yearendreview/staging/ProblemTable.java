package vn.yearendreview.staging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.StagedRecord;

/**
 * The problems found in the inputs ({@code YR_PROBLEM}): rejected rows, whole-file
 * problems and warnings, filed as they are found and read back as the data check prints
 * them.
 */
public class ProblemTable {

	private static final String INSERT_PROBLEM = """
			INSERT INTO YR_PROBLEM (INSTANCE_ID, FILE_NO, LINE, SEQ, SEVERITY, COLUMN_NAME, CELL_VALUE, REASON_CODE,
				MESSAGE, DEPARTMENT)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/** Every problem with its file's name; conditions and order follow. */
	private static final String PROBLEMS = """
			SELECT COALESCE(f.FILE_NAME, ''), p.FILE_NO, p.LINE, p.COLUMN_NAME, p.CELL_VALUE, p.REASON_CODE, p.MESSAGE,
				p.SEVERITY, p.DEPARTMENT, COALESCE(d.NAME, p.DEPARTMENT)
			FROM YR_PROBLEM p LEFT JOIN YR_FILE f ON f.INSTANCE_ID = p.INSTANCE_ID AND f.FILE_NO = p.FILE_NO
			LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = p.INSTANCE_ID AND d.DEPARTMENT = p.DEPARTMENT
			WHERE p.INSTANCE_ID = ?""";

	/** The reason codes of the plausibility warnings, for SQL. */
	private static final String PLAUSIBILITY = Reason.PLAUSIBILITY.stream()
		.map((reason) -> "'" + reason.name() + "'")
		.sorted()
		.collect(Collectors.joining(", ", "(", ")"));

	/**
	 * File by file, line by line; then the plausibility warnings department by department
	 * in catalog order, each department's file by file; problems of no file (departments
	 * that sent nothing) last.
	 */
	private static final String PROBLEM_ORDER = "CASE WHEN p.FILE_NO = 0 THEN 2 WHEN p.REASON_CODE IN " + PLAUSIBILITY
			+ " THEN 1 ELSE 0 END, CASE WHEN p.REASON_CODE IN " + PLAUSIBILITY
			+ " THEN COALESCE(d.SORT_ORDER, 2147483647) END, CASE WHEN p.REASON_CODE IN " + PLAUSIBILITY
			+ " THEN p.DEPARTMENT END, p.FILE_NO, p.LINE NULLS FIRST, p.SEQ";

	private final JdbcTemplate jdbc;

	/**
	 * The problem table of a staging schema.
	 * @param schema the schema
	 */
	public ProblemTable(StagingSchema schema) {
		this.jdbc = schema.jdbc();
	}

	/**
	 * Stores problems of a file, each on its own line ({@code null} for a whole-file
	 * problem), in the order given.
	 * @param instance the job instance
	 * @param fileNo the file, or {@link FileTable#NO_FILE}
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
	 * Stores the problems of checked records, each on its record's line.
	 * @param instance the job instance
	 * @param records the records
	 */
	void insertRecordProblems(long instance, List<? extends StagedRecord> records) {
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
	 * Replaces the whole-file problems of a file.
	 * @param instance the job instance
	 * @param fileNo the file
	 * @param problems the problems now found
	 */
	void replaceFileProblems(long instance, int fileNo, List<Problem> problems) {
		this.jdbc.update("DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE IS NULL", instance,
				fileNo);
		insertProblems(instance, fileNo, problems);
	}

	/**
	 * Deletes every problem of a file.
	 * @param instance the job instance
	 * @param fileNo the file
	 */
	void deleteFileProblems(long instance, int fileNo) {
		this.jdbc.update("DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ?", instance, fileNo);
	}

	/**
	 * Replaces the problems of a kind that concern no file (a department that sent
	 * nothing, an indicator without a department in charge).
	 * @param instance the job instance
	 * @param reason the kind
	 * @param problems the problems now found
	 */
	public void replaceRunProblems(long instance, Reason reason, List<Problem> problems) {
		replaceRunProblems(instance, reason, problems, Collections.nCopies(problems.size(), null));
	}

	/**
	 * Replaces the problems of a kind that concern no file, each about a department or
	 * about none.
	 * @param instance the job instance
	 * @param reason the kind
	 * @param problems the problems now found
	 * @param departments the department of each problem, {@code null} where none
	 */
	public void replaceRunProblems(long instance, Reason reason, List<Problem> problems, List<String> departments) {
		this.jdbc.update("DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ? AND REASON_CODE = ?", instance,
				FileTable.NO_FILE, reason.name());
		List<Object[]> args = new ArrayList<>();
		for (int i = 0; i < problems.size(); i++) {
			args.add(problemRow(instance, FileTable.NO_FILE, problems.get(i).line(), i, problems.get(i),
					departments.get(i)));
		}
		if (!args.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_PROBLEM, args);
		}
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
	 * Every problem found, file by file and line by line; problems of no file
	 * (departments that sent nothing) come last.
	 * @param instance the job instance
	 * @param consumer receives each problem
	 */
	public void forEachProblem(long instance, Consumer<ProblemRow> consumer) {
		this.jdbc.query(PROBLEMS + " ORDER BY " + PROBLEM_ORDER, (rs) -> {
			consumer.accept(problem(rs));
		}, instance);
	}

	/**
	 * The problems of one section of the data check, in the order of
	 * {@link #forEachProblem}. The stream holds a database cursor: close it.
	 * @param instance the job instance
	 * @param section the section
	 * @return the problems
	 */
	public Stream<ProblemRow> problems(long instance, ProblemSection section) {
		return this.jdbc.queryForStream(PROBLEMS + " AND " + condition(section) + " ORDER BY " + PROBLEM_ORDER,
				(rs, n) -> problem(rs), instance);
	}

	/**
	 * How many problems one section of the data check lists.
	 * @param instance the job instance
	 * @param section the section
	 * @return the number of problems {@link #problems} gives
	 */
	public long problemCount(long instance, ProblemSection section) {
		return count("SELECT COUNT(*) FROM (" + PROBLEMS + " AND " + condition(section) + ")", instance);
	}

	private static String condition(ProblemSection section) {
		return switch (section) {
			case REJECTED -> "p.SEVERITY = 'ERROR'";
			case WARNINGS ->
				"p.SEVERITY = 'WARNING' AND p.REASON_CODE <> 'NOT_SUBMITTED' AND p.REASON_CODE NOT IN " + PLAUSIBILITY;
			case PLAUSIBILITY -> "p.REASON_CODE IN " + PLAUSIBILITY;
			case NOT_SUBMITTED -> "p.REASON_CODE = 'NOT_SUBMITTED'";
		};
	}

	/**
	 * The problems a department's evaluation lists: those of its rows, those of the files
	 * it sent, and that it sent nothing. The stream holds a database cursor: close it.
	 * @param instance the job instance
	 * @param department the department code
	 * @return the problems in the order of {@link #forEachProblem}
	 */
	public Stream<ProblemRow> departmentProblems(long instance, String department) {
		return this.jdbc.queryForStream(PROBLEMS + """
				AND (p.DEPARTMENT = ?
				OR (p.LINE IS NULL AND p.FILE_NO > 0 AND p.FILE_NO IN (SELECT fd.FILE_NO FROM YR_FILE_DEPARTMENT fd
					WHERE fd.INSTANCE_ID = p.INSTANCE_ID AND fd.DEPARTMENT = ?))
				OR (p.REASON_CODE = 'NOT_SUBMITTED' AND p.CELL_VALUE = ?))""" + " ORDER BY " + PROBLEM_ORDER,
				(rs, n) -> problem(rs), instance, department, department, department);
	}

	/**
	 * How many warnings were filed.
	 * @param instance the job instance
	 * @return the count
	 */
	long warnings(long instance) {
		return count("SELECT COUNT(*) FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND SEVERITY = 'WARNING'", instance);
	}

	/**
	 * How many errors concern a reference file or no file.
	 * @param instance the job instance
	 * @return the count
	 */
	long otherProblems(long instance) {
		return count(
				"""
						SELECT COUNT(*) FROM YR_PROBLEM p LEFT JOIN YR_FILE f ON f.INSTANCE_ID = p.INSTANCE_ID AND f.FILE_NO = p.FILE_NO
						WHERE p.INSTANCE_ID = ? AND p.SEVERITY = 'ERROR' AND (f.REFERENCE OR p.FILE_NO = 0)""",
				instance);
	}

	/**
	 * How many plausibility warnings were filed.
	 * @param instance the job instance
	 * @return the count
	 */
	long plausibility(long instance) {
		return count("SELECT COUNT(*) FROM YR_PROBLEM p WHERE p.INSTANCE_ID = ? AND p.REASON_CODE IN " + PLAUSIBILITY,
				instance);
	}

	private long count(String sql, long instance) {
		Long count = this.jdbc.queryForObject(sql, Long.class, instance);
		return (count != null) ? count : 0;
	}

	private static ProblemRow problem(ResultSet rs) throws SQLException {
		long line = rs.getLong(3);
		Long nullableLine = rs.wasNull() ? null : line;
		return new ProblemRow(rs.getString(1), rs.getInt(2), nullableLine, rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
	}

	private static Object[] problemRow(long instance, int fileNo, Long line, int seq, Problem problem,
			String department) {
		return new Object[] { instance, fileNo, line, seq, problem.severity().name(), problem.column(), problem.value(),
				problem.reason().name(), problem.message(), department };
	}

	/** The sections of the data check that list problems. */
	public enum ProblemSection {

		/** Rejected rows and files, and other problems to act on. */
		REJECTED,
		/** Warnings. */
		WARNINGS,
		/**
		 * Plausibility warnings on accepted figures (DESIGN.md 10.2), department by
		 * department.
		 */
		PLAUSIBILITY,
		/** Expected departments that sent nothing. */
		NOT_SUBMITTED

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
	 * @param departmentName its name in the catalog, else its code
	 */
	public record ProblemRow(String file, int fileNo, Long line, String column, String value, String reasonCode,
			String message, String severity, String department, String departmentName) {

	}

}
