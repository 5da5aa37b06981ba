package vn.yearendreview.staging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.ProgrammeTask;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TaskLevel;
import vn.yearendreview.model.TermProgress;
import vn.yearendreview.model.Text;

/**
 * What the documents read of a run: the evaluated indicators, the problems, the counts.
 * Rows are handed over as they are read, never all at once, except the review's, which
 * are at most one per catalog indicator.
 */
public class ResultQueries {

	/**
	 * The evaluated rows with their catalog entries and department names; the conditions
	 * follow.
	 */
	private static final String REPORTED = """
			SELECT r.DEPARTMENT, COALESCE(d.NAME, r.DEPARTMENT), r.INDICATOR, COALESCE({NAME_EN}c.NAME, r.NAME),
				COALESCE({UNIT_EN}NULLIF(c.UNIT, ''), r.UNIT), c.GROUP_CODE, COALESCE(c.GROUP_ORDER, 99),
				COALESCE(c.SORT_ORDER, 0), COALESCE(c.RESOLUTION, TRUE), v.IN_REVIEW, r.PLAN, c.PLAN_NEXT, r.ACTUAL,
				r.PREVIOUS, v.PERCENT_OF_PLAN, v.PERCENT_OF_PREVIOUS, v.STATUS, r.NOTE, r.PLAN_WORDS, c.PLAN_NEXT_WORDS
			FROM YR_ROW r
			JOIN YR_VERDICT v ON v.INSTANCE_ID = r.INSTANCE_ID AND v.FILE_NO = r.FILE_NO AND v.LINE = r.LINE
			LEFT JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR
			LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = r.INSTANCE_ID AND d.DEPARTMENT = r.DEPARTMENT
			WHERE r.INSTANCE_ID = ? AND r.ACCEPTED""";

	/**
	 * The catalog indicators nobody reported, in the same columns; the conditions follow.
	 */
	private static final String UNREPORTED = """
			SELECT u.DEPARTMENT, COALESCE(d.NAME, u.DEPARTMENT), u.INDICATOR, {U_NAME},
				{U_UNIT}, u.GROUP_CODE, u.GROUP_ORDER, u.SORT_ORDER, u.RESOLUTION, u.IN_REVIEW, u.PLAN,
				u.PLAN_NEXT, u.ACTUAL, u.PREVIOUS, u.PERCENT_OF_PLAN, u.PERCENT_OF_PREVIOUS, u.STATUS, u.NOTE,
				u.PLAN_WORDS, u.PLAN_NEXT_WORDS
			FROM YR_RESULT u LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = u.INSTANCE_ID AND d.DEPARTMENT = u.DEPARTMENT
			LEFT JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = u.INSTANCE_ID AND c.INDICATOR = u.INDICATOR
			WHERE u.INSTANCE_ID = ?""";

	/** Lines read at once when all rows are read: a window of one file. */
	private static final int WINDOW = 50_000;

	private final JdbcTemplate jdbc;

	private final RecordTable rows;

	/** The evaluated rows of this edition: {@link #REPORTED} with its names. */
	private final String reported;

	/** The catalog indicators nobody reported, with the names of this edition. */
	private final String unreported;

	/** The units of the documents' language, for a unit the catalog gives none for. */
	private final Messages units;

	public ResultQueries(JdbcTemplate jdbc, RecordTable rows) {
		this(jdbc, rows, Messages.of("vi"));
	}

	/**
	 * Reads the results with the names of an edition: the English edition takes the
	 * catalog's {@code name_en} and {@code unit_en} where given, and where a unit has no
	 * {@code unit_en}, the English of a common Vietnamese unit ({@code tỷ đồng} is
	 * {@code billion VND}) from the messages' {@code unit.} keys.
	 * @param jdbc the staging database
	 * @param rows the staged records
	 * @param messages the words of the documents' language, {@code vi} or {@code en}
	 */
	public ResultQueries(JdbcTemplate jdbc, RecordTable rows, Messages messages) {
		this.jdbc = jdbc;
		this.rows = rows;
		boolean english = "en".equals(messages.locale().getLanguage());
		this.units = english ? messages : null;
		String nameEn = english ? "NULLIF(c.NAME_EN, ''), " : "";
		String unitEn = english ? "NULLIF(c.UNIT_EN, ''), " : "";
		this.reported = REPORTED.replace("{NAME_EN}", nameEn).replace("{UNIT_EN}", unitEn);
		this.unreported = UNREPORTED.replace("{U_NAME}", english ? "COALESCE(NULLIF(c.NAME_EN, ''), u.NAME)" : "u.NAME")
			.replace("{U_UNIT}", english ? "COALESCE(NULLIF(c.UNIT_EN, ''), u.UNIT)" : "u.UNIT");
	}

