package vn.yearendreview.staging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.yearendreview.model.FileCounts;
import vn.yearendreview.model.InputFile;
import vn.yearendreview.model.StagedFile;

/**
 * The files of the input folder ({@code YR_FILE}) and what each holds of each department
 * ({@code YR_FILE_DEPARTMENT}): registered, profiled, counted once the checks decided.
 */
public class FileTable {

	/**
	 * File number of problems that concern no file, such as a department that sent
	 * nothing.
	 */
	public static final int NO_FILE = 0;

	private final JdbcTemplate jdbc;

	private final ProblemTable problems;

	/**
	 * The file tables of a staging schema.
	 * @param schema the schema
	 * @param problems the problems, where a file's profile files its own
	 */
	public FileTable(StagingSchema schema, ProblemTable problems) {
		this.jdbc = schema.jdbc();
		this.problems = problems;
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
		this.problems.replaceFileProblems(instance, profile.fileNo(), profile.problems());
	}

	/**
	 * Stores what was read and accepted of a reference file, and whether it was refused.
	 * @param instance the job instance
	 * @param fileNo the file
	 * @param read rows read
	 * @param accepted rows accepted
	 * @param rejected whether the file was refused as a whole
	 */
	void saveCounts(long instance, int fileNo, long read, long accepted, boolean rejected) {
		this.jdbc.update(
				"UPDATE YR_FILE SET ROWS_READ = ?, ROWS_ACCEPTED = ?, REJECTED = ? WHERE INSTANCE_ID = ? AND FILE_NO = ?",
				read, accepted, rejected, instance, fileNo);
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
	 * The submission files with accepted rows.
	 * @param instance the job instance
	 * @return their numbers, in file order
	 */
	List<Integer> filesWithAcceptedRows(long instance) {
		return this.jdbc.queryForList("""
				SELECT FILE_NO FROM YR_FILE WHERE INSTANCE_ID = ? AND SUBMISSION AND ROWS_ACCEPTED > 0
				ORDER BY FILE_NO""", Integer.class, instance);
	}

	/**
	 * The submission files with accepted rows, each with the last line staged of it.
	 * @param instance the job instance
	 * @return file number to its last line, in file order
	 */
	Map<Integer, Long> lastLinesOfFilesWithAcceptedRows(long instance) {
		Map<Integer, Long> files = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT FILE_NO, (SELECT MAX(r.LINE) FROM YR_ROW r
					WHERE r.INSTANCE_ID = f.INSTANCE_ID AND r.FILE_NO = f.FILE_NO) AS LAST_LINE
				FROM YR_FILE f WHERE f.INSTANCE_ID = ? AND f.SUBMISSION AND f.ROWS_ACCEPTED > 0 ORDER BY FILE_NO""",
				(RowCallbackHandler) (rs) -> files.put(rs.getInt(1), rs.getLong(2)), instance);
		return files;
	}

	/**
	 * The files holding accepted rows of a department.
	 * @param instance the job instance
	 * @param department the department code
	 * @return their numbers, in file order
	 */
	List<Integer> filesWithAcceptedRows(long instance, String department) {
		return this.jdbc.queryForList("""
				SELECT FILE_NO FROM YR_FILE_DEPARTMENT
				WHERE INSTANCE_ID = ? AND DEPARTMENT = ? AND ROWS_ACCEPTED > 0 ORDER BY FILE_NO""", Integer.class,
				instance, department);
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

	/**
	 * Counts for the closing summary.
	 * @param instance the job instance
	 * @return rows read, accepted and rejected over all files, and problems by severity
	 */
	public Totals totals(long instance) {
		return new Totals(count("SELECT COALESCE(SUM(ROWS_READ), 0) FROM YR_FILE WHERE INSTANCE_ID = ?", instance),
				count("SELECT COALESCE(SUM(ROWS_ACCEPTED), 0) FROM YR_FILE WHERE INSTANCE_ID = ?", instance),
				count("SELECT COUNT(*) FROM YR_FILE WHERE INSTANCE_ID = ? AND (NOT REFERENCE OR ROWS_READ > 0)",
						instance),
				count("SELECT COUNT(*) FROM YR_FILE WHERE INSTANCE_ID = ? AND REJECTED", instance),
				this.problems.warnings(instance), this.problems.otherProblems(instance),
				this.problems.plausibility(instance));
	}

	private long count(String sql, long instance) {
		Long count = this.jdbc.queryForObject(sql, Long.class, instance);
		return (count != null) ? count : 0;
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
	 * Totals of a run.
	 *
	 * @param rowsRead records read
	 * @param rowsAccepted records accepted
	 * @param files files found
	 * @param filesRejected files refused as a whole
	 * @param warnings warnings
	 * @param otherProblems problems outside the submissions the planner must look at: an
	 * unusable recipients list, missing settings, no catalog
	 * @param plausibility warnings of implausible figures (DESIGN.md 10.2), among the
	 * warnings
	 */
	public record Totals(long rowsRead, long rowsAccepted, long files, long filesRejected, long warnings,
			long otherProblems, long plausibility) {

		public long rowsRejected() {
			return this.rowsRead - this.rowsAccepted;
		}

		/**
		 * Whether the run leaves something for the planner to look at (exit code 3).
		 * @return {@code true} for rejected rows or files, implausible figures, or other
		 * problems
		 */
		public boolean needsAttention() {
			return rowsRejected() > 0 || this.filesRejected > 0 || this.otherProblems > 0 || this.plausibility > 0;
		}

	}

}
