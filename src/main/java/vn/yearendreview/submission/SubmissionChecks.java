package vn.yearendreview.submission;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.Messages;
import vn.yearendreview.staging.StagingRepository;

/**
 * The rules that need every row: the year under review (given, or the latest year
 * reported, not later than next year), rows of another year, rows of a department and
 * indicator reported more than once (decided by {@link SameKeyRows}, never by the order
 * of file names), and expected departments that sent nothing. Then it counts, per file
 * and per department, what was read and accepted.
 *
 * <p>
 * The rows are read at most three times, each time in the order they are stored: a count
 * by file, department and year; the rows of another year, when there are any; the
 * accepted rows, whose (department, indicator) pairs are kept in memory as two numbers to
 * find duplicates.
 */
public class SubmissionChecks {

	/** Bits of a line number in the packed place (file, line) of a row. */
	private static final int LINE_BITS = 40;

	/** The other rows a conflict names; more are shown as "…". */
	private static final int PLACES_LISTED = 5;

	/**
	 * Reading departments through their files may cost this many passes over all rows
	 * before an index by department pays.
	 */
	private static final int SHARED_FILES_FACTOR = 4;

	private final JdbcTemplate jdbc;

	private final StagingRepository staging;

	private final Messages messages;

	public SubmissionChecks(JdbcTemplate jdbc, StagingRepository staging, Messages messages) {
		this.jdbc = jdbc;
		this.staging = staging;
		this.messages = messages;
	}

	/**
	 * Applies the rules and stores the counts.
	 * @param instance the job instance
	 * @param requestedYear the year asked for, or {@code null}
	 * @param checkOnly whether the run only checks the inputs: the check is then made for
	 * the year asked for even when no row reports it, and filed under this year when no
	 * row names a year
	 * @return what was decided and found
	 * @throws NoRowsForYearException when a run that makes documents finds no row of the
	 * year asked for, or, without a year asked for, no accepted row
	 */
	public Outcome check(long instance, Integer requestedYear, boolean checkOnly) {
		List<Group> groups = this.jdbc.query("""
				SELECT FILE_NO, DEPARTMENT, ACCEPTED, REPORTED_YEAR, COUNT(*) FROM YR_ROW WHERE INSTANCE_ID = ?
				GROUP BY FILE_NO, DEPARTMENT, ACCEPTED, REPORTED_YEAR""", (rs, n) -> new Group(rs.getInt(1),
				rs.getString(2), rs.getBoolean(3), (Integer) rs.getObject(4), rs.getLong(5)), instance);
		int year = decideYear(groups, requestedYear, checkOnly);
		Map<FileDepartment, long[]> counts = new TreeMap<>();
		boolean otherYears = false;
		for (Group group : groups) {
			long[] count = counts.computeIfAbsent(new FileDepartment(group.fileNo(), group.department()),
					(key) -> new long[2]);
			count[0] += group.rows();
			if (group.accepted()) {
				count[1] += group.rows();
				otherYears |= group.year() == null || group.year() != year;
			}
		}
		// Before any change: creating an index ends the transaction.
		indexDepartmentsWhenFilesAreShared(instance, counts);
		List<Rejection> wrongYear = otherYears ? rejectOtherYears(instance, year) : List.of();
		List<Rejection> duplicates = rejectDuplicates(instance);
		for (List<Rejection> rejections : List.of(wrongYear, duplicates)) {
			for (Rejection rejection : rejections) {
				counts.get(new FileDepartment(rejection.fileNo(), rejection.department()))[1]--;
			}
		}
		storeCounts(instance, counts);
		leaveOutFiguresWithoutOwner(instance);
		int missing = listMissingDepartments(instance);
		return new Outcome(year, wrongYear.size(), duplicates.size(), missing, countRejections(instance));
	}

