package vn.yearendreview.submission;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.FileTable.FileDepartmentCount;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.RecordTable;
import vn.yearendreview.staging.Rejection;
import vn.yearendreview.staging.RowGroup;
import vn.yearendreview.staging.TaskTable;
import vn.yearendreview.submission.kind.AcceptedCounts;
import vn.yearendreview.submission.kind.SubmissionKind;
import vn.yearendreview.submission.kind.WholeSet;

/**
 * The rules that need every row: the year under review (given, or the latest year
 * reported, not later than next year), rows of another year than their kind's, the
 * same-key rule of each kind of submission (a department's indicator reported more than
 * once, a matter registered twice), indicators without a department in charge that
 * several departments report, and expected departments that sent nothing. Then it counts,
 * per file and per department, what was read and accepted.
 *
 * <p>
 * The rows are read in the order they are stored: a count by file, department and year;
 * the rows of another year, when there are any; then what each kind's same-key rule
 * reads. Nothing held grows with the rows: rejections are stored a batch at a time.
 */
class SubmissionChecks {

	/**
	 * Reading departments through their files may cost this many passes over all rows
	 * before an index by department pays.
	 */
	private static final int SHARED_FILES_FACTOR = 4;

	/** Rows of another year read and rejected at once. */
	private static final int PAGE = 10_000;

	private final FileTable files;

	private final RecordTable rows;

	private final TaskTable tasks;

	private final CatalogTables catalog;

	private final ProblemTable problems;

	private final Messages messages;

	private final SubmissionKinds kinds;

	public SubmissionChecks(FileTable files, RecordTable rows, TaskTable tasks, CatalogTables catalog,
			ProblemTable problems, Messages messages, SubmissionKinds kinds) {
		this.files = files;
		this.rows = rows;
		this.tasks = tasks;
		this.catalog = catalog;
		this.problems = problems;
		this.messages = messages;
		this.kinds = kinds;
	}

	/**
	 * Applies the rules and stores the counts.
	 * @param instance the job instance
	 * @param requestedYear the year asked for, or {@code null}
	 * @param checkOnly whether the run only checks the inputs: the check is then made for
	 * the year asked for even when no row reports it, and filed under this year when no
	 * row names a year
	 * @return what was decided and found
	 * @throws NoRowsForYearException when a run that makes documents finds no row of the
	 * year asked for, or, without a year asked for, no accepted row
	 */
	public Outcome check(long instance, Integer requestedYear, boolean checkOnly) {
		List<RowGroup> groups = this.rows.rowGroups(instance);
		int year = decideYear(groups, requestedYear, checkOnly, Year.now().getValue());
		Integer latestYear = latestYear(groups, checkOnly, Year.now().getValue());
		AcceptedCounts counts = new AcceptedCounts();
		boolean otherYears = false;
		for (RowGroup group : groups) {
			counts.add(group.fileNo(), group.department(), group.rows(), group.accepted() ? group.rows() : 0);
			if (group.accepted()) {
				otherYears |= group.year() == null || group.year() != year + group.yearOffset();
			}
		}
		// Before any change: creating an index ends the transaction.
		indexDepartmentsWhenFilesAreShared(instance, counts);
		int wrongYear = otherYears ? rejectOtherYears(instance, year, counts) : 0;
		int duplicates = 0;
		WholeSet set = new WholeSet(instance, this.files, this.rows, this.tasks, this.problems, this.messages, counts);
		for (SubmissionKind kind : this.kinds.all()) {
			duplicates += kind.sameKeyRule().apply(set);
		}
		this.files.storeCounts(instance, counts.counts()
			.stream()
			.map((count) -> new FileDepartmentCount(count.fileNo(), count.department(), count.read(), count.accepted()))
			.toList());
		markIndicatorsWithoutOwner(instance);
		int missing = listMissingDepartments(instance);
		return new Outcome(year, wrongYear, duplicates, missing, this.files.countRejections(instance), latestYear);
	}

	/**
	 * The year the inputs are reviewed for when none is asked for, so that asking for it
	 * by name is known to be the same run.
	 */
	private static Integer latestYear(List<RowGroup> groups, boolean checkOnly, int thisYear) {
		try {
			return decideYear(groups, null, checkOnly, thisYear);
		}
		catch (NoRowsForYearException ex) {
			return null;
		}
	}

	/**
	 * The year under review: the year asked for, else the latest year of accepted rows of
	 * indicator figures not later than next year (a narrative point of another year is
	 * rejected, it never moves the review); for a check of files with no accepted figure,
	 * the latest year their refused figures give, else this year.
	 * @param groups the rows counted by file, department, acceptance and year
	 * @param requested the year asked for, or {@code null}
	 * @param checkOnly whether the run only checks the inputs
	 * @param thisYear the current year
	 * @return the year
	 * @throws NoRowsForYearException when a run that makes documents finds no row of the
	 * year asked for, or, without a year asked for, no accepted row
	 */
	static int decideYear(List<RowGroup> groups, Integer requested, boolean checkOnly, int thisYear) {
		SortedMap<Integer, Long> present = new TreeMap<>();
		for (RowGroup group : groups) {
			if (group.accepted() && group.year() != null && group.expected()) {
				present.merge(group.year(), group.rows(), Long::sum);
			}
		}
		if (requested != null) {
			if (!checkOnly && !present.containsKey(requested)) {
				throw new NoRowsForYearException(requested, present);
			}
			return requested;
		}
		int latestPossible = thisYear + 1;
		SortedMap<Integer, Long> possible = present.headMap(latestPossible + 1);
		if (!possible.isEmpty()) {
			return possible.lastKey();
		}
		if (checkOnly) {
			// Files whose every figure was refused: the check goes back to the
			// departments under the year they report.
			return groups.stream()
				.filter((group) -> group.expected() && group.year() != null && group.year() <= latestPossible)
				.map(RowGroup::year)
				.max(Integer::compare)
				.orElse(thisYear);
		}
		throw new NoRowsForYearException(null, present);
	}

