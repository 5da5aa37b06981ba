package vn.yearendreview.submission;

import java.util.List;

/**
 * The columns of a file of narrative points (DESIGN.md 9.1), with the headers accepted
 * for each.
 */
enum NarrativeColumn implements SubmissionColumn {

	DEPARTMENT(true, "department", "don_vi", "Mã đơn vị", "Đơn vị", "ma_don_vi"),

	YEAR(true, "year", "nam", "Năm"),

	GROUP(true, "group", "linh_vuc", "Lĩnh vực", "field"),

	KIND(true, "kind", "loai", "Loại", "loai_noi_dung", "Loại nội dung"),

	TEXT(true, "text", "noi_dung", "Nội dung", "content"),

	ORDER(false, "order", "thu_tu", "Thứ tự", "STT");

	private final boolean required;

	private final List<String> headers;

	NarrativeColumn(boolean required, String... headers) {
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
