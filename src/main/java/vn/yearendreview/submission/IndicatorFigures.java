package vn.yearendreview.submission;

import java.util.List;
import java.util.Set;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.StagedRow;

/**
 * Indicator figures (DESIGN.md 4.2): a department's plan and achievement for each
 * indicator, keyed by the indicator's code, checked by {@link RowValidator} and staged as
 * {@link StagedRow}s.
 */
final class IndicatorFigures implements SubmissionKind {

	static final IndicatorFigures KIND = new IndicatorFigures();

	private IndicatorFigures() {
	}

	@Override
	public String code() {
		return "figures";
	}

	@Override
	public List<FigureColumn> columns() {
		return List.of(FigureColumn.values());
	}

	@Override
	public boolean recognizes(Set<SubmissionColumn> found) {
		return found.contains(FigureColumn.INDICATOR);
	}

	@Override
	public SubmissionColumn yearColumn() {
		return FigureColumn.YEAR;
	}

	@Override
	public SubmissionColumn keyColumn() {
		return FigureColumn.INDICATOR;
	}

	@Override
	public List<FigureColumn> numberColumns() {
		return List.of(FigureColumn.PLAN, FigureColumn.ACTUAL, FigureColumn.PREVIOUS);
	}

	@Override
	public List<FigureColumn> textColumns() {
		return List.of(FigureColumn.NAME, FigureColumn.UNIT, FigureColumn.DEPARTMENT, FigureColumn.INDICATOR);
	}

	@Override
	public List<FigureColumn> freeTextColumns() {
		return List.of(FigureColumn.NOTE);
	}

	@Override
	public RecordChecker checker(Catalog catalog, Messages messages, int exampleYear) {
		return new RowValidator(catalog, messages, exampleYear);
	}

	@Override
	public String toString() {
		return code();
	}

}
