package vn.yearendreview.submission.tasks;

import java.util.List;
import java.util.Set;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.StagedRecord;
import vn.yearendreview.model.StagedTask;
import vn.yearendreview.staging.RecordTables;
import vn.yearendreview.submission.kind.SameKeyRule;
import vn.yearendreview.submission.kind.SubmissionColumn;
import vn.yearendreview.submission.kind.SubmissionKind;

/**
 * Task registrations (DESIGN.md 9.4): the matters a department puts to the committee in
 * next year's work programme, one per record, each in a month or quarter and for a level
 * of the committee; checked by {@link TaskValidator} and staged as {@link StagedTask}s.
 */
public final class TaskRegistrations implements SubmissionKind {

	public static final TaskRegistrations KIND = new TaskRegistrations();

	/** The code the staging tables record for this kind. */
	private static final String CODE = "tasks";

	private static final List<String> TEMPLATE_HEADER = SubmissionColumn.titles(TaskColumn.values(), "Mã đơn vị", "Năm",
			"Tháng", "Nội dung", "Cấp xem xét", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm");

	private TaskRegistrations() {
	}

	/** A department may have no matter to put to the committee. */
	@Override
	public boolean rowsExpected() {
		return false;
	}

	/** Registered in the review of a year for the year after it. */
	@Override
	public int yearOffset() {
		return 1;
	}

	/** A matter counts once for a department; one registered by two is pointed out. */
	@Override
	public SameKeyRule sameKeyRule() {
		return new RegisteredTwice();
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
	public Class<StagedTask> recordType() {
		return StagedTask.class;
	}

	@Override
	public void store(RecordTables tables, long instance, List<? extends StagedRecord> records) {
		tables.tasks().save(instance, records.stream().map(StagedTask.class::cast).toList());
	}

	@Override
	public List<String> templateHeader() {
		return TEMPLATE_HEADER;
	}

	@Override
	public String toString() {
		return code();
	}

}
