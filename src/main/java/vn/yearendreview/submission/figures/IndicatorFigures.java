package vn.yearendreview.submission.figures;

import java.util.List;
import java.util.Set;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.StagedRecord;
import vn.yearendreview.model.StagedRow;
import vn.yearendreview.staging.RecordTables;
import vn.yearendreview.submission.kind.SameKeyRule;
import vn.yearendreview.submission.kind.SubmissionColumn;
import vn.yearendreview.submission.kind.SubmissionKind;

/**
 * Indicator figures (DESIGN.md 4.2): a department's plan and achievement for each
 * indicator, keyed by the indicator's code, checked by {@link RowValidator} and staged as
 * {@link StagedRow}s.
 */
public final class IndicatorFigures implements SubmissionKind {

	public static final IndicatorFigures KIND = new IndicatorFigures();

	private static final List<String> TEMPLATE_HEADER = SubmissionColumn.titles(FigureColumn.values(), "Mã đơn vị",
			"Năm", "Mã chỉ tiêu", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện", "TH năm trước", "Ghi chú");

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

	/** A department's indicator counts once. */
	@Override
	public SameKeyRule sameKeyRule() {
		return new ReportedTwice();
	}

	@Override
	public SubmissionColumn actualColumn() {
		return FigureColumn.ACTUAL;
	}

	@Override
	public SubmissionColumn previousColumn() {
		return FigureColumn.PREVIOUS;
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
	public Class<StagedRow> recordType() {
		return StagedRow.class;
	}

	@Override
	public void store(RecordTables tables, long instance, List<? extends StagedRecord> records) {
		tables.rows().saveRows(instance, records.stream().map(StagedRow.class::cast).toList());
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