	private static int decideYear(List<Group> groups, Integer requested, boolean checkOnly) {
		SortedMap<Integer, Long> present = new TreeMap<>();
		for (Group group : groups) {
			if (group.accepted() && group.year() != null) {
				present.merge(group.year(), group.rows(), Long::sum);
			}
		}
		if (requested != null) {
			if (!checkOnly && !present.containsKey(requested)) {
				throw new NoRowsForYearException(requested, present);
			}
			return requested;
		}
		int latestPossible = Year.now().getValue() + 1;
		SortedMap<Integer, Long> possible = present.headMap(latestPossible + 1);
		if (!possible.isEmpty()) {
			return possible.lastKey();
		}
		if (checkOnly) {
			return Year.now().getValue();
		}
		throw new NoRowsForYearException(null, present);
	}

	private List<Rejection> rejectOtherYears(long instance, int year) {
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> problems = new ArrayList<>();
		this.jdbc.query("""
				SELECT r.FILE_NO, r.LINE, r.REPORTED_YEAR, r.DEPARTMENT, f.YEAR_HEADER FROM YR_ROW r
				JOIN YR_FILE f ON f.INSTANCE_ID = r.INSTANCE_ID AND f.FILE_NO = r.FILE_NO
				WHERE r.INSTANCE_ID = ? AND r.ACCEPTED AND r.REPORTED_YEAR <> ?""", (rs) -> {
			String reported = String.valueOf(rs.getInt(3));
			Object[] row = { rs.getInt(1), rs.getLong(2), Reason.WRONG_YEAR, rs.getString(4), rs.getString(5) };
			rows.add(row);
			problems.add(problem(instance, row, Reason.WRONG_YEAR, reported,
					this.messages.get("problem.WRONG_YEAR", reported, String.valueOf(year))));
		}, instance, year);
		reject(instance, rows, problems);
		List<Object[]> keys = rows.stream().map((row) -> new Object[] { instance, row[0], row[1] }).toList();
		this.jdbc.batchUpdate(
				"""
						DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE = ? AND REASON_CODE = 'PLAN_DIFFERS'""",
				keys);
		return rejections(rows);
	}