	/**
	 * Rejects the accepted rows of another year, a page of one file at a time, and takes
	 * them off the accepted counts.
	 * @return how many were rejected
	 */
	private int rejectOtherYears(long instance, int year, AcceptedCounts counts) {
		int rejected = 0;
		for (int fileNo : counts.counts().stream().map(AcceptedCounts.Count::fileNo).distinct().toList()) {
			long after = 0;
			List<RecordTable.OtherYearRow> page;
			do {
				page = this.rows.rowsOfOtherYears(instance, year, fileNo, after, PAGE);
				List<Rejection> rejections = new ArrayList<>();
				for (RecordTable.OtherYearRow row : page) {
					String reported = String.valueOf(row.year());
					String message = (row.yearOffset() != 0)
							? this.messages.get("problem.WRONG_YEAR." + row.kind(), reported,
									String.valueOf(year + row.yearOffset()), String.valueOf(year))
							: this.messages.get("problem.WRONG_YEAR", reported, String.valueOf(year));
					rejections.add(new Rejection(row.fileNo(), row.department(), new Problem(Problem.Severity.ERROR,
							row.line(), row.yearHeader(), reported, Reason.WRONG_YEAR, message)));
					counts.reject(row.fileNo(), row.department());
					after = row.line();
				}
				this.rows.reject(instance, rejections);
				this.problems.dropWarnings(instance, rejections, Reason.PLAN_DIFFERS);
				rejected += rejections.size();
			}
			while (page.size() == PAGE);
		}
		return rejected;
	}

	private void indexDepartmentsWhenFilesAreShared(long instance, AcceptedCounts counts) {
		Map<Integer, Long> fileRows = new HashMap<>();
		counts.counts().forEach((count) -> fileRows.merge(count.fileNo(), count.read(), Long::sum));
		long rows = fileRows.values().stream().mapToLong(Long::longValue).sum();
		long passes = counts.counts()
			.stream()
			.filter((count) -> count.department() != null)
			.mapToLong((count) -> fileRows.get(count.fileNo()))
			.sum();
		if (passes > SHARED_FILES_FACTOR * rows + 100_000) {
			this.rows.indexRowsByDepartment(instance);
		}
	}

	/**
	 * An indicator whose department in charge the catalog does not name is printed in the
	 * consolidated review with the figure of the one department that reports it. When
	 * several departments report it, none of their figures is the province's: the review
	 * takes none (it shows the indicator without data), and a warning asks the planner to
	 * name the department in charge.
	 */
	private void markIndicatorsWithoutOwner(long instance) {
		List<Problem> problems = new ArrayList<>();
		List<String> shared = new ArrayList<>();
		for (CatalogTables.SharedIndicator indicator : this.catalog.indicatorsWithoutOwnerReportedBySeveral(instance)) {
			shared.add(indicator.indicator());
			problems.add(new Problem(Problem.Severity.WARNING, null, null, indicator.indicator(), Reason.NO_OWNER,
					this.messages.get("problem.NO_OWNER", indicator.indicator(), indicator.oneDepartment(),
							indicator.anotherDepartment())));
		}
		this.catalog.markShared(instance, shared);
		this.problems.replaceRunProblems(instance, Reason.NO_OWNER, problems);
	}

	/**
	 * Lists, as warnings, the expected departments with no row at all.
	 * @param instance the job instance
	 * @return how many departments sent nothing
	 */
	private int listMissingDepartments(long instance) {
		List<Problem> problems = new ArrayList<>();
		for (CatalogTables.Department department : this.catalog.expectedWithoutRows(instance)) {
			problems.add(new Problem(Problem.Severity.WARNING, null, null, department.code(), Reason.NOT_SUBMITTED,
					this.messages.get("problem.NOT_SUBMITTED", department.code(), department.name())));
		}
		this.problems.replaceRunProblems(instance, Reason.NOT_SUBMITTED, problems);
		return problems.size();
	}

	/**
	 * What the checks decided and found.
	 *
	 * @param year the year under review
	 * @param otherYears rows rejected for reporting another year
	 * @param duplicates rows rejected as reported more than once
	 * @param missingDepartments expected departments that sent nothing
	 * @param rejections rejected rows plus rejected files without rows
	 * @param latestYear the year the inputs are reviewed for when none is asked for,
	 * {@code null} when no row gives one
	 */
	public record Outcome(int year, int otherYears, int duplicates, int missingDepartments, long rejections,
			Integer latestYear) {

	}

}
