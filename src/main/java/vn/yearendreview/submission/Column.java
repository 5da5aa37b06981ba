package vn.yearendreview.submission;

import java.util.List;
import java.util.Locale;

/** The columns of a departmental submission, with the headers accepted for each. */
public enum Column {

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

	Column(boolean required, String... headers) {
		this.required = required;
		this.headers = List.of(headers);
	}

	/**
	 * Whether a file without this column is refused.
	 * @return {@code true} for department, year and indicator
	 */
	public boolean required() {
		return this.required;
	}

	/**
	 * The headers accepted, the English one first.
	 * @return the headers
	 */
	public List<String> headers() {
		return this.headers;
	}

	/**
	 * The English header, as written in the results files.
	 * @return e.g. {@code "plan"}
	 */
	public String header() {
		return name().toLowerCase(Locale.ROOT);
	}

}
