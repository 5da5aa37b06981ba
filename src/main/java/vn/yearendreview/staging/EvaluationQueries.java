package vn.yearendreview.staging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.model.Assessment;
import vn.yearendreview.model.EvaluatedIndicator;
import vn.yearendreview.model.IndicatorInput;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Target;

/**
 * What the evaluation reads and writes: the rows the checks accepted, their verdicts, the
 * catalog indicators nobody reported, and the counts of verdicts every document reads.
 */
public class EvaluationQueries {

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final ProblemTable problems;

	public EvaluationQueries(JdbcTemplate jdbc, ProblemTable problems) {
		this.jdbc = jdbc;
		this.dataSource = jdbc.getDataSource();
		this.problems = problems;
	}

	/**
	 * The rows the checks accepted, file by file in line order, read a page at a time in
	 * the step's own transaction; restartable on the last row taken.
	 * @param instance the job instance
	 * @param pageSize rows read at once: the chunk size
	 * @return the reader
	 */
	public AcceptedRowsReader acceptedRows(long instance, int pageSize) {
		return new AcceptedRowsReader(this.jdbc, instance, pageSize);
	}

	/**
	 * Stores verdicts of accepted rows, in the chunk's transaction: the verdicts, the
	 * province-wide figures among them, and their counts added to the scoreboard, so that
	 * a chunk is counted exactly when its verdicts are stored.
	 * @param instance the job instance
	 * @param verdicts the verdicts
	 */
	public void saveVerdicts(long instance, List<? extends RowVerdict> verdicts) {
		this.jdbc.batchUpdate("""
				INSERT INTO YR_VERDICT (INSTANCE_ID, FILE_NO, LINE, IN_REVIEW, STATUS, PERCENT_OF_PLAN,
					PERCENT_OF_PREVIOUS)
				VALUES (?, ?, ?, ?, ?, ?, ?)""", verdicts, verdicts.size(), (ps, verdict) -> {
			ps.setLong(1, instance);
			ps.setInt(2, verdict.fileNo());
			ps.setLong(3, verdict.line());
			ps.setBoolean(4, verdict.inReview());
			ps.setString(5, verdict.assessment().status().name());
			ps.setString(6, plain(verdict.assessment().percentOfPlan()));
			ps.setString(7, plain(verdict.assessment().percentOfPrevious()));
		});
		List<RowVerdict> inReview = verdicts.stream().filter(RowVerdict::inReview).map((v) -> (RowVerdict) v).toList();
		this.jdbc.batchUpdate("""
				INSERT INTO YR_IN_REVIEW (INSTANCE_ID, INDICATOR, FILE_NO, LINE, GROUP_CODE, STATUS)
				VALUES (?, ?, ?, ?, ?, ?)""", inReview, inReview.size(), (ps, verdict) -> {
			ps.setLong(1, instance);
			ps.setString(2, verdict.indicator());
			ps.setInt(3, verdict.fileNo());
			ps.setLong(4, verdict.line());
			ps.setString(5, verdict.groupCode());
			ps.setString(6, verdict.assessment().status().name());
		});
		Map<List<Object>, Integer> counts = new LinkedHashMap<>();
		for (RowVerdict verdict : verdicts) {
			if (verdict.resolution()) {
				counts.merge(List.of(verdict.groupOrder(), verdict.groupCode(), verdict.department(),
						verdict.inReview(), verdict.assessment().status().name()), 1, Integer::sum);
			}
		}
		addScores(instance, false, counts);
	}

	/**
	 * Adds counts to the scoreboard.
	 * @param instance the job instance
	 * @param unreported whether they count catalog indicators nobody reported
	 * @param counts by group order, group code, department, place in the review and
	 * verdict
	 */
	private void addScores(long instance, boolean unreported, Map<List<Object>, Integer> counts) {
		List<Object[]> args = new ArrayList<>();
		counts.forEach((key, count) -> args.add(new Object[] { instance, unreported, key.get(0), key.get(1), key.get(2),
				key.get(3), key.get(4), count }));
		this.jdbc.batchUpdate("""
				MERGE INTO YR_SCORE s
				USING (VALUES (CAST(? AS BIGINT), CAST(? AS BOOLEAN), CAST(? AS INT), CAST(? AS VARCHAR(40)),
					CAST(? AS VARCHAR(32)), CAST(? AS BOOLEAN), CAST(? AS VARCHAR(20)), CAST(? AS INT)))
					AS n (INSTANCE_ID, UNREPORTED, GROUP_ORDER, GROUP_CODE, DEPARTMENT, IN_REVIEW, STATUS, INDICATORS)
				ON s.INSTANCE_ID = n.INSTANCE_ID AND s.UNREPORTED = n.UNREPORTED AND s.GROUP_CODE = n.GROUP_CODE
					AND s.DEPARTMENT = n.DEPARTMENT AND s.IN_REVIEW = n.IN_REVIEW AND s.STATUS = n.STATUS
				WHEN MATCHED THEN UPDATE SET s.INDICATORS = s.INDICATORS + n.INDICATORS
				WHEN NOT MATCHED THEN INSERT VALUES (n.INSTANCE_ID, n.UNREPORTED, n.GROUP_ORDER, n.GROUP_CODE,
					n.DEPARTMENT, n.IN_REVIEW, n.STATUS, n.INDICATORS)""", args);
	}