	/**
	 * Hands every evaluated indicator to a consumer, in the order they are stored: the
	 * accepted rows file by file in windows of lines, so that no query holds them all,
	 * then the catalog indicators nobody reported.
	 * @param instance the job instance
	 * @param consumer receives each row
	 */
	public void forEachResult(long instance, Consumer<ResultRow> consumer) {
		RowCallbackHandler handler = (rs) -> consumer.accept(row(rs));
		for (Map<String, Object> file : this.jdbc.queryForList("""
				SELECT FILE_NO, (SELECT MAX(r.LINE) FROM YR_ROW r
					WHERE r.INSTANCE_ID = f.INSTANCE_ID AND r.FILE_NO = f.FILE_NO) AS LAST_LINE
				FROM YR_FILE f WHERE f.INSTANCE_ID = ? AND f.SUBMISSION AND f.ROWS_ACCEPTED > 0 ORDER BY FILE_NO""",
				instance)) {
			int fileNo = ((Number) file.get("FILE_NO")).intValue();
			long last = ((Number) file.get("LAST_LINE")).longValue();
			for (long first = 1; first <= last; first += WINDOW) {
				this.jdbc.query(this.reported + " AND r.FILE_NO = ? AND r.LINE BETWEEN ? AND ?", handler, instance,
						fileNo, first, first + WINDOW - 1);
			}
		}
		this.jdbc.query(this.unreported, handler, instance);
	}

