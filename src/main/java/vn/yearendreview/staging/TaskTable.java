package vn.yearendreview.staging;

import java.sql.Types;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.yearendreview.model.ProgrammeTask;
import vn.yearendreview.model.StagedTask;
import vn.yearendreview.model.TaskLevel;

/**
 * The task registrations ({@code YR_TASK}): each is a record of its file (without an
 * indicator, its year the year registered for) with its month, quarter, level and words
 * here.
 */
public class TaskTable {

	private final JdbcTemplate jdbc;

	private final RecordTable records;

	/**
	 * The task table of a staging schema.
	 * @param schema the schema
	 * @param records the records, of which each task is one
	 */
	public TaskTable(StagingSchema schema, RecordTable records) {
		this.jdbc = schema.jdbc();
		this.records = records;
	}

	/**
	 * Stores checked task registrations with their problems: each is a record of its file
	 * (without an indicator), with its month, level and words beside it.
	 * @param instance the job instance
	 * @param tasks the tasks
	 */
	public void save(long instance, List<StagedTask> tasks) {
		this.records.saveRecords(instance, tasks);
		this.jdbc.batchUpdate("""
				INSERT INTO YR_TASK (INSTANCE_ID, FILE_NO, LINE, MONTH_NO, QUARTER_NO, TASK_LEVEL, CONTENT, LEAD_BODY,
					SUPPORT, PRODUCT, CONTENT_KEY, DEPARTMENT)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tasks, tasks.size(), (ps, task) -> {
			ps.setLong(1, instance);
			ps.setInt(2, task.fileNo());
			ps.setLong(3, task.line());
			ps.setObject(4, task.month(), Types.INTEGER);
			ps.setObject(5, task.quarter(), Types.INTEGER);
			ps.setString(6, (task.level() != null) ? task.level().name() : null);
			ps.setString(7, task.content());
			ps.setString(8, task.lead());
			ps.setString(9, task.support());
			ps.setString(10, task.product());
			ps.setObject(11, task.contentKey(), Types.BIGINT);
			ps.setString(12, task.department());
		});
	}

	/**
	 * The accepted task registrations whose matter was registered more than once for the
	 * same month, by the same department or another: the rows of one matter one after the
	 * other, each matter's in file and line order.
	 * @param instance the job instance
	 * @param consumer receives each with its place, department, month and file
	 */
	public void forEachTaskRegisteredByOthers(long instance, Consumer<SharedTask> consumer) {
		this.jdbc.query(
				"""
						SELECT t.CONTENT_KEY, t.FILE_NO, t.LINE, r.DEPARTMENT, t.MONTH_NO, t.QUARTER_NO, f.FILE_NAME, f.KEY_HEADER,
							t.TASK_LEVEL, t.LEAD_BODY, t.SUPPORT, t.PRODUCT
						FROM YR_TASK t
						JOIN YR_ROW r ON r.INSTANCE_ID = t.INSTANCE_ID AND r.FILE_NO = t.FILE_NO AND r.LINE = t.LINE
						JOIN YR_FILE f ON f.INSTANCE_ID = t.INSTANCE_ID AND f.FILE_NO = t.FILE_NO
						WHERE t.INSTANCE_ID = ? AND r.ACCEPTED AND t.CONTENT_KEY IN (
							SELECT t2.CONTENT_KEY FROM YR_TASK t2
							JOIN YR_ROW r2 ON r2.INSTANCE_ID = t2.INSTANCE_ID AND r2.FILE_NO = t2.FILE_NO AND r2.LINE = t2.LINE
							WHERE t2.INSTANCE_ID = ? AND r2.ACCEPTED
							GROUP BY t2.CONTENT_KEY HAVING COUNT(*) > 1)
						ORDER BY t.CONTENT_KEY, t.FILE_NO, t.LINE""",
				(rs) -> {
					consumer.accept(new SharedTask(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
							rs.getInt(5), (Integer) rs.getObject(6), rs.getString(7), rs.getString(8),
							String.join("\u001F", String.valueOf(rs.getString(9)), String.valueOf(rs.getString(10)),
									String.valueOf(rs.getString(11)), String.valueOf(rs.getString(12)))));
				}, instance, instance);
	}

	/**
	 * The tasks of the work programme: the accepted registrations for the year after the
	 * one under review, by month, then level (Ban Chấp hành, Ban Thường vụ, Thường trực),
	 * then department order, then as registered. The stream holds a database cursor:
	 * close it.
	 * @param instance the job instance
	 * @param year the year of the programme
	 * @param department only this department's tasks, {@code null} for all
	 * @return the tasks
	 */
	public Stream<ProgrammeTask> programmeTasks(long instance, int year, String department) {
		String sql = """
				SELECT t.MONTH_NO, t.QUARTER_NO, t.TASK_LEVEL, t.CONTENT, COALESCE(t.LEAD_BODY, d.NAME, r.DEPARTMENT),
					t.SUPPORT, t.PRODUCT, r.DEPARTMENT
				FROM YR_TASK t
				JOIN YR_ROW r ON r.INSTANCE_ID = t.INSTANCE_ID AND r.FILE_NO = t.FILE_NO AND r.LINE = t.LINE
				LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = r.INSTANCE_ID AND d.DEPARTMENT = r.DEPARTMENT
				WHERE t.INSTANCE_ID = ? AND r.ACCEPTED AND r.REPORTED_YEAR = ? {DEPARTMENT}
				ORDER BY t.MONTH_NO, CASE t.TASK_LEVEL WHEN 'BCH' THEN 0 WHEN 'BTV' THEN 1 ELSE 2 END,
					COALESCE(d.SORT_ORDER, 2147483647), r.DEPARTMENT, t.FILE_NO, t.LINE""";
		Object[] args = (department != null) ? new Object[] { instance, year, department }
				: new Object[] { instance, year };
		return this.jdbc.queryForStream(sql.replace("{DEPARTMENT}", (department != null) ? "AND t.DEPARTMENT = ?" : ""),
				(rs, n) -> new ProgrammeTask(rs.getInt(1), (Integer) rs.getObject(2),
						TaskLevel.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getString(7), rs.getString(8)),
				args);
	}

	/**
	 * How many tasks of the work programme each level considers.
	 * @param instance the job instance
	 * @param year the year of the programme
	 * @return level to count, only the levels with tasks, in the programme's order
	 */
	public Map<TaskLevel, Long> programmeCounts(long instance, int year) {
		Map<TaskLevel, Long> counts = new EnumMap<>(TaskLevel.class);
		this.jdbc.query("""
				SELECT t.TASK_LEVEL, COUNT(*) FROM YR_TASK t
				JOIN YR_ROW r ON r.INSTANCE_ID = t.INSTANCE_ID AND r.FILE_NO = t.FILE_NO AND r.LINE = t.LINE
				WHERE t.INSTANCE_ID = ? AND r.ACCEPTED AND r.REPORTED_YEAR = ? GROUP BY t.TASK_LEVEL""",
				(RowCallbackHandler) (rs) -> counts.put(TaskLevel.valueOf(rs.getString(1)), rs.getLong(2)), instance,
				year);
		return counts;
	}

	/**
	 * An accepted task registration whose matter was registered more than once.
	 *
	 * @param contentKey the matter and month, as {@code YR_TASK.CONTENT_KEY}
	 * @param fileNo its file
	 * @param line its line
	 * @param department its department
	 * @param month its month
	 * @param quarter its quarter, {@code null} for a month
	 * @param fileName its file's name
	 * @param contentHeader its file's content column as written
	 * @param details what else the registration says (level, lead, support, product), for
	 * telling a matter sent twice from two versions of it
	 */
	public record SharedTask(long contentKey, int fileNo, long line, String department, int month, Integer quarter,
			String fileName, String contentHeader, String details) {

	}

}