	/**
	 * The catalog indicators the checks marked as reported by several departments without
	 * one in charge.
	 * @param instance the job instance
	 * @return their codes
	 */
	public Set<String> sharedIndicators(long instance) {
		return new HashSet<>(this.jdbc.queryForList(
				"SELECT INDICATOR FROM YR_CATALOG_INDICATOR WHERE INSTANCE_ID = ? AND SHARED", String.class, instance));
	}

	/**
	 * The catalog indicators without a province-wide figure among the evaluated rows.
	 * @param instance the job instance
	 * @return each as the evaluation takes it, without values
	 */
	public List<IndicatorInput> unreportedIndicators(long instance) {
		// The review's figures of catalog indicators only: without a catalog every row is
		// one.
		Set<String> reported = new HashSet<>(this.jdbc.queryForList("""
				SELECT v.INDICATOR FROM YR_CATALOG_INDICATOR c
				JOIN YR_IN_REVIEW v ON v.INSTANCE_ID = c.INSTANCE_ID AND v.INDICATOR = c.INDICATOR
				WHERE c.INSTANCE_ID = ?""", String.class, instance));
		return this.jdbc
			.query("""
					SELECT DEPARTMENT, INDICATOR, NAME, UNIT, GROUP_CODE, GROUP_ORDER, SORT_ORDER, RESOLUTION, PLAN,
						PLAN_WORDS, PLAN_NEXT, PLAN_NEXT_WORDS
					FROM YR_CATALOG_INDICATOR WHERE INSTANCE_ID = ? ORDER BY INDICATOR""",
					(rs, n) -> new IndicatorInput(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getBoolean(8), true,
							target(rs.getString(9), rs.getString(10)), target(rs.getString(11), rs.getString(12)), null,
							null, null),
					instance)
			.stream()
			.filter((indicator) -> !reported.contains(indicator.indicator()))
			.toList();
	}

