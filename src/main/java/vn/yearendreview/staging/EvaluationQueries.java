package vn.yearendreview.staging;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.evaluation.Assessment;
import vn.yearendreview.evaluation.EvaluatedIndicator;
import vn.yearendreview.evaluation.IndicatorInput;
import vn.yearendreview.evaluation.Target;
import vn.yearendreview.submission.Problem;
import vn.yearendreview.submission.Reason;

/**
 * What the evaluation reads and writes: the rows the checks accepted, their verdicts, the
 * catalog indicators nobody reported, and the counts of verdicts every document reads.
 */
public class EvaluationQueries {

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final StagingRepository staging;

	public EvaluationQueries(JdbcTemplate jdbc, StagingRepository staging) {
		this.jdbc = jdbc;
		this.dataSource = jdbc.getDataSource();
		this.staging = staging;
	}

	/**
	 * The rows the checks accepted, in storage order, read through a cursor; restartable
	 * on the count of rows taken.
	 * @param instance the job instance
	 * @return the reader
	 */
	public JdbcCursorItemReader<AcceptedRow> acceptedRows(long instance) {
		return new JdbcCursorItemReaderBuilder<AcceptedRow>().name("acceptedRows")
			.dataSource(this.dataSource)
			.sql("""
					SELECT FILE_NO, LINE, DEPARTMENT, INDICATOR, PLAN, ACTUAL, PREVIOUS FROM YR_ROW
					WHERE INSTANCE_ID = ? AND ACCEPTED AND INDICATOR IS NOT NULL ORDER BY FILE_NO, LINE""")
			.preparedStatementSetter((PreparedStatement ps) -> ps.setLong(1, instance))
			.fetchSize(1_000)
			.rowMapper((rs, n) -> new AcceptedRow(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					target(rs.getString(5), null), decimal(rs.getString(6)), decimal(rs.getString(7))))
			.build();
	}

	/**
	 * Stores verdicts of accepted rows.
	 * @param instance the job instance
	 * @param verdicts the verdicts
	 */
	public void saveVerdicts(long instance, List<? extends RowVerdict> verdicts) {
		this.jdbc.batchUpdate("""
				INSERT INTO YR_VERDICT (INSTANCE_ID, FILE_NO, LINE, DEPARTMENT, INDICATOR, GROUP_ORDER, GROUP_CODE,
					RESOLUTION, IN_REVIEW, STATUS, PERCENT_OF_PLAN, PERCENT_OF_PREVIOUS)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", verdicts, verdicts.size(), (ps, verdict) -> {
			ps.setLong(1, instance);
			ps.setInt(2, verdict.fileNo());
			ps.setLong(3, verdict.line());
			ps.setString(4, verdict.department());
			ps.setString(5, verdict.indicator());
			ps.setInt(6, verdict.groupOrder());
			ps.setString(7, verdict.groupCode());
			ps.setBoolean(8, verdict.resolution());
			ps.setBoolean(9, verdict.inReview());
			ps.setString(10, verdict.assessment().status().name());
			ps.setString(11, plain(verdict.assessment().percentOfPlan()));
			ps.setString(12, plain(verdict.assessment().percentOfPrevious()));
		});
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
		Set<String> reported = new HashSet<>(
				this.jdbc.queryForList("SELECT DISTINCT INDICATOR FROM YR_VERDICT WHERE INSTANCE_ID = ? AND IN_REVIEW",
						String.class, instance));
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
					ps.setString(19, StagingRepository.words(in.plan()));
					ps.setString(20, StagingRepository.words(in.planNext()));
				});
	}

	/**
	 * Counts the verdicts of the resolution indicators (every indicator when there is no
	 * catalog) once, by group, department, place in the review and verdict, and stores
	 * the counts for every document to read.
	 * @param instance the job instance
	 */
	public void storeVerdictCounts(long instance) {
		this.jdbc.update("DELETE FROM YR_SCORE WHERE INSTANCE_ID = ?", instance);
		this.jdbc.update("""
				INSERT INTO YR_SCORE (INSTANCE_ID, GROUP_ORDER, GROUP_CODE, DEPARTMENT, IN_REVIEW, STATUS, INDICATORS)
				SELECT ?, GROUP_ORDER, GROUP_CODE, DEPARTMENT, IN_REVIEW, STATUS, COUNT(*) FROM YR_VERDICT
				WHERE INSTANCE_ID = ? AND RESOLUTION
				GROUP BY GROUP_ORDER, GROUP_CODE, DEPARTMENT, IN_REVIEW, STATUS""", instance, instance);
		this.jdbc.update("""
				INSERT INTO YR_SCORE (INSTANCE_ID, GROUP_ORDER, GROUP_CODE, DEPARTMENT, IN_REVIEW, STATUS, INDICATORS)
				SELECT ?, GROUP_ORDER, COALESCE(GROUP_CODE, ''), DEPARTMENT, IN_REVIEW, STATUS, COUNT(*)
				FROM YR_RESULT WHERE INSTANCE_ID = ? AND RESOLUTION
				GROUP BY GROUP_ORDER, COALESCE(GROUP_CODE, ''), DEPARTMENT, IN_REVIEW, STATUS""", instance, instance);
	}

	/**
	 * The indicators of the review a department missed without saying why: no note on its
	 * row and no cause among its narrative points of the indicator's field.
	 * @param instance the job instance
	 * @return each department and indicator, in catalog order
	 */
	public List<MissingCause> missedWithoutCause(long instance) {
		return this.jdbc.query("""
				SELECT r.DEPARTMENT, COALESCE(d.NAME, r.DEPARTMENT), r.INDICATOR, COALESCE(c.NAME, r.NAME)
				FROM YR_VERDICT v
				JOIN YR_ROW r ON r.INSTANCE_ID = v.INSTANCE_ID AND r.FILE_NO = v.FILE_NO AND r.LINE = v.LINE
				LEFT JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR
				LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = r.INSTANCE_ID AND d.DEPARTMENT = r.DEPARTMENT
				WHERE v.INSTANCE_ID = ? AND v.IN_REVIEW AND v.STATUS IN ('NOT_ACHIEVED', 'NEARLY_ACHIEVED')
					AND COALESCE(TRIM(r.NOTE), '') = ''
					AND NOT EXISTS (SELECT 1 FROM YR_POINT p
						JOIN YR_ROW pr ON pr.INSTANCE_ID = p.INSTANCE_ID AND pr.FILE_NO = p.FILE_NO AND pr.LINE = p.LINE
						WHERE p.INSTANCE_ID = v.INSTANCE_ID AND pr.ACCEPTED AND pr.DEPARTMENT = r.DEPARTMENT
							AND p.POINT_KIND = 'nguyen_nhan' AND p.GROUP_CODE = v.GROUP_CODE)
				ORDER BY v.GROUP_ORDER, COALESCE(c.SORT_ORDER, 0), r.INDICATOR, r.DEPARTMENT""",
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
		this.staging.replaceRunProblems(instance, Reason.NO_CAUSE, problems, departments);
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
