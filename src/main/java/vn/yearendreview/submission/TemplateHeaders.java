package vn.yearendreview.submission;

import java.util.ArrayList;
import java.util.List;

/**
 * The Vietnamese headers of the files a department fills in and sends back (DESIGN.md
 * 10.1), one per column of each kind in the kind's order. Each is a header the reading of
 * that kind accepts, which is checked when the class loads.
 */
public final class TemplateHeaders {

	private static final List<String> FIGURES = headers(FigureColumn.values(), "Mã đơn vị", "Năm", "Mã chỉ tiêu",
			"Chỉ tiêu", "ĐVT", "Kế hoạch", "Ước thực hiện", "TH năm trước", "Ghi chú");

	private static final List<String> NARRATIVE = headers(NarrativeColumn.values(), "Mã đơn vị", "Năm", "Lĩnh vực",
			"Loại", "Nội dung", "Thứ tự");

	private static final List<String> TASKS = headers(TaskColumn.values(), "Mã đơn vị", "Năm", "Tháng", "Nội dung",
			"Cấp xem xét", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm");

	private TemplateHeaders() {
	}

	/**
	 * The header of a file of indicator figures.
	 * @return department, year, indicator, name, unit, plan, actual, previous, note
	 */
	public static List<String> figures() {
		return FIGURES;
	}

	/**
	 * The header of a file of narrative points.
	 * @return department, year, group, kind, text, order
	 */
	public static List<String> narrative() {
		return NARRATIVE;
	}

	/**
	 * The header of a file of task registrations.
	 * @return department, year, month, content, level, lead, support, product
	 */
	public static List<String> tasks() {
		return TASKS;
	}

	private static List<String> headers(SubmissionColumn[] columns, String... titles) {
		if (columns.length != titles.length) {
			throw new IllegalStateException("one title per column expected: " + List.of(titles));
		}
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < columns.length; i++) {
			if (!columns[i].headers().contains(titles[i])) {
				throw new IllegalStateException(titles[i] + " is not a header of " + columns[i]);
			}
			headers.add(titles[i]);
		}
		return List.copyOf(headers);
	}

}
