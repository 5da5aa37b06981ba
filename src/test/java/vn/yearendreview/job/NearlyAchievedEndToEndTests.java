package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional "cơ bản đạt" verdict: printed, never counted as achieved. */
class NearlyAchievedEndToEndTests {

	@TempDir
	Path work;

	@Test
	void indicatorsCloseToTheirTargetAreNearlyAchievedButNotCounted() throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Files.writeString(input.resolve("catalog/report.properties"), "nearly_achieved_percent=89\n",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		Path output = this.work.resolve("output");

		assertThat(ReviewCommand.run(input, output).exitCode()).isZero();

		List<Map<String, String>> results = CsvFiles.read(output.resolve("2023/ket-qua-2023.csv"));
		assertThat(results).filteredOn((row) -> row.get("indicator").equals("A2"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("status")).isEqualTo("NEARLY_ACHIEVED"));
		String review = Pdfs.words(output.resolve("2023/bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("đạt và vượt 3/5 chỉ tiêu chủ yếu của Nghị quyết; 01 chỉ tiêu cơ bản đạt",
				"Thu ngân sách ước đạt 540 tỷ đồng, bằng 90% KH, giảm 10% so với cùng kỳ, cơ bản đạt kế hoạch",
				"Cơ bản đạt");
	}

}
