package vn.yearendreview.staging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.yearendreview.model.Assessment;
import vn.yearendreview.model.EvaluatedIndicator;
import vn.yearendreview.model.IndicatorInput;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Text;

/**
 * The evaluated indicators: the catalog indicators nobody reported ({@code YR_RESULT}),
 * evaluated as having no data, read together with the accepted rows and their verdicts as
 * every document reads the results. Rows are handed over as they are read, never all at
 * once, except the review's, which are at most one per catalog indicator.
 */
public class ResultTable {

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

	private final FileTable files;

	private final RecordTable rows;

	/** The evaluated rows of this edition: {@link #REPORTED} with its names. */
	private final String reported;

	/** The catalog indicators nobody reported, with the names of this edition. */
	private final String unreported;

	/** The units of the documents' language, for a unit the catalog gives none for. */
	private final Messages units;

	/**
	 * The results of a staging schema, with the names of the Vietnamese edition.
	 * @param schema the schema
	 * @param files the files, whose rows are read file by file
	 * @param rows the staged records
	 */
	public ResultTable(StagingSchema schema, FileTable files, RecordTable rows) {
		this(schema, files, rows, Messages.of("vi"));
	}

	/**
	 * Reads the results with the names of an edition: the English edition takes the
	 * catalog's {@code name_en} and {@code unit_en} where given, and where a unit has no
	 * {@code unit_en}, the English of a common Vietnamese unit ({@code tỷ đồng} is
	 * {@code billion VND}) from the messages' {@code unit.} keys.
	 * @param schema the schema
	 * @param files the files, whose rows are read file by file
	 * @param rows the staged records
	 * @param messages the words of the documents' language, {@code vi} or {@code en}
	 */
	public ResultTable(StagingSchema schema, FileTable files, RecordTable rows, Messages messages) {
		this.jdbc = schema.jdbc();
		this.files = files;
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
					ps.setString(13, Columns.plain(in.actual()));
					ps.setString(14, Columns.plain(in.previous()));
					ps.setString(15, in.note());
					ps.setString(16, Columns.plain(a.percentOfPlan()));
					ps.setString(17, Columns.plain(a.percentOfPrevious()));
					ps.setString(18, a.status().name());
					ps.setString(19, Columns.words(in.plan()));
					ps.setString(20, Columns.words(in.planNext()));
				});
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
		for (Map.Entry<Integer, Long> file : this.files.lastLinesOfFilesWithAcceptedRows(instance).entrySet()) {
			int fileNo = file.getKey();
			long last = file.getValue();
			for (long first = 1; first <= last; first += WINDOW) {
				this.jdbc.query(this.reported + " AND r.FILE_NO = ? AND r.LINE BETWEEN ? AND ?", handler, instance,
						fileNo, first, first + WINDOW - 1);
			}
		}
		this.jdbc.query(this.unreported, handler, instance);
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
			for (Integer fileNo : this.files.filesWithAcceptedRows(instance, department)) {
				this.jdbc.query(this.reported + " AND r.FILE_NO = ? AND r.DEPARTMENT = ?", handler, instance, fileNo,
						department);
			}
		}
		this.jdbc.query(this.unreported + " AND u.DEPARTMENT = ?", handler, instance, department);
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
