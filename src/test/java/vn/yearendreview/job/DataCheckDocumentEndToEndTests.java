package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data check a clerk sends back to departments: several pages of problems, a warning
 * on every row of one file, long hints near page feet. Every hint is printed whole, a
 * warning repeated on every row is one line with its count, no heading is left at a page
 * foot, and the examples are the run's own codes in a clerk's words.
 */
class DataCheckDocumentEndToEndTests {

	@TempDir
	static Path work;

	static Path year;

	static List<String> pages;

	@BeforeAll
	static void runOnce() throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", work.resolve("input"));
		StringBuilder unknown = new StringBuilder("department,year,indicator,name,unit,plan,actual,previous,note\n");
		for (int i = 0; i < 34; i++) {
			unknown.append("SXD,2023,A").append(i + 10).append(",Chỉ tiêu ").append(i).append(",%,10,11,,\n");
		}
		Files.writeString(input.resolve("SXD.csv"), unknown, StandardCharsets.UTF_8);
		for (int f = 0; f < 12; f++) {
			StringBuilder bad = new StringBuilder("don_vi;nam;ma_chi_tieu;chi_tieu;ke_hoach;thuc_hien\n");
			for (int i = 0; i < 6; i++) {
				bad.append("KHDT;").append((i % 2 == 0) ? "2023" : "hai nghìn").append(";;Chỉ tiêu;10;mười\n");
			}
			Files.writeString(input.resolve("KHDT-" + f + ".csv"), bad, StandardCharsets.UTF_8);
			Files.write(input.resolve("TC-" + f + ".xlsx"), new byte[] { 'P', 'K', 3, 4 });
			Files.write(input.resolve("TC-" + f + ".csv"), new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2 });
		}
		ReviewCommand.Result result = ReviewCommand.run(input, work.resolve("output"));
		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		year = work.resolve("output/2023");
		pages = Pdfs.pages(year.resolve("kiem-tra-du-lieu-2023.pdf"));
	}

	@Test
	void printsEveryHintWhole() {
		String words = String.join(" ", pages).replaceAll("\\s+", " ");
		Set<String> messages = new LinkedHashSet<>();
		for (Map<String, String> row : CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"))) {
			messages.add(row.get("message"));
		}
		assertThat(pages).hasSizeGreaterThan(3);
		assertThat(messages).hasSizeGreaterThan(10)
			.allSatisfy((message) -> assertThat(words).contains(message.replaceAll("\\s+", " ")));
	}

	@Test
	void aWarningOnEveryRowIsOneLineWithItsCount() {
		String words = String.join(" ", pages).replaceAll("\\s+", " ");
		assertThat(words).contains("2, 3, 4, 5, 6, … (34 dòng)");
		String warning = "Đơn vị «SXD» không có trong danh sách đơn vị";
		assertThat(words.split(warning, -1)).hasSize(2);
		assertThat(CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv")))
			.filteredOn((row) -> row.get("reason_code").equals("UNKNOWN_DEPARTMENT"))
			.hasSize(34);
	}

	@Test
	void leavesNoHeadingAloneAtAPageFoot() {
		List<String> headings = List.of("1. Các tệp đã đọc", "2. Các dòng và tệp bị từ chối", "3. Cảnh báo",
				"4. Đơn vị chưa gửi số liệu", "Nội dung và cách sửa", "Mã SHA-256 (đầu)", "SXD.csv", "TC-3.csv",
				"KHDT-5.csv");
		for (int page = 0; page < pages.size() - 1; page++) {
			List<String> lines = new ArrayList<>(pages.get(page).lines().map(String::strip).toList());
			lines.removeIf(String::isEmpty);
			String last = lines.get(lines.size() - 1);
			assertThat(headings).as("last line of page %d: %s", page + 1, last).doesNotContain(last);
		}
	}

	@Test
	void speaksAClerksWordsAndGivesTheRunsOwnCodesAsExamples() {
		String words = String.join(" ", pages).replaceAll("\\s+", " ");
		assertThat(words).contains("CSV UTF-8, dấu phẩy", "CSV UTF-8, dấu chấm phẩy", "không phải tệp văn bản",
				"Hãy ghi mã chỉ tiêu theo danh mục, ví dụ A1.");
		assertThat(words).doesNotContain("binary", "UTF-8, «", "KT01", "SKHDT");
	}

}
