package vn.yearendreview.evaluation;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import vn.yearendreview.staging.AcceptedRow;
import vn.yearendreview.staging.VerdictTable.RowVerdict;

/** Applies the rules to each accepted row. */
class RowEvaluator implements ItemProcessor<AcceptedRow, RowVerdict> {

	private final RowEvaluation evaluation;

	RowEvaluator(RowEvaluation evaluation) {
		this.evaluation = evaluation;
	}

	@Override
	public RowVerdict process(AcceptedRow row) {
		return this.evaluation.evaluate(row);
	}

}
