package vn.yearendreview.staging;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

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

}
