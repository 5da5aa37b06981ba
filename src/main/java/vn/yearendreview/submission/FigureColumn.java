package vn.yearendreview.submission;

import java.util.List;

/**
 * The columns of a file of indicator figures (DESIGN.md 4.2), with the headers accepted
 * for each.
 */
enum FigureColumn implements SubmissionColumn {

	DEPARTMENT(true, "department", "don_vi", "Mã đơn vị", "Đơn vị", "ma_don_vi"),

	YEAR(true, "year", "nam", "Năm"),

	INDICATOR(true, "indicator", "ma_chi_tieu", "Mã chỉ tiêu"),

	NAME(false, "name", "chi_tieu", "Chỉ tiêu", "Tên chỉ tiêu", "ten_chi_tieu"),

	UNIT(false, "unit", "dvt", "ĐVT", "Đơn vị tính", "don_vi_tinh"),

	PLAN(false, "plan", "ke_hoach", "KH", "Kế hoạch", "target"),

	ACTUAL(false, "actual", "thuc_hien", "ƯTH", "Ước thực hiện", "TH", "uoc_thuc_hien"),

	PREVIOUS(false, "previous", "cung_ky", "TH năm trước", "Cùng kỳ", "previous_year"),

	NOTE(false, "note", "ghi_chu", "Ghi chú", "notes");

	private final boolean required;

	private final List<String> headers;

	FigureColumn(boolean required, String... headers) {
		this.required = required;
		this.headers = List.of(headers);
	}

	@Override
	public boolean required() {
		return this.required;
	}

	@Override
	public List<String> headers() {
		return this.headers;
	}

}
