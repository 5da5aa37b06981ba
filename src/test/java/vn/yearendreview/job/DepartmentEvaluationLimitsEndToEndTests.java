package vn.yearendreview.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.benchmark.InputGenerator;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department that sends far more indicators than any evaluation can list: its
 * evaluation lists the first 1,000 and 100 of its problems, says how many more there are
 * and where, and its headline counts every one.
 */
class DepartmentEvaluationLimitsEndToEndTests {

	@TempDir
	Path work;

	@Test
	void aDepartmentsEvaluationListsTheFirstRowsAndSaysWhereTheOthersAre() throws Exception {
		Path input = this.work.resolve("input");
		// one department, 1,500 indicators, one row in five with a problem
		InputGenerator.generate(input, 1, 1_500, 2023, 200);
		Path out = this.work.resolve("out");

		ReviewCommand.Result result = ReviewCommand.run(input, out);

		assertThat(result.exitCode()).as(result.out()).isEqualTo(3);
		List<Map<String, String>> results = CsvFiles.read(out.resolve("2023/ket-qua-2023.csv"));
		long problems = CsvFiles.read(out.resolve("2023/kiem-tra-du-lieu-2023.csv"))
			.stream()
			.filter((problem) -> problem.get("file").equals("D0001.csv") && !problem.get("line").isEmpty()
					|| problem.get("reason_code").equals("NO_CAUSE"))
			.count();
		assertThat(results).hasSizeGreaterThan(1_000);
		assertThat(problems).isGreaterThan(100);
		String evaluation = Pdfs.words(out.resolve("2023/don-vi/D0001.pdf"));
		assertThat(evaluation).contains(
				"Bảng trên liệt kê 1.000 chỉ tiêu đầu tiên; " + (results.size() - 1_000)
						+ " chỉ tiêu còn lại của đơn vị có trong tệp ket-qua-2023.csv.",
				"Và " + (problems - 100) + " vấn đề khác, xem kiem-tra-du-lieu-2023.pdf.");
		// the headline counts every row: the resolution's indicators, then the others
		Matcher counts = Pattern
			.compile("đạt và vượt \\d+/(\\d+) chỉ tiêu chủ yếu của Nghị quyết.*?"
					+ "Các chỉ tiêu khác của đơn vị \\(ngoài Nghị quyết\\): đạt và vượt \\d+/(\\d+) chỉ tiêu")
			.matcher(evaluation);
		assertThat(counts.find()).as(evaluation.substring(0, 400)).isTrue();
		assertThat(Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(2))).isEqualTo(results.size());
		assertThat(Pdfs.pages(out.resolve("2023/don-vi/D0001.pdf"))).hasSizeLessThan(100);
	}

}
