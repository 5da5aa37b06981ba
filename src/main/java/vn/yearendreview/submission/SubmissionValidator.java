package vn.yearendreview.submission;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.yearendreview.model.Staged;
import vn.yearendreview.submission.kind.FileProfile;
import vn.yearendreview.submission.kind.SourceRecord;
import vn.yearendreview.submission.kind.SubmissionItem;
import vn.yearendreview.submission.kind.SubmissionKind;

/**
 * Checks each record read with the checker of its file's kind; a file's profile passes
 * through to be stored with its rows.
 */
class SubmissionValidator implements ItemProcessor<SubmissionItem, Staged> {

	private final Function<SubmissionKind, SubmissionKind.RecordChecker> newChecker;

	private final Map<SubmissionKind, SubmissionKind.RecordChecker> checkers = new HashMap<>();

	/**
	 * A validator for one step.
	 * @param newChecker makes the checker of a kind, once per kind
	 */
	SubmissionValidator(Function<SubmissionKind, SubmissionKind.RecordChecker> newChecker) {
		this.newChecker = newChecker;
	}

	@Override
	public Staged process(SubmissionItem item) {
		if (item instanceof SourceRecord record) {
			return this.checkers.computeIfAbsent(record.profile().kind(), this.newChecker).check(record);
		}
		return (FileProfile) item;
	}

}
