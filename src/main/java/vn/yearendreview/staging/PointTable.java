package vn.yearendreview.staging;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.StagedPoint;

/**
 * What the narrative points say ({@code YR_POINT}): each point is a record of its file
 * (without an indicator) with its field, kind, place and paragraph here.
 */
public class PointTable {

	private final JdbcTemplate jdbc;

	private final RecordTable records;

	/**
	 * The point table of a staging schema.
	 * @param schema the schema
	 * @param records the records, of which each point is one
	 */
	public PointTable(StagingSchema schema, RecordTable records) {
		this.jdbc = schema.jdbc();
		this.records = records;
	}

	/**
	 * Stores checked narrative points with their problems: each is a record of its file
	 * (without an indicator), with its field, kind and text beside it.
	 * @param instance the job instance
	 * @param points the points
	 */
	public void save(long instance, List<StagedPoint> points) {
		this.records.saveRecords(instance, points);
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
	 * The departments' accepted narrative points, in the order the review prints them
	 * within a field and kind: catalog department order, then the department's own order,
	 * then file and line; a paragraph its department sent twice for the same field and
	 * kind once.
	 * @param instance the job instance
	 * @return the points
	 */
	public List<NarrativePoint> narrativePoints(long instance) {
		List<NarrativePoint> points = this.jdbc.query(
				"""
						SELECT r.DEPARTMENT, p.GROUP_CODE, p.POINT_KIND, p.TEXT FROM YR_POINT p
						JOIN YR_ROW r ON r.INSTANCE_ID = p.INSTANCE_ID AND r.FILE_NO = p.FILE_NO AND r.LINE = p.LINE
						LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = r.INSTANCE_ID AND d.DEPARTMENT = r.DEPARTMENT
						WHERE p.INSTANCE_ID = ? AND r.ACCEPTED
						ORDER BY COALESCE(d.SORT_ORDER, 2147483647), r.DEPARTMENT, COALESCE(p.SORT_ORDER, 2147483647), p.FILE_NO,
							p.LINE
						LIMIT ?""",
				(rs, n) -> new NarrativePoint(rs.getString(1), rs.getString(2), PointKind.ofCode(rs.getString(3)),
						rs.getString(4)),
				instance, NarrativePoint.MOST_PRINTED);
		// The same paragraph sent twice (a file and its correction) is printed once.
		return points.stream().distinct().toList();
	}

}
