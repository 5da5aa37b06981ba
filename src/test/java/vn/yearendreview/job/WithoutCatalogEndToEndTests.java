package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the catalog decides (DESIGN.md 4.3): without it no committee document is made;
 * with an indicator whose department in charge it does not name, the review takes the
 * figure of no department when several report it.
 */
@ExtendWith(OutputCaptureExtension.class)
class WithoutCatalogEndToEndTests {

	@TempDir
	Path work;

	@Test
	void withoutACatalogOnlyTheDepartmentsResultsAndTheDataCheckAreMade(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Files.delete(input.resolve("catalog/indicators.csv"));

		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"));

		assertThat(result.exitCode()).isEqualTo(3);
		Path year = this.work.resolve("out/2023");
		assertThat(year.resolve("bao-cao-tong-hop-2023.pdf")).doesNotExist();
		assertThat(year.resolve("phat-hanh")).doesNotExist();
		assertThat(year.resolve("so-phat-hanh-2023.csv")).doesNotExist();
		assertThat(year.resolve("don-vi/SKHDT.pdf")).isRegularFile();
		assertThat(CsvFiles.read(year.resolve("ket-qua-2023.csv"))).hasSize(21);
		assertThat(CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv")))
			.anySatisfy((row) -> assertThat(row.get("reason_code")).isEqualTo("NO_CATALOG"));
		assertThat(Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf")))
			.contains("Không có danh mục chỉ tiêu (catalog/indicators.csv)");
		assertThat(output).contains("không lập báo cáo tổng hợp");
		long achieved = CsvFiles.read(year.resolve("ket-qua-2023.csv"))
			.stream()
			.filter((row) -> row.get("status").equals("EXCEEDED") || row.get("status").equals("ACHIEVED"))
			.count();
		assertThat(output).as("every indicator counts in the headline without a catalog")
			.contains("Kết quả: đạt và vượt " + achieved + "/21 chỉ tiêu năm 2023.");
	}

	/**
	 * Running again on the same files says the same, without naming a review never made.
	 */
	@Test
	void runningAgainRepeatsWhyThereIsNoReview(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Files.delete(input.resolve("catalog/indicators.csv"));
		assertThat(ReviewCommand.run(input, this.work.resolve("out")).exitCode()).isEqualTo(3);
		int before = output.getOut().length();

		assertThat(ReviewCommand.run(input, this.work.resolve("out")).exitCode()).isEqualTo(3);

		String again = output.getOut().substring(before);
		assertThat(again).contains("không cần chạy lại", "không lập báo cáo tổng hợp", "Kết quả: đạt và vượt")
			.doesNotContain("Báo cáo tổng hợp: ");
	}

	@Test
	void anIndicatorWithoutADepartmentInChargeReportedByTwoTakesNeithersFigure() throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path catalog = input.resolve("catalog/indicators.csv");
		Files.writeString(catalog, Files.readString(catalog).replace("5000,5500,KHDT,yes", "5000,5500,,yes"),
				StandardCharsets.UTF_8);
		Files.writeString(input.resolve("TC.csv"),
				Files.readString(input.resolve("TC.csv")) + "TC,2023,A3,Vốn đầu tư,tỷ đồng,5000,6000,,\n",
				StandardCharsets.UTF_8);

		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"));

		assertThat(result.exitCode()).isZero();
		Path year = this.work.resolve("out/2023");
		List<Map<String, String>> check = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"));
		assertThat(check).filteredOn((row) -> row.get("reason_code").equals("NO_OWNER"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("message")).contains("A3", "KHDT", "TC"));
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("Vốn đầu tư: chưa có số liệu");
		assertThat(review).doesNotContain("5.120,5", "6.000");
		assertThat(CsvFiles.read(year.resolve("ket-qua-2023.csv")))
			.filteredOn((row) -> row.get("indicator").equals("A3"))
			.extracting((row) -> row.get("department"))
			.containsExactly("", "KHDT", "TC");
	}

}
