package vn.yearendreview.submission;

import java.util.function.UnaryOperator;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks each record read, then has it evaluated; a file's profile passes through to be
 * stored with its rows.
 */
class SubmissionValidator implements ItemProcessor<SubmissionItem, Staged> {

	private final RowValidator validator;

	private final UnaryOperator<StagedRow> evaluation;

	SubmissionValidator(RowValidator validator, UnaryOperator<StagedRow> evaluation) {
		this.validator = validator;
		this.evaluation = evaluation;
	}

	@Override
	public Staged process(SubmissionItem item) {
		return (item instanceof SourceRecord record) ? this.evaluation.apply(this.validator.validate(record))
				: (FileProfile) item;
	}

}
