package vn.yearendreview.submission.tasks;

import vn.yearendreview.model.ColumnSpec;
import vn.yearendreview.submission.kind.SubmissionColumn;

/**
 * The columns of a file of task registrations (DESIGN.md 9.4), with the headers accepted
 * for each.
 */
public enum TaskColumn implements SubmissionColumn {

	DEPARTMENT(ColumnSpec.required("department", "don_vi", "Mã đơn vị", "Đơn vị", "ma_don_vi")),

	YEAR(ColumnSpec.required("year", "nam", "Năm")),

	MONTH(ColumnSpec.required("month", "thang", "Tháng", "Thời gian", "thoi_gian")),

	CONTENT(ColumnSpec.required("content", "noi_dung", "Nội dung", "Nội dung trình")),

	LEVEL(ColumnSpec.required("level", "cap_xem_xet", "Cấp xem xét", "Cấp trình")),

	LEAD(ColumnSpec.optional("lead", "chu_tri", "Cơ quan chủ trì", "Cơ quan chủ trì chuẩn bị", "Chủ trì")),

	SUPPORT(ColumnSpec.optional("support", "phoi_hop", "Cơ quan phối hợp", "Phối hợp")),

	PRODUCT(ColumnSpec.optional("product", "san_pham", "Sản phẩm"));

	private final ColumnSpec spec;

	TaskColumn(ColumnSpec spec) {
		this.spec = spec;
	}

	@Override
	public ColumnSpec spec() {
		return this.spec;
	}

}