	/**
	 * Rejects all but one row of each department and indicator reported more than once,
	 * as {@link SameKeyRows} decides. The rows are read once in storage order, keeping
	 * each key as two numbers and its first place; only the keys seen again are looked at
	 * further.
	 */
	private List<Rejection> rejectDuplicates(long instance) {
		Map<Integer, String> fileNames = new HashMap<>();
		Map<Integer, String> indicatorHeaders = new HashMap<>();
		this.jdbc.query("SELECT FILE_NO, FILE_NAME, INDICATOR_HEADER FROM YR_FILE WHERE INSTANCE_ID = ?", (rs) -> {
			fileNames.put(rs.getInt(1), rs.getString(2));
			indicatorHeaders.put(rs.getInt(1), rs.getString(3));
		}, instance);
		Map<String, Integer> departments = new HashMap<>();
		Map<String, Integer> indicators = new HashMap<>();
		Map<Long, Long> first = new HashMap<>();
		Map<Long, RepeatedKey> repeated = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT FILE_NO, LINE, DEPARTMENT, INDICATOR FROM YR_ROW
				WHERE INSTANCE_ID = ? AND ACCEPTED ORDER BY FILE_NO, LINE""", (rs) -> {
			int fileNo = rs.getInt(1);
			long line = rs.getLong(2);
			String department = rs.getString(3);
			String indicator = rs.getString(4);
			long key = ((long) departments.computeIfAbsent(department, (d) -> departments.size()) << 32)
					| indicators.computeIfAbsent(indicator, (i) -> indicators.size());
			long place = ((long) fileNo << LINE_BITS) | line;
			Long earlier = first.putIfAbsent(key, place);
			if (earlier != null) {
				repeated.computeIfAbsent(key, (k) -> new RepeatedKey(department, indicator, earlier))
					.places()
					.add(place);
			}
		}, instance);
		first.clear();
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> problems = new ArrayList<>();
		for (RepeatedKey key : repeated.values()) {
			List<SameKeyRows.Row> sameKey = new ArrayList<>();
			for (long place : key.places()) {
				int fileNo = (int) (place >>> LINE_BITS);
				long line = place & ((1L << LINE_BITS) - 1);
				sameKey.add(new SameKeyRows.Row(fileNo, line,
						SameKeyRows.isOwnFile(fileNames.get(fileNo), key.department()),
						figures(instance, fileNo, line)));
			}
			List<SameKeyRows.Verdict> verdicts = SameKeyRows.decide(sameKey);
			for (SameKeyRows.Verdict verdict : verdicts) {
				if (verdict.reason() == null) {
					continue;
				}
				int fileNo = verdict.row().fileNo();
				Object[] row = { fileNo, verdict.row().line(), verdict.reason(), key.department(),
						indicatorHeaders.get(fileNo) };
				rows.add(row);
				problems.add(problem(instance, row, verdict.reason(), key.indicator(),
						sameKeyMessage(verdict, verdicts, key, fileNames)));
			}
		}
		reject(instance, rows, problems);
		return rejections(rows);
	}

	/**
	 * The figures of a row that two rows of one key must share to be the same: actual,
	 * previous and plan, numbers compared by value ({@code 9,40} is {@code 9,4}).
	 */
	private String figures(long instance, int fileNo, long line) {
		return this.jdbc.queryForObject("""
				SELECT ACTUAL, PREVIOUS, PLAN FROM YR_ROW WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE = ?""",
				(rs, n) -> byValue(rs.getString(1)) + "|" + byValue(rs.getString(2)) + "|" + rs.getString(3), instance,
				fileNo, line);
	}

	private static String byValue(String number) {
		return (number != null) ? new BigDecimal(number).stripTrailingZeros().toPlainString() : "";
	}

	private String sameKeyMessage(SameKeyRows.Verdict verdict, List<SameKeyRows.Verdict> verdicts, RepeatedKey key,
			Map<Integer, String> fileNames) {
		if (verdict.reason() == Reason.CONFLICT) {
			List<String> places = new ArrayList<>();
			for (SameKeyRows.Verdict other : verdicts) {
				if (other != verdict && places.size() < PLACES_LISTED) {
					places.add(this.messages.get("problem.place", fileNames.get(other.row().fileNo()),
							String.valueOf(other.row().line())));
				}
			}
			if (verdicts.size() - 1 > PLACES_LISTED) {
				places.add("…");
			}
			return this.messages.get("problem.CONFLICT", key.indicator(), key.department(), String.join("; ", places));
		}
		return this.messages.get("problem." + verdict.reason().name(), key.indicator(), key.department(),
				fileNames.get(verdict.kept().fileNo()), String.valueOf(verdict.kept().line()));
	}

	/** A department and indicator seen more than once, with the places of its rows. */
	private record RepeatedKey(String department, String indicator, List<Long> places) {

		RepeatedKey(String department, String indicator, long first) {
			this(department, indicator, new ArrayList<>(List.of(first)));
		}

	}

	private static List<Rejection> rejections(List<Object[]> rows) {
		return rows.stream().map((row) -> new Rejection((Integer) row[0], (String) row[3])).toList();
	}

	private void storeCounts(long instance, Map<FileDepartment, long[]> counts) {
		Map<Integer, long[]> files = new TreeMap<>();
		List<Object[]> departments = new ArrayList<>();
		counts.forEach((key, count) -> {
			long[] file = files.computeIfAbsent(key.fileNo(), (f) -> new long[2]);
			file[0] += count[0];
			file[1] += count[1];
			if (key.department() != null) {
				departments.add(new Object[] { instance, key.department(), key.fileNo(), count[0], count[1] });
			}
		});
		this.jdbc.update("UPDATE YR_FILE SET ROWS_READ = 0, ROWS_ACCEPTED = 0 WHERE INSTANCE_ID = ?", instance);
		this.jdbc.batchUpdate(
				"UPDATE YR_FILE SET ROWS_READ = ?, ROWS_ACCEPTED = ? WHERE INSTANCE_ID = ? AND FILE_NO = ?",
				files.entrySet()
					.stream()
					.map((file) -> new Object[] { file.getValue()[0], file.getValue()[1], instance, file.getKey() })
					.toList());
		this.jdbc.update("DELETE FROM YR_FILE_DEPARTMENT WHERE INSTANCE_ID = ?", instance);
		this.jdbc.batchUpdate("""
				INSERT INTO YR_FILE_DEPARTMENT (INSTANCE_ID, DEPARTMENT, FILE_NO, ROWS_READ, ROWS_ACCEPTED)
				VALUES (?, ?, ?, ?, ?)""", departments);
	}

	/**
	 * A department's rows are read through the files it appears in, which costs a pass
	 * over each of those files. When many departments share files (one file holding a
	 * whole ministry's rows), that would read the same rows again and again: then the
	 * rows get an index by department, at a cost of about a third of the time taken to
	 * store them.
	 */
	private void indexDepartmentsWhenFilesAreShared(long instance, Map<FileDepartment, long[]> counts) {
		Map<Integer, Long> fileRows = new HashMap<>();
		counts.forEach((key, count) -> fileRows.merge(key.fileNo(), count[0], Long::sum));
		long rows = fileRows.values().stream().mapToLong(Long::longValue).sum();
		long passes = counts.keySet()
			.stream()
			.filter((key) -> key.department() != null)
			.mapToLong((key) -> fileRows.get(key.fileNo()))
			.sum();
		if (passes > SHARED_FILES_FACTOR * rows + 100_000) {
			this.staging.indexRowsByDepartment(instance);
		}
	}

	/**
	 * An indicator whose department in charge the catalog does not name is printed in the
	 * consolidated review with the figure of the one department that reports it. When
	 * several departments report it, none of their figures is the province's: the review
	 * takes none (it shows the indicator without data), and a warning asks the planner to
	 * name the department in charge.
	 */
	private void leaveOutFiguresWithoutOwner(long instance) {
		Long ownerless = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM YR_CATALOG_INDICATOR WHERE INSTANCE_ID = ? AND COALESCE(DEPARTMENT, '') = ''""",
				Long.class, instance);
		if (ownerless == null || ownerless == 0) {
			return;
		}
		List<Problem> problems = new ArrayList<>();
		List<String> shared = new ArrayList<>();
		this.jdbc.query("""
				SELECT r.INDICATOR, MIN(r.DEPARTMENT), MAX(r.DEPARTMENT) FROM YR_ROW r
				JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR
				WHERE r.INSTANCE_ID = ? AND r.ACCEPTED AND COALESCE(c.DEPARTMENT, '') = ''
				GROUP BY r.INDICATOR HAVING MIN(r.DEPARTMENT) <> MAX(r.DEPARTMENT) ORDER BY r.INDICATOR""", (rs) -> {
			shared.add(rs.getString(1));
			problems.add(new Problem(Problem.Severity.WARNING, null, null, rs.getString(1), Reason.NO_OWNER,
					this.messages.get("problem.NO_OWNER", rs.getString(1), rs.getString(2), rs.getString(3))));
		}, instance);
		// A few passes over the rows, however many indicators: each names up to a
		// thousand.
		for (int from = 0; from < shared.size(); from += 1_000) {
			List<String> some = shared.subList(from, Math.min(shared.size(), from + 1_000));
			List<Object> arguments = new ArrayList<>(some.size() + 1);
			arguments.add(instance);
			arguments.addAll(some);
			this.jdbc.update("UPDATE YR_ROW SET IN_REVIEW = FALSE WHERE INSTANCE_ID = ? AND ACCEPTED AND INDICATOR IN ("
					+ String.join(", ", Collections.nCopies(some.size(), "?")) + ")", arguments.toArray());
		}
		this.jdbc.update("DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ? AND REASON_CODE = ?", instance,
				StagingRepository.NO_FILE, Reason.NO_OWNER.name());
		this.staging.insertProblems(instance, StagingRepository.NO_FILE, problems);
	}

	/**
	 * Lists, as warnings, the expected departments with no row at all.
	 * @param instance the job instance
	 * @return how many departments sent nothing
	 */
	private int listMissingDepartments(long instance) {
		List<Problem> problems = new ArrayList<>();
		this.jdbc.query(
				"""
						SELECT d.DEPARTMENT, d.NAME FROM YR_DEPARTMENT d
						WHERE d.INSTANCE_ID = ? AND d.EXPECTED
						AND NOT EXISTS (SELECT 1 FROM YR_FILE_DEPARTMENT f WHERE f.INSTANCE_ID = d.INSTANCE_ID AND f.DEPARTMENT = d.DEPARTMENT)
						ORDER BY d.DEPARTMENT""",
				(rs) -> {
					problems
						.add(new Problem(Problem.Severity.WARNING, null, null, rs.getString(1), Reason.NOT_SUBMITTED,
								this.messages.get("problem.NOT_SUBMITTED", rs.getString(1), rs.getString(2))));
				}, instance);
		this.jdbc.update("DELETE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND FILE_NO = ? AND REASON_CODE = ?", instance,
				StagingRepository.NO_FILE, Reason.NOT_SUBMITTED.name());
		this.staging.insertProblems(instance, StagingRepository.NO_FILE, problems);
		return problems.size();
	}

	private Object[] problem(long instance, Object[] row, Reason reason, String value, String message) {
		return new Object[] { instance, row[0], row[1], 100, Problem.Severity.ERROR.name(), row[4], value,
				reason.name(), message, row[3] };
	}

	/**
	 * Marks rows as rejected and stores their problems.
	 * @param rows each {@code { fileNo, line, reason, department, column }}
	 * @param problems the problems of the rows
	 */
	private void reject(long instance, List<Object[]> rows, List<Object[]> problems) {
		if (rows.isEmpty()) {
			return;
		}
		List<Object[]> keys = rows.stream()
			.map((row) -> new Object[] { ((Reason) row[2]).name(), instance, row[0], row[1] })
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
	private long countRejections(long instance) {
		Long rejections = this.jdbc.queryForObject("""
				SELECT COALESCE(SUM(ROWS_READ - ROWS_ACCEPTED), 0)
					+ COALESCE(SUM(CASE WHEN REJECTED AND ROWS_READ = 0 THEN 1 ELSE 0 END), 0)
				FROM YR_FILE WHERE INSTANCE_ID = ?""", Long.class, instance);
		return (rejections != null) ? rejections : 0;
	}

	/**
	 * What the checks decided and found.
	 *
	 * @param year the year under review
	 * @param otherYears rows rejected for reporting another year
	 * @param duplicates rows rejected as duplicates
	 * @param missingDepartments expected departments that sent nothing
	 * @param rejections rejected rows plus rejected files without rows
	 */
	public record Outcome(int year, int otherYears, int duplicates, int missingDepartments, long rejections) {

	}

	private record Group(int fileNo, String department, boolean accepted, Integer year, long rows) {

	}

	private record FileDepartment(int fileNo, String department) implements Comparable<FileDepartment> {

		@Override
		public int compareTo(FileDepartment other) {
			int byFile = Integer.compare(this.fileNo, other.fileNo);
			if (byFile != 0) {
				return byFile;
			}
			if (this.department == null || other.department == null) {
				return (this.department == null) ? ((other.department == null) ? 0 : -1) : 1;
			}
			return this.department.compareTo(other.department);
		}

	}

	private record Rejection(int fileNo, String department) {

	}

}
