package vn.yearendreview.submission.figures;

import vn.yearendreview.model.ColumnSpec;
import vn.yearendreview.submission.kind.SubmissionColumn;

/**
 * The columns of a file of indicator figures (DESIGN.md 4.2), with the headers accepted
 * for each.
 */
public enum FigureColumn implements SubmissionColumn {

	DEPARTMENT(ColumnSpec.required("department", "don_vi", "Mã đơn vị", "Đơn vị", "ma_don_vi")),

	YEAR(ColumnSpec.required("year", "nam", "Năm")),

	INDICATOR(ColumnSpec.required("indicator", "ma_chi_tieu", "Mã chỉ tiêu")),

	NAME(ColumnSpec.optional("name", "chi_tieu", "Chỉ tiêu", "Tên chỉ tiêu", "ten_chi_tieu")),

	UNIT(ColumnSpec.optional("unit", "dvt", "ĐVT", "Đơn vị tính", "don_vi_tinh")),

	PLAN(ColumnSpec.optional("plan", "ke_hoach", "KH", "Kế hoạch", "target")),

	ACTUAL(ColumnSpec.optional("actual", "thuc_hien", "ƯTH", "Ước thực hiện", "TH", "uoc_thuc_hien")),

	PREVIOUS(ColumnSpec.optional("previous", "cung_ky", "TH năm trước", "Cùng kỳ", "previous_year")),

	NOTE(ColumnSpec.optional("note", "ghi_chu", "Ghi chú", "notes"));

	private final ColumnSpec spec;

	FigureColumn(ColumnSpec spec) {
		this.spec = spec;
	}

	@Override
	public ColumnSpec spec() {
		return this.spec;
	}

}
