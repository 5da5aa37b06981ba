package vn.yearendreview.submission;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.staging.CheckQueries.FileDepartmentCount;
import vn.yearendreview.staging.CheckQueries.FileHeaders;
import vn.yearendreview.staging.CheckQueries.Rejection;
import vn.yearendreview.staging.CheckQueries.RowGroup;
import vn.yearendreview.staging.CheckQueries;
import vn.yearendreview.staging.ResultQueries;

/**
 * The rules that need every row: the year under review (given, or the latest year
 * reported, not later than next year), rows of another year, rows of a department and
 * indicator reported more than once (decided by {@link SameKeyRows}, never by the order
 * of file names), indicators without a department in charge that several departments
 * report, and expected departments that sent nothing. Then it counts, per file and per
 * department, what was read and accepted.
 *
 * <p>
 * The rows are read in the order they are stored: a count by file, department and year;
 * the rows of another year, when there are any; the keys of the accepted rows, once when
 * no key repeats and more often when some do ({@link RepeatedKeys}). Nothing held grows
 * with the rows: rejections are stored a batch at a time, and the registrations shared by
 * departments are read one matter at a time.
 */
class SubmissionChecks {

	/** The other rows a conflict names; more are shown as "…". */
	private static final int PLACES_LISTED = 5;

	/**
	 * Reading departments through their files may cost this many passes over all rows
	 * before an index by department pays.
	 */
	private static final int SHARED_FILES_FACTOR = 4;

	/** Rows of another year read and rejected at once. */
	private static final int PAGE = 10_000;

	private final CheckQueries rows;

	private final Messages messages;

