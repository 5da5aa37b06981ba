package vn.yearendreview.submission;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.Messages;

/**
 * The rules that need every row: the year under review (given, or the latest year
 * reported, not later than next year), rows of another year, duplicate (department,
 * indicator) rows across all files (the first in file name and line order stays), and
 * expected departments that sent nothing.
 */
public class SubmissionChecks {

	private final JdbcTemplate jdbc;

	private final StagingRepository staging;

	private final Messages messages;

	public SubmissionChecks(JdbcTemplate jdbc, StagingRepository staging, Messages messages) {
		this.jdbc = jdbc;
		this.staging = staging;
		this.messages = messages;
	}

	/**
	 * Decides the year under review.
	 * @param instance the job instance
	 * @param requested the year asked for, or {@code null}
	 * @return the year
	 */
	public int decideYear(long instance, Integer requested) {
		if (requested != null) {
			return requested;
		}
		int latestPossible = Year.now().getValue() + 1;
		Integer latest = this.jdbc.queryForObject(
				"SELECT MAX(REPORTED_YEAR) FROM YR_ROW WHERE INSTANCE_ID = ? AND ACCEPTED AND REPORTED_YEAR <= ?",
				Integer.class, instance, latestPossible);
		return (latest != null) ? latest : Year.now().getValue();
	}

	/**
	 * Rejects accepted rows that report another year.
	 * @param instance the job instance
	 * @param year the year under review
	 * @return how many rows were rejected
	 */
	public int rejectOtherYears(long instance, int year) {
		List<Object[]> rows = new ArrayList<>();
		this.jdbc.query("""
				SELECT r.FILE_NO, r.LINE, r.REPORTED_YEAR, r.DEPARTMENT, f.YEAR_HEADER FROM YR_ROW r
				JOIN YR_FILE f ON f.INSTANCE_ID = r.INSTANCE_ID AND f.FILE_NO = r.FILE_NO
				WHERE r.INSTANCE_ID = ? AND r.ACCEPTED AND r.REPORTED_YEAR <> ?""", (rs) -> {
			rows.add(new Object[] { rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5) });
		}, instance, year);
		List<Object[]> problems = new ArrayList<>();
		for (Object[] row : rows) {
			String reported = String.valueOf(row[2]);
			problems.add(problem(instance, row, Reason.WRONG_YEAR, reported,
					this.messages.get("problem.WRONG_YEAR", reported, String.valueOf(year))));
		}
		reject(instance, rows, Reason.WRONG_YEAR, problems);
		List<Object[]> keys = rows.stream().map((row) -> new Object[] { instance, row[0], row[1] }).toList();
		this.jdbc.batchUpdate(
				"""
						DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE = ? AND REASON_CODE = 'PLAN_DIFFERS'""",
				keys);
		return rows.size();
	}

	/**
	 * Rejects every accepted row whose (department, indicator) an earlier accepted row
	 * already reported.
	 * @param instance the job instance
	 * @return how many rows were rejected
	 */
	public int rejectDuplicates(long instance) {
		Map<Integer, String> fileNames = new HashMap<>();
		Map<Integer, String> indicatorHeaders = new HashMap<>();
		this.jdbc.query("SELECT FILE_NO, FILE_NAME, INDICATOR_HEADER FROM YR_FILE WHERE INSTANCE_ID = ?", (rs) -> {
			fileNames.put(rs.getInt(1), rs.getString(2));
			indicatorHeaders.put(rs.getInt(1), rs.getString(3));
		}, instance);
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> problems = new ArrayList<>();
		String[] previousKey = { null, null };
		Object[] first = { null, null };
		this.jdbc.query("""
				SELECT DEPARTMENT, INDICATOR, FILE_NO, LINE FROM YR_ROW
				WHERE INSTANCE_ID = ? AND ACCEPTED
				ORDER BY DEPARTMENT, INDICATOR, FILE_NO, LINE""", (rs) -> {
			String department = rs.getString(1);
			String indicator = rs.getString(2);
			int fileNo = rs.getInt(3);
			long line = rs.getLong(4);
			if (department.equals(previousKey[0]) && indicator.equals(previousKey[1])) {
				Object[] row = { fileNo, line, null, department, indicatorHeaders.get(fileNo) };
				rows.add(row);
				problems.add(problem(instance, row, Reason.DUPLICATE, indicator, this.messages.get("problem.DUPLICATE",
						indicator, department, fileNames.get((Integer) first[0]), String.valueOf(first[1]))));
			}
			else {
				previousKey[0] = department;
				previousKey[1] = indicator;
				first[0] = fileNo;
				first[1] = line;
			}
		}, instance);
		reject(instance, rows, Reason.DUPLICATE, problems);
		return rows.size();
	}

	/**
	 * Lists, as warnings, the expected departments with no row at all.
	 * @param instance the job instance
	 * @return how many departments sent nothing
	 */
	public int listMissingDepartments(long instance) {
		List<Problem> problems = new ArrayList<>();
		this.jdbc.query(
				"""
						SELECT d.DEPARTMENT, d.NAME FROM YR_DEPARTMENT d
						WHERE d.INSTANCE_ID = ? AND d.EXPECTED
						AND NOT EXISTS (SELECT 1 FROM YR_ROW r WHERE r.INSTANCE_ID = d.INSTANCE_ID AND r.DEPARTMENT = d.DEPARTMENT)
						ORDER BY d.DEPARTMENT""",
				(rs) -> {
					problems
						.add(new Problem(Problem.Severity.WARNING, null, null, rs.getString(1), Reason.NOT_SUBMITTED,
								this.messages.get("problem.NOT_SUBMITTED", rs.getString(1), rs.getString(2))));
				}, instance);
		this.jdbc.update("DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ?", instance,
				StagingRepository.NO_FILE);
		this.staging.insertProblems(instance, StagingRepository.NO_FILE, null, problems, 0);
		return problems.size();
	}

	private Object[] problem(long instance, Object[] row, Reason reason, String value, String message) {
		return new Object[] { instance, row[0], row[1], 100, Problem.Severity.ERROR.name(), row[4], value,
				reason.name(), message, row[3] };
	}

	private void reject(long instance, List<Object[]> rows, Reason reason, List<Object[]> problems) {
		if (rows.isEmpty()) {
			return;
		}
		List<Object[]> keys = rows.stream()
			.map((row) -> new Object[] { reason.name(), instance, row[0], row[1] })
			.toList();
		this.jdbc.batchUpdate(
				"UPDATE YR_ROW SET ACCEPTED = FALSE, REASON_CODE = ? WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE = ?",
				keys);
		this.jdbc.batchUpdate("""
				INSERT INTO YR_PROBLEM (INSTANCE_ID, FILE_NO, LINE, SEQ, SEVERITY, COLUMN_NAME, CELL_VALUE, REASON_CODE,
					MESSAGE, DEPARTMENT)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", problems);
	}

	/**
	 * Counts what was rejected, for the strict mode and the summary.
	 * @param instance the job instance
	 * @return the number of rejected rows plus rejected files without rows
	 */
	public long countRejections(long instance) {
		Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM YR_ROW WHERE INSTANCE_ID = ? AND NOT ACCEPTED",
				Long.class, instance);
		Long files = this.jdbc.queryForObject(
				"""
						SELECT COUNT(*) FROM YR_FILE f WHERE f.INSTANCE_ID = ? AND f.REJECTED
						AND NOT EXISTS (SELECT 1 FROM YR_ROW r WHERE r.INSTANCE_ID = f.INSTANCE_ID AND r.FILE_NO = f.FILE_NO)""",
				Long.class, instance);
		return rows + files;
	}

}
