package vn.yearendreview.evaluation;

import java.util.Optional;

import vn.yearendreview.submission.Catalog;
import vn.yearendreview.submission.CatalogIndicator;
import vn.yearendreview.submission.StagedRow;

/**
 * Evaluates an accepted row as soon as it is checked, so that its verdict is stored with
 * it and the rows need not be read back: the plan that applies is already the catalog's,
 * and nothing in a verdict depends on the other rows. A row the later checks reject (a
 * duplicate, another year) keeps its verdict unused.
 */
public final class RowEvaluation {

	private final Catalog catalog;

	private final IndicatorEvaluator evaluator;

	public RowEvaluation(Catalog catalog, IndicatorEvaluator evaluator) {
		this.catalog = catalog;
		this.evaluator = evaluator;
	}

	/**
	 * Evaluates a row.
	 * @param row a checked row
	 * @return the row with its verdict when accepted, else the row as it was
	 */
	public StagedRow evaluate(StagedRow row) {
		if (!row.accepted()) {
			return row;
		}
		Optional<CatalogIndicator> entry = this.catalog.indicator(row.indicator());
		boolean inReview = entry.map((c) -> c.department().isEmpty() || c.department().equals(row.department()))
			.orElse(true);
		Assessment assessment = this.evaluator.assess(row.plan(), row.actual(), row.previous());
		return row.withVerdict(new StagedRow.Verdict(inReview, assessment.status().name(), assessment.percentOfPlan(),
				assessment.percentOfPrevious()));
	}

}