	/**
	 * Replaces the results of the catalog indicators nobody reported.
	 * @param instance the job instance
	 * @param results their evaluations
	 */
	public void replaceUnreportedResults(long instance, List<EvaluatedIndicator> results) {
		this.jdbc.update("DELETE FROM YR_RESULT WHERE INSTANCE_ID = ?", instance);
		this.jdbc.batchUpdate(
				"""
						INSERT INTO YR_RESULT (INSTANCE_ID, DEPARTMENT, INDICATOR, NAME, UNIT, GROUP_CODE, GROUP_ORDER, SORT_ORDER,
							RESOLUTION, IN_REVIEW, PLAN, PLAN_NEXT, ACTUAL, PREVIOUS, NOTE, PERCENT_OF_PLAN, PERCENT_OF_PREVIOUS,
							STATUS, PLAN_WORDS, PLAN_NEXT_WORDS)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				results, results.size(), (ps, result) -> {
					IndicatorInput in = result.input();
					Assessment a = result.assessment();
					ps.setLong(1, instance);
					ps.setString(2, in.department());
					ps.setString(3, in.indicator());
					ps.setString(4, in.name());
					ps.setString(5, in.unit());
					ps.setString(6, in.groupCode());
					ps.setInt(7, in.groupOrder());
					ps.setInt(8, in.order());
					ps.setBoolean(9, in.resolution());
					ps.setBoolean(10, in.inReview());
					ps.setString(11, (in.plan() != null) ? in.plan().canonical() : null);
					ps.setString(12, (in.planNext() != null) ? in.planNext().canonical() : null);
					ps.setString(13, plain(in.actual()));
					ps.setString(14, plain(in.previous()));
					ps.setString(15, in.note());
					ps.setString(16, plain(a.percentOfPlan()));
					ps.setString(17, plain(a.percentOfPrevious()));
					ps.setString(18, a.status().name());
					ps.setString(19, Columns.words(in.plan()));
					ps.setString(20, Columns.words(in.planNext()));
				});
	}

	/**
	 * Adds the catalog indicators nobody reported to the scoreboard (the evaluated rows
	 * were counted as their verdicts were stored), replacing what an earlier attempt
	 * added.
	 * @param instance the job instance
	 * @param results the unreported indicators as evaluated
	 */
	public void countUnreported(long instance, List<EvaluatedIndicator> results) {
		this.jdbc.update("DELETE FROM YR_SCORE WHERE INSTANCE_ID = ? AND UNREPORTED", instance);
		Map<List<Object>, Integer> counts = new LinkedHashMap<>();
		for (EvaluatedIndicator result : results) {
			IndicatorInput in = result.input();
			if (in.resolution()) {
				counts.merge(List.of(in.groupOrder(), (in.groupCode() != null) ? in.groupCode() : "", in.department(),
						in.inReview(), result.assessment().status().name()), 1, Integer::sum);
			}
		}
		addScores(instance, true, counts);
	}

	/**
	 * The catalog indicators of the review a department missed without saying why: no
	 * note on its row and no cause among its narrative points of the indicator's field.
	 * Without a catalog there is no review, and none.
	 * @param instance the job instance
	 * @return each department and indicator, in catalog order
	 */
	public List<MissingCause> missedWithoutCause(long instance) {
		return this.jdbc.query("""
				SELECT r.DEPARTMENT, COALESCE(d.NAME, r.DEPARTMENT), r.INDICATOR, COALESCE(c.NAME, r.NAME)
				FROM YR_IN_REVIEW v
				JOIN YR_ROW r ON r.INSTANCE_ID = v.INSTANCE_ID AND r.FILE_NO = v.FILE_NO AND r.LINE = v.LINE
				JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR
				LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = r.INSTANCE_ID AND d.DEPARTMENT = r.DEPARTMENT
				WHERE v.INSTANCE_ID = ? AND v.STATUS IN ('NOT_ACHIEVED', 'NEARLY_ACHIEVED')
					AND COALESCE(TRIM(r.NOTE), '') = ''
					AND NOT EXISTS (SELECT 1 FROM YR_POINT p
						JOIN YR_ROW pr ON pr.INSTANCE_ID = p.INSTANCE_ID AND pr.FILE_NO = p.FILE_NO AND pr.LINE = p.LINE
						WHERE p.INSTANCE_ID = v.INSTANCE_ID AND pr.ACCEPTED AND pr.DEPARTMENT = r.DEPARTMENT
							AND p.POINT_KIND = 'nguyen_nhan' AND p.GROUP_CODE = v.GROUP_CODE)
				ORDER BY COALESCE(c.GROUP_ORDER, 99), COALESCE(c.SORT_ORDER, 0), r.INDICATOR, r.DEPARTMENT""",
				(rs, n) -> new MissingCause(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				instance);
	}

	/**
	 * Replaces the warnings about indicators missed without a cause.
	 * @param instance the job instance
	 * @param problems one per department and indicator
	 * @param departments the department of each
	 */
	public void replaceMissingCauses(long instance, List<Problem> problems, List<String> departments) {
		this.problems.replaceRunProblems(instance, Reason.NO_CAUSE, problems, departments);
	}

	/**
	 * An indicator of the review that a department missed without saying why.
	 *
	 * @param department the department's code
	 * @param departmentName its name
	 * @param indicator the indicator's code
	 * @param name the indicator's name
	 */
	public record MissingCause(String department, String departmentName, String indicator, String name) {

	}

	/**
	 * How many narrative points the checks accepted.
	 * @param instance the job instance
	 * @return the count
	 */
	public long acceptedPoints(long instance) {
		Long count = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM YR_POINT p
				JOIN YR_ROW r ON r.INSTANCE_ID = p.INSTANCE_ID AND r.FILE_NO = p.FILE_NO AND r.LINE = p.LINE
				WHERE p.INSTANCE_ID = ? AND r.ACCEPTED""", Long.class, instance);
		return (count != null) ? count : 0;
	}

	/**
	 * Replaces the warning that more narrative points were sent than the review prints.
	 * @param instance the job instance
	 * @param problems the warning, or none
	 */
	public void replacePointLimit(long instance, List<Problem> problems) {
		this.problems.replaceRunProblems(instance, Reason.TOO_MANY_POINTS, problems,
				Collections.nCopies(problems.size(), null));
	}

	/**
	 * How many accepted rows were evaluated.
	 * @param instance the job instance
	 * @return the count
	 */
	public long evaluatedCount(long instance) {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM YR_VERDICT WHERE INSTANCE_ID = ?", Long.class,
				instance);
		return (count != null) ? count : 0;
	}

	private static Target target(String canonical, String words) {
		return (canonical != null) ? Target.fromCanonical(canonical).writtenAs(words) : null;
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	/**
	 * A row the checks accepted, as the evaluation takes it.
	 *
	 * @param fileNo its file
	 * @param line its line
	 * @param department its department
	 * @param indicator its indicator
	 * @param plan the target that applies
	 * @param actual the achieved value, {@code null} when not given
	 * @param previous last year's value, {@code null} when not given
	 */
	public record AcceptedRow(int fileNo, long line, String department, String indicator, Target plan,
			BigDecimal actual, BigDecimal previous) {

	}

	/**
	 * The evaluation of an accepted row, with what it is counted under.
	 *
	 * @param fileNo its file
	 * @param line its line
	 * @param department its department
	 * @param indicator its indicator
	 * @param groupOrder its group's place
	 * @param groupCode its group code, empty for none
	 * @param resolution whether it counts in the headline
	 * @param inReview whether it is the province-wide figure of the review
	 * @param assessment the verdict and percentages
	 */
	public record RowVerdict(int fileNo, long line, String department, String indicator, int groupOrder,
			String groupCode, boolean resolution, boolean inReview, Assessment assessment) {

	}

}
