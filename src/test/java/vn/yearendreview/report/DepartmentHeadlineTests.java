package vn.yearendreview.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Tally;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count at the head of a department's evaluation says what it covers: the
 * resolution's main indicators, and the department's others in a sentence of their own.
 */
class DepartmentHeadlineTests {

	@ParameterizedTest(name = "{0} + {1}, catalog {2}, {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					E,E,N    | ''    | true  | vi | Đơn vị thực hiện đạt và vượt 2/3 chỉ tiêu chủ yếu của Nghị quyết; 1 chỉ tiêu không đạt.
					E,A      | E,D   | true  | vi | Đơn vị thực hiện đạt và vượt 2/2 chỉ tiêu chủ yếu của Nghị quyết. Các chỉ tiêu khác của đơn vị (ngoài Nghị quyết): đạt và vượt 1/2 chỉ tiêu; 1 chỉ tiêu chưa có số liệu.
					''       | N     | true  | vi | Trong 1 chỉ tiêu khác của đơn vị (ngoài Nghị quyết), chưa có chỉ tiêu nào đạt kế hoạch; 1 chỉ tiêu không đạt.
					N        | ''    | true  | vi | Trong 1 chỉ tiêu chủ yếu của Nghị quyết được đánh giá, đơn vị chưa có chỉ tiêu nào đạt kế hoạch; 1 chỉ tiêu không đạt.
					''       | E,E,B | false | vi | Đơn vị thực hiện đạt và vượt 2/3 chỉ tiêu; 1 chỉ tiêu cơ bản đạt.
					''       | ''    | true  | vi | Đơn vị chưa có chỉ tiêu nào được đánh giá.
					E,N      | A     | true  | en | The department achieved or exceeded 1/2 of the resolution's main targets; not achieved: 1. Its other indicators (outside the resolution): achieved or exceeded 1/1.
					""")
	void theCountSaysWhatItCovers(String inResolution, String others, boolean catalog, String language,
			String expected) {
		assertThat(
				DepartmentReportRenderer.headline(Messages.of(language), tally(inResolution), tally(others), catalog))
			.isEqualTo(expected);
	}

	/**
	 * E exceeded, A achieved, B nearly achieved, N not achieved, D without data.
	 */
	private static Tally tally(String verdicts) {
		Tally tally = new Tally();
		for (String verdict : verdicts.split(",")) {
			switch (verdict.strip()) {
				case "E" -> tally.add(Status.EXCEEDED);
				case "A" -> tally.add(Status.ACHIEVED);
				case "B" -> tally.add(Status.NEARLY_ACHIEVED);
				case "N" -> tally.add(Status.NOT_ACHIEVED);
				case "D" -> tally.add(Status.NO_DATA);
				default -> {
				}
			}
		}
		return tally;
	}

}
