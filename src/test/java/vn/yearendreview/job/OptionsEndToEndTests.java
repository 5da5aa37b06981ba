package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.PublishedFiles;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line options and the exit codes a planner or a script sees. */
@ExtendWith(OutputCaptureExtension.class)
class OptionsEndToEndTests {

	@TempDir
	Path work;

	@Test
	void unknownOptionPrintsOneLineAndTheUsage() {
		ReviewCommand.Result result = ReviewCommand.run("--yaer=2023");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().lines().findFirst()).hasValue("Tùy chọn không hợp lệ: --yaer=2023");
		assertThat(result.err()).contains("Cách dùng:", "--input=THƯ_MỤC");
	}

	@Test
	void optionValuesMayFollowAfterASpace() {
		Path out = this.work.resolve("out");
		ReviewCommand.Result result = ReviewCommand.run("--input", ReviewCommand.fixture("good/input").toString(),
				"--output", out.toString(), "--year", "2023", "--lang", "en");
		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(out.resolve("2023/en/bao-cao-tong-hop-2023.pdf")).isRegularFile();
	}

	@Test
	void anOptionWithoutItsValueSaysWhatItNeeds() {
		ReviewCommand.Result result = ReviewCommand.run("--year");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().lines().findFirst()).hasValue("Tùy chọn --year cần một giá trị, ví dụ --year=2023");
	}

	@Test
	void missingInputFolderIsAUsageError() {
		ReviewCommand.Result result = ReviewCommand.run("--input=" + this.work.resolve("nowhere"),
				"--output=" + this.work.resolve("out"));
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).startsWith("Không tìm thấy thư mục đầu vào: " + this.work.resolve("nowhere"));
		assertThat(this.work.resolve("out")).doesNotExist();
	}

	@Test
	void helpPrintsTheUsageInTheChosenLanguage() {
		ReviewCommand.Result result = ReviewCommand.run("--help", "--lang=en");
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("Usage:", "--validate-only", "Exit codes:");
	}

	@Test
	void strictRunWithRejectsFailsAndPublishesNothing(CapturedOutput output) {
		Path out = this.work.resolve("out");
		ReviewCommand.Result result = ReviewCommand.run(ReviewCommand.fixture("messy/input"), out, "--strict");
		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(out.resolve("2023")).doesNotExist();
		assertThat(output).contains("--strict", "BHXH.csv", "--validate-only");
	}

	@Test
	void validateOnlyPublishesTheDataCheckAlone() throws Exception {
		Path out = this.work.resolve("out");
		ReviewCommand.Result result = ReviewCommand.run(ReviewCommand.fixture("messy/input"), out, "--validate-only");
		assertThat(result.exitCode()).isEqualTo(3);
		try (Stream<Path> files = Files.list(out.resolve("2023"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("kiem-tra");
		}
		try (Stream<Path> files = Files.list(out.resolve("2023/kiem-tra"))) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrder("kiem-tra-du-lieu-2023.csv", "kiem-tra-du-lieu-2023.pdf", "manifest.json");
		}
	}

	@Test
	void theConsoleCountsEachFileAsTheDataCheckDoes(CapturedOutput output) {
		Path out = this.work.resolve("out");
		ReviewCommand.run(ReviewCommand.fixture("messy/input"), out, "--validate-only");
		assertThat(output).contains("SCT_2022.csv: 2 dòng — nhận 0, từ chối 2",
				"SKHDT_bo_sung.csv: 2 dòng — nhận 1, từ chối 1");
		assertThat(output).doesNotContain("SCT_2022.csv: 2 dòng — nhận 2");
	}

	@Test
	void aCheckOfNewFilesLeavesThePublishedSetAsItWas() throws Exception {
		Path input = ReviewCommand.copyFixture("messy/input", this.work.resolve("input"));
		Path out = this.work.resolve("out");
		assertThat(ReviewCommand.run(input, out).exitCode()).isEqualTo(3);
		Map<String, String> published = PublishedFiles.hashes(out.resolve("2023"));
		assertThat(published).containsKeys("bao-cao-tong-hop-2023.pdf", "don-vi/SKHDT.pdf", "manifest.json");
		Files.writeString(input.resolve("SXD.csv"), "don_vi;nam;ma_chi_tieu;ke_hoach;thuc_hien\nSXD;2023;KT99;1;x\n",
				StandardCharsets.UTF_8);

		ReviewCommand.Result check = ReviewCommand.run(input, out, "--validate-only");

		assertThat(check.exitCode()).isEqualTo(3);
		Map<String, String> after = PublishedFiles.hashes(out.resolve("2023"));
		assertThat(after).containsAllEntriesOf(published);
		assertThat(after.keySet()).filteredOn((name) -> !published.containsKey(name))
			.allSatisfy((name) -> assertThat(name).startsWith("kiem-tra/"));
		assertThat(CsvFiles.problems(out.resolve("2023/kiem-tra/kiem-tra-du-lieu-2023.csv")))
			.anySatisfy((row) -> assertThat(row.get("file")).isEqualTo("SXD.csv"));
		assertThat(out.resolve("2023/archive")).doesNotExist();
	}

	/**
	 * The same row sent again with the same figures counts once and is a warning: nothing
	 * needs correcting, so it neither makes the outcome "something to look at" nor fails
	 * a strict run (DESIGN.md 4.1).
	 */
	@Test
	void aRowSentAgainWithTheSameFiguresIsOnlyAWarning() throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Files.writeString(input.resolve("SCT_bo_sung.csv"), """
				department,year,indicator,name,unit,plan,actual,previous,note
				SCT,2023,KT05,Kim ngạch xuất khẩu,triệu USD,230,238,225,
				""", StandardCharsets.UTF_8);

		ReviewCommand.Result strict = ReviewCommand.run(input, this.work.resolve("out"), "--strict");

		assertThat(strict.exitCode()).isZero();
		assertThat(CsvFiles.problems(this.work.resolve("out/2023/kiem-tra-du-lieu-2023.csv")))
			.filteredOn((row) -> row.get("file").equals("SCT_bo_sung.csv"))
			.extracting((row) -> row.get("line") + " " + row.get("reason_code"))
			.containsExactly("2 DUPLICATE");
		assertThat(CsvFiles.read(this.work.resolve("out/2023/ket-qua-2023.csv")))
			.filteredOn((row) -> row.get("indicator").equals("KT05"))
			.hasSize(1);
	}

	/**
	 * A second file that adds the cause of a miss to the same figures is the same row:
	 * the row with the cause counts, whatever the order of the files, and the cause
	 * reaches the review.
	 */
	@Test
	void aSecondFileAddingTheCauseToTheSameFiguresKeepsTheCause() throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Files.writeString(input.resolve("STC.csv"), """
				department,year,indicator,name,unit,plan,actual,previous,note
				STC,2023,KT04,Thu ngân sách nhà nước trên địa bàn,tỷ đồng,3800,3650,4120,
				""", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("STC_bo_sung.csv"), """
				department,year,indicator,name,unit,plan,actual,previous,note
				STC,2023,KT04,Thu ngân sách nhà nước trên địa bàn,tỷ đồng,3800,3650,4120,Thu tiền sử dụng đất giảm mạnh
				""", StandardCharsets.UTF_8);

		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"));

		assertThat(result.exitCode()).isZero();
		List<Map<String, String>> check = CsvFiles.problems(this.work.resolve("out/2023/kiem-tra-du-lieu-2023.csv"));
		assertThat(check).filteredOn((row) -> row.get("file").startsWith("STC"))
			.extracting((row) -> row.get("file") + " " + row.get("line") + " " + row.get("reason_code"))
			.containsExactly("STC.csv 2 DUPLICATE");
		assertThat(check).noneMatch((row) -> row.get("reason_code").equals("NO_CAUSE"));
		assertThat(Pdfs.words(this.work.resolve("out/2023/bao-cao-tong-hop-2023.pdf")))
			.contains("Thu tiền sử dụng đất giảm mạnh");
	}

	/** A misspelled group column would put every indicator under "other indicators". */
	@Test
	void aCatalogWithoutItsGroupColumnStops(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path catalog = input.resolve("catalog/indicators.csv");
		Files.writeString(catalog, Files.readString(catalog, StandardCharsets.UTF_8).replaceFirst(",group,", ",grp,"),
				StandardCharsets.UTF_8);
		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"));
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(output).contains("catalog/indicators.csv", "group");
		assertThat(this.work.resolve("out/2023")).doesNotExist();
	}

	@Test
	void unusableCatalogStopsBeforeReadingSubmissions(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Files.writeString(input.resolve("catalog/indicators.csv"),
				"indicator,group,name,plan\nA1,kinh_te,Tăng trưởng,10-11\nA2,nong_nghiep,Sản lượng lúa,500\n",
				StandardCharsets.UTF_8);
		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"));
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(output).contains("catalog/indicators.csv, dòng 3, cột «group»", "nong_nghiep", "kinh_te");
	}

	@Test
	void misspeltSettingIsRefusedWithTheValidKeys(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Files.writeString(input.resolve("catalog/report.properties"), "issuer=TỈNH ỦY A\nsigner.nam=Nguyễn Văn B\n",
				StandardCharsets.UTF_8);
		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"));
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(output).contains("signer.nam", "signer.name");
	}

	@Test
	void aYearNoRowReportsIsRefusedWithTheYearsPresent(CapturedOutput output) {
		Path out = this.work.resolve("out");
		ReviewCommand.Result result = ReviewCommand.run(ReviewCommand.fixture("good/input"), out, "--year=2019");
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(output).contains("Không có dòng số liệu nào của năm 2019", "2023 (5 dòng)");
		assertThat(output).doesNotContain("Không thực hiện được");
		assertThat(out.resolve("2019")).doesNotExist();
		assertThat(out.resolve("2023")).doesNotExist();
	}

	@Test
	void aFolderWithoutAnyUsableRowPublishesNothing(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		try (Stream<Path> files = Files.list(input)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).toList()) {
				Files.writeString(file, "don_vi;nam;ma_chi_tieu\n", StandardCharsets.UTF_8);
			}
		}
		Files.writeString(input.resolve("KHDT.csv"), "don_vi;nam;ma_chi_tieu;ke_hoach;thuc_hien\nKHDT;năm nay;A1;7;7\n",
				StandardCharsets.UTF_8);
		Path out = this.work.resolve("out");
		ReviewCommand.Result result = ReviewCommand.run(input, out);
		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(output).contains("Không có dòng số liệu nào dùng được", "KHDT.csv dòng 2", "--validate-only");
		try (Stream<Path> files = Files.list(out)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly(".state");
		}
	}

}