	public SubmissionChecks(CheckQueries rows, Messages messages) {
		this.rows = rows;
		this.messages = messages;
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
		Map<FileDepartment, long[]> counts = new TreeMap<>();
		boolean otherYears = false;
		for (RowGroup group : groups) {
			long[] count = counts.computeIfAbsent(new FileDepartment(group.fileNo(), group.department()),
					(key) -> new long[2]);
			count[0] += group.rows();
			if (group.accepted()) {
				count[1] += group.rows();
				otherYears |= group.year() == null || group.year() != year;
			}
		}
		// Before any change: creating an index ends the transaction.
		indexDepartmentsWhenFilesAreShared(instance, counts);
		int wrongYear = otherYears ? rejectOtherYears(instance, year, counts) : 0;
		int duplicates = rejectRowsReportedTwice(instance, counts) + checkTasksRegisteredTwice(instance, counts);
		List<FileDepartmentCount> stored = new ArrayList<>();
		counts.forEach((key, count) -> stored
			.add(new FileDepartmentCount(key.fileNo(), key.department(), count[0], count[1])));
		this.rows.storeCounts(instance, stored);
		markIndicatorsWithoutOwner(instance);
		int missing = listMissingDepartments(instance);
		return new Outcome(year, wrongYear, duplicates, missing, this.rows.countRejections(instance), latestYear);
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
			if (group.accepted() && group.year() != null && group.figures()) {
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
				.filter((group) -> group.figures() && group.year() != null && group.year() <= latestPossible)
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
	private int rejectOtherYears(long instance, int year, Map<FileDepartment, long[]> counts) {
		int rejected = 0;
		for (int fileNo : counts.keySet().stream().map(FileDepartment::fileNo).distinct().toList()) {
			long after = 0;
			List<CheckQueries.OtherYearRow> page;
			do {
				page = this.rows.rowsOfOtherYears(instance, year, TaskRegistrations.CODE, fileNo, after, PAGE);
				List<Rejection> rejections = new ArrayList<>();
				for (CheckQueries.OtherYearRow row : page) {
					String reported = String.valueOf(row.year());
					String message = row.nextYear()
							? this.messages.get("problem.WRONG_YEAR.tasks", reported, String.valueOf(year + 1),
									String.valueOf(year))
							: this.messages.get("problem.WRONG_YEAR", reported, String.valueOf(year));
					rejections.add(new Rejection(row.fileNo(), row.department(), new Problem(Problem.Severity.ERROR,
							row.line(), row.yearHeader(), reported, Reason.WRONG_YEAR, message)));
					counts.get(new FileDepartment(row.fileNo(), row.department()))[1]--;
					after = row.line();
				}
				this.rows.reject(instance, rejections);
				this.rows.dropWarnings(instance, rejections, Reason.PLAN_DIFFERS);
				rejected += rejections.size();
			}
			while (page.size() == PAGE);
		}
		return rejected;
	}

	/**
	 * Rejects all but one row of each department and indicator reported more than once,
	 * as {@link SameKeyRows} decides; the keys are found by {@link RepeatedKeys}, and the
	 * rejections stored a batch at a time.
	 * @return the rows rejected
	 */
	private int rejectRowsReportedTwice(long instance, Map<FileDepartment, long[]> counts) {
		Map<Integer, FileHeaders> files = new HashMap<>();
		this.rows.fileHeaders(instance).forEach((file) -> files.put(file.fileNo(), file));
		long accepted = counts.values().stream().mapToLong((count) -> count[1]).sum();
		Rejections rejections = new Rejections(instance, counts, Reason.PLAN_DIFFERS);
		RepeatedKeys.find((consumer) -> this.rows.forEachAcceptedKey(instance, consumer), accepted, (key) -> {
			List<SameKeyRows.Row> sameKey = new ArrayList<>();
			for (long place : key.places()) {
				int fileNo = RepeatedKeys.fileNo(place);
				long line = RepeatedKeys.line(place);
				CheckQueries.Figures figures = this.rows.figures(instance, fileNo, line);
				sameKey.add(new SameKeyRows.Row(fileNo, line,
						SameKeyRows.isOwnFile(files.get(fileNo).name(), key.department()), figures.key(),
						figures.note()));
			}
			List<SameKeyRows.Verdict> verdicts = SameKeyRows.decide(sameKey);
			for (SameKeyRows.Verdict verdict : verdicts) {
				if (verdict.reason() != null) {
					int fileNo = verdict.row().fileNo();
					rejections.add(new Rejection(fileNo, key.department(),
							new Problem(severity(verdict.reason()), verdict.row().line(), files.get(fileNo).keyHeader(),
									key.indicator(), verdict.reason(), sameKeyMessage(verdict, verdicts, key, files))));
				}
			}
		});
		return rejections.finish();
	}

	/**
	 * Rejections stored a batch at a time, each error taken from its file's and
	 * department's accepted count.
	 */
	private final class Rejections {

		private static final int BATCH = 5_000;

		private final long instance;

		private final Map<FileDepartment, long[]> counts;

		private final Reason droppedWarning;

		private final List<Rejection> batch = new ArrayList<>();

		private final List<Rejection> warnings = new ArrayList<>();

		private int errors;

		Rejections(long instance, Map<FileDepartment, long[]> counts, Reason droppedWarning) {
			this.instance = instance;
			this.counts = counts;
			this.droppedWarning = droppedWarning;
		}

		void add(Rejection rejection) {
			if (rejection.problem().isError()) {
				this.counts.get(new FileDepartment(rejection.fileNo(), rejection.department()))[1]--;
				this.errors++;
			}
			this.batch.add(rejection);
			if (this.batch.size() == BATCH) {
				store();
			}
		}

		/** A finding about a row that stays accepted. */
		void warn(Rejection warning) {
			this.warnings.add(warning);
			if (this.warnings.size() == BATCH) {
				store();
			}
		}

		private void store() {
			SubmissionChecks.this.rows.reject(this.instance, this.batch);
			if (this.droppedWarning != null) {
				SubmissionChecks.this.rows.dropWarnings(this.instance, this.batch, this.droppedWarning);
			}
			SubmissionChecks.this.rows.addProblems(this.instance, this.warnings);
			this.batch.clear();
			this.warnings.clear();
		}

		/** Stores what is left; returns the rows rejected. */
		int finish() {
			store();
			return this.errors;
		}

	}

	/**
	 * A matter a department registered twice for the same month (a file and its
	 * correction) counts once, as {@link #keepOne} decides. Each department that
	 * registered a matter another department registered for the same month is warned,
	 * naming the others: the office decides which to keep.
	 * @return the registrations rejected
	 */
	private int checkTasksRegisteredTwice(long instance, Map<FileDepartment, long[]> counts) {
		Rejections rejections = new Rejections(instance, counts, null);
		List<CheckQueries.SharedTask> matter = new ArrayList<>();
		this.rows.forEachTaskRegisteredByOthers(instance, (task) -> {
			if (!matter.isEmpty() && matter.get(0).contentKey() != task.contentKey()) {
				checkMatter(matter, rejections);
				matter.clear();
			}
			matter.add(task);
		});
		checkMatter(matter, rejections);
		return rejections.finish();
	}

	/** The registrations of one matter and month. */
	private void checkMatter(List<CheckQueries.SharedTask> registered, Rejections rejections) {
		Map<String, List<CheckQueries.SharedTask>> byDepartment = new LinkedHashMap<>();
		registered
			.forEach((task) -> byDepartment.computeIfAbsent(task.department(), (d) -> new ArrayList<>()).add(task));
		List<CheckQueries.SharedTask> tasks = new ArrayList<>();
		for (List<CheckQueries.SharedTask> sent : byDepartment.values()) {
			CheckQueries.SharedTask kept = keepOne(sent, rejections);
			if (kept != null) {
				tasks.add(kept);
			}
		}
		if (tasks.size() < 2) {
			return;
		}
		for (CheckQueries.SharedTask task : tasks) {
			List<String> others = new ArrayList<>();
			List<String> places = new ArrayList<>();
			for (CheckQueries.SharedTask other : tasks) {
				if (!other.department().equals(task.department()) && places.size() < PLACES_LISTED) {
					if (!others.contains(other.department())) {
						others.add(other.department());
					}
					places.add(this.messages.get("problem.place", other.fileName(), String.valueOf(other.line())));
				}
			}
			String when = (task.quarter() != null) ? this.messages.get("task.quarter", task.quarter())
					: this.messages.get("task.month", task.month());
			rejections.warn(new Rejection(task.fileNo(), task.department(),
					new Problem(Problem.Severity.WARNING, task.line(), task.contentHeader(), null,
							Reason.DUPLICATE_TASK, this.messages.get("problem.DUPLICATE_TASK",
									String.join(", ", others), when, String.join("; ", places)))));
		}
	}

	/**
	 * The same row sent twice counts once and is only a warning: nothing is lost and
	 * nothing needs correcting. Two different versions of it are rejected.
	 */
	private static Problem.Severity severity(Reason reason) {
		return (reason == Reason.DUPLICATE) ? Problem.Severity.WARNING : Problem.Severity.ERROR;
	}

	/**
	 * Decides between one department's registrations of the same matter for the same
	 * month as between rows of the same figure: the same registration sent twice counts
	 * once; two versions of it are decided by the department's own file, else neither
	 * counts and the department is asked which is right. Never by the order of file
	 * names.
	 * @param sent the department's registrations of the matter, in file and line order
	 * @param rejected receives the registrations that do not count
	 * @return the registration that counts, {@code null} when none does
	 */
	private CheckQueries.SharedTask keepOne(List<CheckQueries.SharedTask> sent, Rejections rejected) {
		if (sent.size() == 1) {
			return sent.get(0);
		}
		Map<SameKeyRows.Row, CheckQueries.SharedTask> tasks = new LinkedHashMap<>();
		for (CheckQueries.SharedTask task : sent) {
			tasks.put(new SameKeyRows.Row(task.fileNo(), task.line(),
					SameKeyRows.isOwnFile(task.fileName(), task.department()), task.details()), task);
		}
		CheckQueries.SharedTask kept = null;
		for (SameKeyRows.Verdict verdict : SameKeyRows.decide(new ArrayList<>(tasks.keySet()))) {
			CheckQueries.SharedTask task = tasks.get(verdict.row());
			if (verdict.reason() == null) {
				kept = task;
				continue;
			}
			String message;
			if (verdict.reason() == Reason.CONFLICT) {
				List<String> places = new ArrayList<>();
				for (CheckQueries.SharedTask other : sent) {
					if (other != task && places.size() < PLACES_LISTED) {
						places.add(this.messages.get("problem.place", other.fileName(), String.valueOf(other.line())));
					}
				}
				message = this.messages.get("problem.CONFLICT.task", task.department(), String.join("; ", places));
			}
			else {
				CheckQueries.SharedTask other = tasks.get(verdict.kept());
				message = this.messages.get("problem." + verdict.reason().name() + ".task", other.fileName(),
						String.valueOf(other.line()), task.department());
			}
			rejected.add(new Rejection(task.fileNo(), task.department(), new Problem(severity(verdict.reason()),
					task.line(), task.contentHeader(), null, verdict.reason(), message)));
		}
		return kept;
	}

	private String sameKeyMessage(SameKeyRows.Verdict verdict, List<SameKeyRows.Verdict> verdicts,
			RepeatedKeys.Repeated key, Map<Integer, FileHeaders> files) {
		if (verdict.reason() == Reason.CONFLICT) {
			List<String> places = new ArrayList<>();
			for (SameKeyRows.Verdict other : verdicts) {
				if (other != verdict && places.size() < PLACES_LISTED) {
					places.add(this.messages.get("problem.place", files.get(other.row().fileNo()).name(),
							String.valueOf(other.row().line())));
				}
			}
			if (verdicts.size() - 1 > PLACES_LISTED) {
				places.add("…");
			}
			return this.messages.get("problem.CONFLICT", key.indicator(), key.department(), String.join("; ", places));
		}
		return this.messages.get("problem." + verdict.reason().name(), key.indicator(), key.department(),
				files.get(verdict.kept().fileNo()).name(), String.valueOf(verdict.kept().line()));
	}

	/**
	 * A department's rows are read through the files it appears in, which costs a pass
	 * over each of those files. When many departments share files (one file holding a
	 * whole ministry's rows), that would read the same rows again and again: then the
	 * rows get an index by department, at a cost of about a third of the time taken to
	 * store them.
	 */
	private void indexDepartmentsWhenFilesAreShared(long instance, Map<FileDepartment, long[]> counts) {
		Map<Integer, Long> fileRows = new HashMap<>();
		counts.forEach((key, count) -> fileRows.merge(key.fileNo(), count[0], Long::sum));
		long rows = fileRows.values().stream().mapToLong(Long::longValue).sum();
		long passes = counts.keySet()
			.stream()
			.filter((key) -> key.department() != null)
			.mapToLong((key) -> fileRows.get(key.fileNo()))
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
		for (CheckQueries.SharedIndicator indicator : this.rows.indicatorsWithoutOwnerReportedBySeveral(instance)) {
			shared.add(indicator.indicator());
			problems.add(new Problem(Problem.Severity.WARNING, null, null, indicator.indicator(), Reason.NO_OWNER,
					this.messages.get("problem.NO_OWNER", indicator.indicator(), indicator.oneDepartment(),
							indicator.anotherDepartment())));
		}
		this.rows.markShared(instance, shared);
		this.rows.replaceRunProblems(instance, Reason.NO_OWNER, problems);
	}

	/**
	 * Lists, as warnings, the expected departments with no row at all.
	 * @param instance the job instance
	 * @return how many departments sent nothing
	 */
	private int listMissingDepartments(long instance) {
		List<Problem> problems = new ArrayList<>();
		for (ResultQueries.Department department : this.rows.expectedWithoutRows(instance)) {
			problems.add(new Problem(Problem.Severity.WARNING, null, null, department.code(), Reason.NOT_SUBMITTED,
					this.messages.get("problem.NOT_SUBMITTED", department.code(), department.name())));
		}
		this.rows.replaceRunProblems(instance, Reason.NOT_SUBMITTED, problems);
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

	/** A department and indicator seen more than once, with the places of its rows. */
	private record FileDepartment(int fileNo, String department) implements Comparable<FileDepartment> {

		@Override
		public int compareTo(FileDepartment other) {
			int byFile = Integer.compare(this.fileNo, other.fileNo);
			if (byFile != 0) {
				return byFile;
			}
			if (this.department == null || other.department == null) {
				return (this.department == null) ? ((other.department == null) ? 0 : -1) : 1;
			}
			return this.department.compareTo(other.department);
		}

	}

}
