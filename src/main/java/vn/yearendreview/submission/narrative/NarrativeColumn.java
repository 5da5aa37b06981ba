package vn.yearendreview.submission.narrative;

import vn.yearendreview.model.ColumnSpec;
import vn.yearendreview.submission.kind.SubmissionColumn;

/**
 * The columns of a file of narrative points (DESIGN.md 9.1), with the headers accepted
 * for each.
 */
public enum NarrativeColumn implements SubmissionColumn {

	DEPARTMENT(ColumnSpec.required("department", "don_vi", "Mã đơn vị", "Đơn vị", "ma_don_vi")),

	YEAR(ColumnSpec.required("year", "nam", "Năm")),

	GROUP(ColumnSpec.required("group", "linh_vuc", "Lĩnh vực", "field")),

	KIND(ColumnSpec.required("kind", "loai", "Loại", "loai_noi_dung", "Loại nội dung")),

	TEXT(ColumnSpec.required("text", "noi_dung", "Nội dung", "content")),

	ORDER(ColumnSpec.optional("order", "thu_tu", "Thứ tự", "STT"));

	private final ColumnSpec spec;

	NarrativeColumn(ColumnSpec spec) {
		this.spec = spec;
	}

	@Override
	public ColumnSpec spec() {
		return this.spec;
	}

}
