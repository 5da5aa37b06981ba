package vn.yearendreview.evaluation;

import java.util.Optional;
import java.util.Set;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogIndicator;
import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.staging.AcceptedRow;
import vn.yearendreview.staging.VerdictTable.RowVerdict;

/**
 * Evaluates a row the checks accepted: its verdict against the plan that applies (the
 * catalog's when there is one), and whether it is the province-wide figure of the
 * consolidated review: the row of the department the catalog names in charge, or, when it
 * names none, the row of the one department that reports the indicator.
 */
final class RowEvaluation {

	/** The place of indicators outside the catalog, after every group. */
	private static final int NOT_IN_CATALOG = 99;

	private final Catalog catalog;

	private final Set<String> shared;

	private final IndicatorEvaluator evaluator;

	/**
	 * @param catalog the catalog
	 * @param shared the catalog indicators without a department in charge that several
	 * departments report
	 * @param evaluator the rules
	 */
	public RowEvaluation(Catalog catalog, Set<String> shared, IndicatorEvaluator evaluator) {
		this.catalog = catalog;
		this.shared = shared;
		this.evaluator = evaluator;
	}

	/**
	 * Evaluates a row.
	 * @param row an accepted row
	 * @return its verdict
	 */
	public RowVerdict evaluate(AcceptedRow row) {
		Optional<CatalogIndicator> entry = this.catalog.indicator(row.indicator());
		boolean inReview = entry.map((c) -> c.department().isEmpty() ? !this.shared.contains(row.indicator())
				: c.department().equals(row.department()))
			.orElse(true);
		int groupOrder = entry.map((c) -> (c.group() != null) ? c.group().ordinal() : IndicatorGroup.values().length)
			.orElse(NOT_IN_CATALOG);
		String groupCode = entry.map((c) -> (c.group() != null) ? c.group().code() : "").orElse("");
		return new RowVerdict(row.fileNo(), row.line(), row.department(), row.indicator(), groupOrder, groupCode,
				entry.map(CatalogIndicator::resolution).orElse(true), inReview,
				this.evaluator.assess(row.plan(), row.actual(), row.previous()));
	}

}
