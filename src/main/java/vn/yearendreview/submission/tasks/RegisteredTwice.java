package vn.yearendreview.submission.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.staging.Rejection;
import vn.yearendreview.staging.TaskTable;
import vn.yearendreview.submission.kind.Rejections;
import vn.yearendreview.submission.kind.SameKeyRows;
import vn.yearendreview.submission.kind.SameKeyRule;
import vn.yearendreview.submission.kind.WholeSet;

/**
 * The same-key rule of task registrations: a matter counts once for a department, and a
 * matter two departments register is pointed out to each.
 */
final class RegisteredTwice implements SameKeyRule {

	/**
	 * A matter a department registered twice for the same month (a file and its
	 * correction) counts once, as {@link #keepOne} decides. Each department that
	 * registered a matter another department registered for the same month is warned,
	 * naming the others: the office decides which to keep.
	 */
	@Override
	public int apply(WholeSet set) {
		Rejections rejections = set.rejections(null);
		List<TaskTable.SharedTask> matter = new ArrayList<>();
		set.tasks().forEachTaskRegisteredByOthers(set.instance(), (task) -> {
			if (!matter.isEmpty() && matter.get(0).contentKey() != task.contentKey()) {
				checkMatter(set.messages(), matter, rejections);
				matter.clear();
			}
			matter.add(task);
		});
		checkMatter(set.messages(), matter, rejections);
		return rejections.finish();
	}

	/** The registrations of one matter and month. */
	private static void checkMatter(Messages messages, List<TaskTable.SharedTask> registered, Rejections rejections) {
		Map<String, List<TaskTable.SharedTask>> byDepartment = new LinkedHashMap<>();
		registered
			.forEach((task) -> byDepartment.computeIfAbsent(task.department(), (d) -> new ArrayList<>()).add(task));
		List<TaskTable.SharedTask> tasks = new ArrayList<>();
		for (List<TaskTable.SharedTask> sent : byDepartment.values()) {
			TaskTable.SharedTask kept = keepOne(messages, sent, rejections);
			if (kept != null) {
				tasks.add(kept);
			}
		}
		if (tasks.size() < 2) {
			return;
		}
		for (TaskTable.SharedTask task : tasks) {
			List<String> others = new ArrayList<>();
			List<String> places = new ArrayList<>();
			for (TaskTable.SharedTask other : tasks) {
				if (!other.department().equals(task.department()) && places.size() < SameKeyRows.PLACES_LISTED) {
					if (!others.contains(other.department())) {
						others.add(other.department());
					}
					places.add(messages.get("problem.place", other.fileName(), String.valueOf(other.line())));
				}
			}
			String when = (task.quarter() != null) ? messages.get("task.quarter", task.quarter())
					: messages.get("task.month", task.month());
			rejections.warn(new Rejection(task.fileNo(), task.department(),
					new Problem(Problem.Severity.WARNING, task.line(), task.contentHeader(), null,
							Reason.DUPLICATE_TASK, messages.get("problem.DUPLICATE_TASK", String.join(", ", others),
									when, String.join("; ", places)))));
		}
	}

	private static TaskTable.SharedTask keepOne(Messages messages, List<TaskTable.SharedTask> sent,
			Rejections rejected) {
		if (sent.size() == 1) {
			return sent.get(0);
		}
		Map<SameKeyRows.Row, TaskTable.SharedTask> tasks = new LinkedHashMap<>();
		for (TaskTable.SharedTask task : sent) {
			tasks.put(new SameKeyRows.Row(task.fileNo(), task.line(),
					SameKeyRows.isOwnFile(task.fileName(), task.department()), task.details()), task);
		}
		TaskTable.SharedTask kept = null;
		for (SameKeyRows.Verdict verdict : SameKeyRows.decide(new ArrayList<>(tasks.keySet()))) {
			TaskTable.SharedTask task = tasks.get(verdict.row());
			if (verdict.reason() == null) {
				kept = task;
				continue;
			}
			String message;
			if (verdict.reason() == Reason.CONFLICT) {
				List<String> places = new ArrayList<>();
				for (TaskTable.SharedTask other : sent) {
					if (other != task && places.size() < SameKeyRows.PLACES_LISTED) {
						places.add(messages.get("problem.place", other.fileName(), String.valueOf(other.line())));
					}
				}
				message = messages.get("problem.CONFLICT.task", task.department(), String.join("; ", places));
			}
			else {
				TaskTable.SharedTask other = tasks.get(verdict.kept());
				message = messages.get("problem." + verdict.reason().name() + ".task", other.fileName(),
						String.valueOf(other.line()), task.department());
			}
			rejected
				.add(new Rejection(task.fileNo(), task.department(), new Problem(SameKeyRows.severity(verdict.reason()),
						task.line(), task.contentHeader(), null, verdict.reason(), message)));
		}
		return kept;
	}

}
