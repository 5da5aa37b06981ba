package vn.yearendreview.staging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.model.EvaluatedIndicator;
import vn.yearendreview.model.IndicatorInput;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.model.Status;

/**
 * The verdicts counted once for every document ({@code YR_SCORE}): resolution indicators
 * by group, department, place in the review and verdict.
 */
public class ScoreTable {

	private final JdbcTemplate jdbc;

	/**
	 * The score table of a staging schema.
	 * @param schema the schema
	 */
	public ScoreTable(StagingSchema schema) {
		this.jdbc = schema.jdbc();
	}

	/**
	 * Adds counts to the scoreboard.
	 * @param instance the job instance
	 * @param unreported whether they count catalog indicators nobody reported
	 * @param counts by group order, group code, department, place in the review and
	 * verdict
	 */
	void add(long instance, boolean unreported, Map<List<Object>, Integer> counts) {
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
		add(instance, true, counts);
	}

	/**
	 * The headline, per-group and per-department counts, as the evaluation counted and
	 * stored them.
	 * @param instance the job instance
	 * @return the counts
	 */
	public Scoreboard scoreboard(long instance) {
		Scoreboard scoreboard = new Scoreboard();
		this.jdbc.query("""
				SELECT GROUP_CODE, DEPARTMENT, IN_REVIEW, STATUS, INDICATORS FROM YR_SCORE WHERE INSTANCE_ID = ?
				ORDER BY GROUP_ORDER, GROUP_CODE, DEPARTMENT, IN_REVIEW, STATUS""", (rs) -> {
			scoreboard.add(rs.getString(1), rs.getString(2), true, rs.getBoolean(3), Status.valueOf(rs.getString(4)),
					rs.getInt(5));
		}, instance);
		return scoreboard;
	}

}
