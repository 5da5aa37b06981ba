package vn.yearendreview.staging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogDepartment;
import vn.yearendreview.model.CatalogIndicator;
import vn.yearendreview.model.CheckedHistory;
import vn.yearendreview.model.HistoryFigure;
import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.IndicatorInput;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TermProgress;

/**
 * The catalog a run uses: its indicators ({@code YR_CATALOG_INDICATOR}), its departments
 * ({@code YR_DEPARTMENT}) and the province's figures of the term's earlier years
 * ({@code YR_HISTORY}).
 */
public class CatalogTables {

	private final JdbcTemplate jdbc;

	private final FileTable files;

	private final ProblemTable problems;

	/**
	 * The catalog tables of a staging schema.
	 * @param schema the schema
	 * @param files the files, among which the history file's counts are kept
	 * @param problems the problems, where the history file's are filed
	 */
	public CatalogTables(StagingSchema schema, FileTable files, ProblemTable problems) {
		this.jdbc = schema.jdbc();
		this.files = files;
		this.problems = problems;
	}

	/**
	 * Stores the catalog a run uses.
	 * @param instance the job instance
	 * @param catalog the catalog
	 */
	public void saveCatalog(long instance, Catalog catalog) {
		List<Object[]> indicators = new ArrayList<>();
		for (CatalogIndicator c : catalog.indicators().values()) {
			indicators.add(new Object[] { instance, c.indicator(), (c.group() != null) ? c.group().code() : null,
					(c.group() != null) ? c.group().ordinal() : IndicatorGroup.values().length, c.name(), c.unit(),
					Columns.canonical(c.plan()), Columns.words(c.plan()), Columns.canonical(c.planNext()),
					Columns.words(c.planNext()), c.department(), c.resolution(), c.order(), c.nameEn(), c.unitEn(),
					Columns.canonical(c.termTarget()), Columns.words(c.termTarget()),
					(c.termKind() != null) ? c.termKind().name() : null,
					(c.maxChange() != null) ? c.maxChange().toPlainString() : null, c.bounded() });
		}
		this.jdbc.batchUpdate("""
				INSERT INTO YR_CATALOG_INDICATOR (INSTANCE_ID, INDICATOR, GROUP_CODE, GROUP_ORDER, NAME, UNIT, PLAN,
					PLAN_WORDS, PLAN_NEXT, PLAN_NEXT_WORDS, DEPARTMENT, RESOLUTION, SORT_ORDER, NAME_EN, UNIT_EN,
					TERM_TARGET, TERM_TARGET_WORDS, TERM_KIND, MAX_CHANGE, BOUNDED)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", indicators);
		List<Object[]> departments = new ArrayList<>();
		for (CatalogDepartment d : catalog.departments().values()) {
			departments.add(new Object[] { instance, d.department(), d.name(), d.expected(), departments.size() });
		}
		this.jdbc.batchUpdate(
				"INSERT INTO YR_DEPARTMENT (INSTANCE_ID, DEPARTMENT, NAME, EXPECTED, SORT_ORDER) VALUES (?, ?, ?, ?, ?)",
				departments);
	}

	/**
	 * Stores the checked figures of the term's earlier years, replacing those of an
	 * earlier attempt: the figures accepted, the problems, and the file's counts.
	 * @param instance the job instance
	 * @param fileNo the history file's number
	 * @param checked the outcome of its checks
	 */
	public void saveHistory(long instance, int fileNo, CheckedHistory checked) {
		this.jdbc.update("DELETE FROM YR_HISTORY WHERE INSTANCE_ID = ?", instance);
		this.problems.deleteFileProblems(instance, fileNo);
		List<Object[]> values = new ArrayList<>();
		for (HistoryFigure value : checked.accepted()) {
			// kept as written unless its trailing zeros would not fit the column
			String plain = value.value().toPlainString();
			values.add(new Object[] { instance, value.indicator(), value.year(),
					(plain.length() <= 60) ? plain : value.value().stripTrailingZeros().toPlainString() });
		}
		if (!values.isEmpty()) {
			this.jdbc.batchUpdate("INSERT INTO YR_HISTORY (INSTANCE_ID, INDICATOR, YEAR, VAL) VALUES (?, ?, ?, ?)",
					values);
		}
		this.problems.insertProblems(instance, fileNo, checked.problems());
		boolean rejected = checked.problems().stream().anyMatch((p) -> p.isError() && p.line() == null);
		this.files.saveCounts(instance, fileNo, checked.read(), checked.accepted().size(), rejected);
	}

	/**
	 * The catalog indicators without a department in charge that more than one department
	 * reports.
	 * @param instance the job instance
	 * @return each with two of its departments, in code order
	 */
	public List<SharedIndicator> indicatorsWithoutOwnerReportedBySeveral(long instance) {
		Long ownerless = this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM YR_CATALOG_INDICATOR WHERE INSTANCE_ID = ? AND COALESCE(DEPARTMENT, '') = ''""",
				Long.class, instance);
		if (ownerless == null || ownerless == 0) {
			return List.of();
		}
		return this.jdbc.query("""
				SELECT r.INDICATOR, MIN(r.DEPARTMENT), MAX(r.DEPARTMENT) FROM YR_ROW r
				JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR
				WHERE r.INSTANCE_ID = ? AND r.ACCEPTED AND COALESCE(c.DEPARTMENT, '') = ''
				GROUP BY r.INDICATOR HAVING MIN(r.DEPARTMENT) <> MAX(r.DEPARTMENT) ORDER BY r.INDICATOR""",
				(rs, n) -> new SharedIndicator(rs.getString(1), rs.getString(2), rs.getString(3)), instance);
	}