	/**
	 * Whether the run has a catalog of indicators.
	 * @param instance the job instance
	 * @return whether the catalog lists at least one indicator
	 */
	public boolean hasCatalog(long instance) {
		Integer count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM (SELECT 1 FROM YR_CATALOG_INDICATOR WHERE INSTANCE_ID = ? LIMIT 1)",
				Integer.class, instance);
		return count != null && count > 0;
	}

	/**
	 * The indicators of the consolidated review: the province-wide figure of each catalog
	 * indicator (at most one each).
	 * @param instance the job instance
	 * @return the figures in catalog order
	 */
	public List<ResultRow> reviewResults(long instance) {
		List<ResultRow> rows = new ArrayList<>(
				this.jdbc.query(this.reported + " AND v.IN_REVIEW", (rs, n) -> row(rs), instance));
		rows.addAll(this.jdbc.query(this.unreported + " AND u.IN_REVIEW", (rs, n) -> row(rs), instance));
		rows.sort(ResultRow.RESULTS_ORDER);
		return rows;
	}

	/**
	 * Hands the results of one department to a consumer, in the order they are stored:
	 * its accepted rows, read through the files it appears in (or through the index by
	 * department when many departments share files), and the catalog indicators in its
	 * charge that nobody reported.
	 * @param instance the job instance
	 * @param department the department code
	 * @param consumer receives each row
	 */
	public void forEachDepartmentResult(long instance, String department, Consumer<ResultRow> consumer) {
		RowCallbackHandler handler = (rs) -> consumer.accept(row(rs));
		if (this.rows.rowsIndexedByDepartment(instance)) {
			this.jdbc.query(this.reported + " AND r.DEPARTMENT = ?", handler, instance, department);
		}
		else {
			for (Integer fileNo : this.jdbc.queryForList("""
					SELECT FILE_NO FROM YR_FILE_DEPARTMENT
					WHERE INSTANCE_ID = ? AND DEPARTMENT = ? AND ROWS_ACCEPTED > 0 ORDER BY FILE_NO""", Integer.class,
					instance, department)) {
				this.jdbc.query(this.reported + " AND r.FILE_NO = ? AND r.DEPARTMENT = ?", handler, instance, fileNo,
						department);
			}
		}
		this.jdbc.query(this.unreported + " AND u.DEPARTMENT = ?", handler, instance, department);
	}

	/**
	 * The departments that get their own evaluation: every department with a row, a
	 * result or a problem (including expected departments that sent nothing).
	 * @param instance the job instance
	 * @return each code and name, in code order
	 */
	public List<CatalogTables.Department> departmentsToEvaluate(long instance) {
		return this.jdbc.query("""
				SELECT x.DEPARTMENT, COALESCE(d.NAME, x.DEPARTMENT) FROM (
					SELECT DEPARTMENT FROM YR_FILE_DEPARTMENT WHERE INSTANCE_ID = ?
					UNION SELECT DEPARTMENT FROM YR_RESULT WHERE INSTANCE_ID = ? AND DEPARTMENT <> ''
					UNION SELECT CELL_VALUE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND REASON_CODE = 'NOT_SUBMITTED'
				) x LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = ? AND d.DEPARTMENT = x.DEPARTMENT
				ORDER BY x.DEPARTMENT""", (rs, n) -> new CatalogTables.Department(rs.getString(1), rs.getString(2)),
				instance, instance, instance, instance);
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
		Map<TaskLevel, Long> counts = new java.util.EnumMap<>(TaskLevel.class);
		this.jdbc.query("""
				SELECT t.TASK_LEVEL, COUNT(*) FROM YR_TASK t
				JOIN YR_ROW r ON r.INSTANCE_ID = t.INSTANCE_ID AND r.FILE_NO = t.FILE_NO AND r.LINE = t.LINE
				WHERE t.INSTANCE_ID = ? AND r.ACCEPTED AND r.REPORTED_YEAR = ? GROUP BY t.TASK_LEVEL""",
				(RowCallbackHandler) (rs) -> counts.put(TaskLevel.valueOf(rs.getString(1)), rs.getLong(2)), instance,
				year);
		return counts;
	}

	/**
	 * The five-year resolution's targets of the catalog.
	 * @param instance the job instance
	 * @return indicator code to its term target, in catalog order
	 */
	public Map<String, TermTarget> termTargets(long instance) {
		Map<String, TermTarget> targets = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT INDICATOR, TERM_TARGET, TERM_TARGET_WORDS, TERM_KIND FROM YR_CATALOG_INDICATOR
				WHERE INSTANCE_ID = ? AND TERM_TARGET IS NOT NULL ORDER BY GROUP_ORDER, SORT_ORDER, INDICATOR""",
				(RowCallbackHandler) (rs) -> targets.put(rs.getString(1),
						new TermTarget(Target.fromCanonical(rs.getString(2)).writtenAs(rs.getString(3)),
								TermProgress.Kind.valueOf(rs.getString(4)))),
				instance);
		return targets;
	}

	/**
	 * The figures of the term's earlier years accepted from the history file.
	 * @param instance the job instance
	 * @return indicator code to its figures by year
	 */
	public Map<String, Map<Integer, BigDecimal>> history(long instance) {
		Map<String, Map<Integer, BigDecimal>> history = new HashMap<>();
		this.jdbc.query("SELECT INDICATOR, YEAR, VAL FROM YR_HISTORY WHERE INSTANCE_ID = ?",
				(RowCallbackHandler) (rs) -> history.computeIfAbsent(rs.getString(1), (i) -> new TreeMap<>())
					.put(rs.getInt(2), new BigDecimal(rs.getString(3))),
				instance);
		return history;
	}

	/**
	 * A target of the five-year resolution.
	 *
	 * @param target the target as the resolution wrote it
	 * @param kind how it is measured
	 */
	public record TermTarget(Target target, TermProgress.Kind kind) {

	}

	private ResultRow row(ResultSet rs) throws SQLException {
		return new ResultRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), unit(rs.getString(5)),
				rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(9), rs.getBoolean(10), rs.getString(11),
				rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
				Status.valueOf(rs.getString(17)), rs.getString(18), rs.getString(19), rs.getString(20));
	}

	/**
	 * A unit in the edition's language: in the English edition, a Vietnamese unit the
	 * catalog gives no {@code unit_en} for and the messages know ({@code unit.ty_dong});
	 * any other unit as it is.
	 */
	private String unit(String unit) {
		if (this.units == null || unit == null || unit.isBlank()) {
			return unit;
		}
		String key = "unit." + Text.fold(unit).replace(' ', '_');
		return this.units.has(key) ? this.units.get(key) : unit;
	}

}
