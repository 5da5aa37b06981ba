package vn.yearendreview.submission;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks each record read; a file's profile passes through to be stored with its rows.
 */
class SubmissionValidator implements ItemProcessor<SubmissionItem, Staged> {

	private final RowValidator validator;

	SubmissionValidator(RowValidator validator) {
		this.validator = validator;
	}

	@Override
	public Staged process(SubmissionItem item) {
		return (item instanceof SourceRecord record) ? this.validator.validate(record) : (FileProfile) item;
	}

}