	/**
	 * Marks catalog indicators whose figure no single department gives: the review takes
	 * none of theirs.
	 * @param instance the job instance
	 * @param indicators the indicator codes
	 */
	public void markShared(long instance, List<String> indicators) {
		this.jdbc.update("UPDATE YR_CATALOG_INDICATOR SET SHARED = FALSE WHERE INSTANCE_ID = ?", instance);
		for (int from = 0; from < indicators.size(); from += 1_000) {
			List<String> some = indicators.subList(from, Math.min(indicators.size(), from + 1_000));
			List<Object> arguments = new ArrayList<>(some.size() + 1);
			arguments.add(instance);
			arguments.addAll(some);
			this.jdbc.update("UPDATE YR_CATALOG_INDICATOR SET SHARED = TRUE WHERE INSTANCE_ID = ? AND INDICATOR IN ("
					+ String.join(", ", Collections.nCopies(some.size(), "?")) + ")", arguments.toArray());
		}
	}

	/**
	 * The expected departments with no row at all.
	 * @param instance the job instance
	 * @return each code and name, in code order
	 */
	public List<Department> expectedWithoutRows(long instance) {
		return this.jdbc.query("""
				SELECT d.DEPARTMENT, d.NAME FROM YR_DEPARTMENT d
				WHERE d.INSTANCE_ID = ? AND d.EXPECTED AND NOT EXISTS (SELECT 1 FROM YR_FILE_DEPARTMENT f
					JOIN YR_FILE k ON k.INSTANCE_ID = f.INSTANCE_ID AND k.FILE_NO = f.FILE_NO
					WHERE f.INSTANCE_ID = d.INSTANCE_ID AND f.DEPARTMENT = d.DEPARTMENT AND k.ROWS_EXPECTED)
				ORDER BY d.DEPARTMENT""", (rs, n) -> new Department(rs.getString(1), rs.getString(2)), instance);
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
	 * The departments that get their own evaluation: every department with a row, a
	 * result or a problem (including expected departments that sent nothing).
	 * @param instance the job instance
	 * @return each code and name, in code order
	 */
	public List<Department> departmentsToEvaluate(long instance) {
		return this.jdbc.query("""
				SELECT x.DEPARTMENT, COALESCE(d.NAME, x.DEPARTMENT) FROM (
					SELECT DEPARTMENT FROM YR_FILE_DEPARTMENT WHERE INSTANCE_ID = ?
					UNION SELECT DEPARTMENT FROM YR_RESULT WHERE INSTANCE_ID = ? AND DEPARTMENT <> ''
					UNION SELECT CELL_VALUE FROM YR_PROBLEM WHERE INSTANCE_ID = ? AND REASON_CODE = 'NOT_SUBMITTED'
				) x LEFT JOIN YR_DEPARTMENT d ON d.INSTANCE_ID = ? AND d.DEPARTMENT = x.DEPARTMENT
				ORDER BY x.DEPARTMENT""", (rs, n) -> new Department(rs.getString(1), rs.getString(2)), instance,
				instance, instance, instance);
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
							Columns.target(rs.getString(9), rs.getString(10)),
							Columns.target(rs.getString(11), rs.getString(12)), null, null, null),
					instance)
			.stream()
			.filter((indicator) -> !reported.contains(indicator.indicator()))
			.toList();
	}

	/**
	 * A target of the five-year resolution.
	 *
	 * @param target the target as the resolution wrote it
	 * @param kind how it is measured
	 */
	public record TermTarget(Target target, TermProgress.Kind kind) {

	}

	/**
	 * A department of the catalog, or one that sent rows without being in it.
	 *
	 * @param code its code
	 * @param name its name from the catalog, else its code
	 */
	public record Department(String code, String name) {

	}

	/**
	 * An indicator without a department in charge that several departments report.
	 *
	 * @param indicator its code
	 * @param oneDepartment one of them
	 * @param anotherDepartment another
	 */
	public record SharedIndicator(String indicator, String oneDepartment, String anotherDepartment) {

	}

}
