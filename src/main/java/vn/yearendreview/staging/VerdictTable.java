package vn.yearendreview.staging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.model.Assessment;

/**
 * The evaluation of each row the checks accepted ({@code YR_VERDICT}) and the
 * province-wide figure of each catalog indicator among them ({@code YR_IN_REVIEW}),
 * stored chunk by chunk with their counts on the scoreboard.
 */
public class VerdictTable {

	private final JdbcTemplate jdbc;

	private final ScoreTable scores;

	/**
	 * The verdict tables of a staging schema.
	 * @param schema the schema
	 * @param scores the scoreboard, to which each chunk's verdicts are added
	 */
	public VerdictTable(StagingSchema schema, ScoreTable scores) {
		this.jdbc = schema.jdbc();
		this.scores = scores;
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
			ps.setString(6, Columns.plain(verdict.assessment().percentOfPlan()));
			ps.setString(7, Columns.plain(verdict.assessment().percentOfPrevious()));
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
		this.scores.add(instance, false, counts);
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
