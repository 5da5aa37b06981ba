package vn.yearendreview.staging;

import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.model.StagedTask;

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
