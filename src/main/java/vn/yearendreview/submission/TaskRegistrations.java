package vn.yearendreview.submission;

import java.util.List;
import java.util.Set;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.StagedTask;

/**
 * Task registrations (DESIGN.md 9.4): the matters a department puts to the committee in
 * next year's work programme, one per record, each in a month or quarter and for a level
 * of the committee; checked by {@link TaskValidator} and staged as {@link StagedTask}s.
 */
final class TaskRegistrations implements SubmissionKind {

	static final TaskRegistrations KIND = new TaskRegistrations();

	/** The code the staging tables record for this kind. */
	static final String CODE = "tasks";

	private TaskRegistrations() {
	}

	/** A department may have no matter to put to the committee. */
	@Override
	public boolean rowsExpected() {
		return false;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<TaskColumn> columns() {
		return List.of(TaskColumn.values());
	}

	@Override
	public boolean recognizes(Set<SubmissionColumn> found) {
		return found.contains(TaskColumn.MONTH) && found.contains(TaskColumn.LEVEL);
	}

	@Override
	public SubmissionColumn yearColumn() {
		return TaskColumn.YEAR;
	}

	@Override
	public SubmissionColumn keyColumn() {
		return TaskColumn.CONTENT;
	}

	@Override
	public List<TaskColumn> numberColumns() {
		return List.of(TaskColumn.MONTH);
	}

	@Override
	public List<TaskColumn> textColumns() {
		return List.of(TaskColumn.DEPARTMENT, TaskColumn.LEVEL);
	}

	@Override
	public List<TaskColumn> freeTextColumns() {
		return List.of(TaskColumn.CONTENT, TaskColumn.LEAD, TaskColumn.SUPPORT, TaskColumn.PRODUCT);
	}

	@Override
	public RecordChecker checker(Catalog catalog, Messages messages, int exampleYear) {
		return new TaskValidator(catalog, messages, exampleYear);
	}

	@Override
	public String toString() {
		return code();
	}

}
