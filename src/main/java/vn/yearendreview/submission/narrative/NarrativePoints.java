package vn.yearendreview.submission.narrative;

import java.util.List;
import java.util.Set;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.StagedPoint;
import vn.yearendreview.model.StagedRecord;
import vn.yearendreview.staging.RecordTables;
import vn.yearendreview.submission.kind.SubmissionColumn;
import vn.yearendreview.submission.kind.SubmissionKind;

/**
 * Narrative points (DESIGN.md 9.1): a department's own words for the year, one paragraph
 * per record, each in a field and of a kind (highlight, limitation, cause, next year's
 * task); checked by {@link NarrativeValidator} and staged as {@link StagedPoint}s.
 */
public final class NarrativePoints implements SubmissionKind {

	public static final NarrativePoints KIND = new NarrativePoints();

	private static final List<String> TEMPLATE_HEADER = SubmissionColumn.titles(NarrativeColumn.values(), "Mã đơn vị",
			"Năm", "Lĩnh vực", "Loại", "Nội dung", "Thứ tự");

	private NarrativePoints() {
	}

	/** A department may have nothing to add to its figures. */
	@Override
	public boolean rowsExpected() {
		return false;
	}

	@Override
	public String code() {
		return "narrative";
	}

	@Override
	public List<NarrativeColumn> columns() {
		return List.of(NarrativeColumn.values());
	}

	@Override
	public boolean recognizes(Set<SubmissionColumn> found) {
		return found.contains(NarrativeColumn.KIND);
	}

	@Override
	public SubmissionColumn yearColumn() {
		return NarrativeColumn.YEAR;
	}

	@Override
	public SubmissionColumn keyColumn() {
		return NarrativeColumn.KIND;
	}

	@Override
	public List<NarrativeColumn> numberColumns() {
		return List.of(NarrativeColumn.ORDER);
	}

	@Override
	public List<NarrativeColumn> textColumns() {
		return List.of(NarrativeColumn.DEPARTMENT, NarrativeColumn.GROUP, NarrativeColumn.KIND);
	}

	@Override
	public List<NarrativeColumn> freeTextColumns() {
		return List.of(NarrativeColumn.TEXT);
	}

	@Override
	public RecordChecker checker(Catalog catalog, Messages messages, int exampleYear) {
		return new NarrativeValidator(catalog, messages, exampleYear);
	}

	@Override
	public Class<StagedPoint> recordType() {
		return StagedPoint.class;
	}

	@Override
	public void store(RecordTables tables, long instance, List<? extends StagedRecord> records) {
		tables.points().save(instance, records.stream().map(StagedPoint.class::cast).toList());
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
