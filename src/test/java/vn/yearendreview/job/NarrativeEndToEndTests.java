package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample province with one more department's narrative file, in yet another shape
 * (tab-separated, English headers) and with one bad row: every accepted paragraph is
 * printed under its field in catalog department order, the bad row is in the data check
 * with its line and column, and the file's rows add up.
 */
class NarrativeEndToEndTests {

	@TempDir
	static Path work;

	static ReviewCommand.Result result;

	static Path year;

	@BeforeAll
	static void run() throws Exception {
		Path input = ReviewCommand.copySample(work.resolve("input"));
		Files.writeString(input.resolve("SCT-nhan-dinh.csv"), """
				department\tyear\tgroup\tkind\ttext
				SCT\t2023\tkinh_te\tket_qua\tThương mại, dịch vụ phục hồi; tổng mức bán lẻ hàng hóa tăng khá.
				SCT\t2023\tkinh_te\tdanh gia\tXuất khẩu tăng trưởng ổn định.
				SCT\t2024\tkinh_te\tnhiem_vu\tPhấn đấu kim ngạch xuất khẩu đạt 250 triệu USD.
				""", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("SKHDT_bo_sung.csv"),
				"""
						don_vi;nam;linh_vuc;loai;noi_dung
						SKHDT;2023;Kinh tế;Kết quả nổi bật;"Công tác xúc tiến, thu hút đầu tư được đẩy mạnh; cải cách hành chính, \
						chuyển đổi số đạt kết quả tích cực, môi trường đầu tư kinh doanh tiếp tục được cải thiện."
						""",
				StandardCharsets.UTF_8);
		Files.writeString(input.resolve("SGDDT-nhan-dinh.csv"), """
				department,year,group,kind,text
				SGDDT,2023,van_hoa_xa_hoi,ket_qua,Chất lượng giáo dục toàn diện tiếp tục được nâng lên.
				""", StandardCharsets.UTF_8);
		result = ReviewCommand.run(input, work.resolve("output"));
		year = work.resolve("output/2023");
	}

	@Test
	void theBadRowNeedsTheDepartmentsAttention() {
		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv")))
			.noneMatch((row) -> row.get("file").equals("SKHDT_bo_sung.csv"));
		List<Map<String, String>> problems = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"));
		assertThat(problems).filteredOn((row) -> row.get("file").equals("SCT-nhan-dinh.csv"))
			.extracting((row) -> row.get("line") + " " + row.get("reason_code"))
			.containsExactly("3 BAD_KIND", "4 WRONG_YEAR");
		assertThat(problems).filteredOn((row) -> row.get("file").equals("SCT-nhan-dinh.csv"))
			.first()
			.satisfies((row) -> {
				assertThat(row.get("line")).isEqualTo("3");
				assertThat(row.get("column")).isEqualTo("kind");
				assertThat(row.get("reason_code")).isEqualTo("BAD_KIND");
				assertThat(row.get("message")).contains("ket_qua", "nguyen_nhan");
			});
	}

	@Test
	void everyAcceptedParagraphIsPrintedUnderItsFieldInDepartmentOrder() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).containsSubsequence("a) Kinh tế: đạt và vượt 6/9 chỉ tiêu.",
				"Kinh tế tiếp tục phục hồi và tăng trưởng khá", "Công tác xúc tiến, thu hút đầu tư được đẩy mạnh",
				"Thương mại, dịch vụ phục hồi; tổng mức bán lẻ hàng hóa tăng khá.",
				"Kinh tế nông nghiệp và nông thôn duy trì ổn định", "- Tốc độ tăng trưởng GRDP ước đạt");
		assertThat(review).doesNotContain("Xuất khẩu tăng trưởng ổn định");
		assertThat(review).as("sent twice, printed once").containsOnlyOnce("Công tác xúc tiến, thu hút đầu tư");
	}

	@Test
	void aPointOfAnotherYearIsRejectedAndNeverMovesTheReview() {
		assertThat(year.resolve("bao-cao-tong-hop-2023.pdf")).exists();
		assertThat(work.resolve("output/2024")).doesNotExist();
		assertThat(Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"))).contains("đạt và vượt 18/22 chỉ tiêu")
			.doesNotContain("Phấn đấu kim ngạch xuất khẩu đạt 250 triệu USD");
	}

	@Test
	void aDepartmentThatSentOnlyItsWordsHasStillSentNoFigures() {
		assertThat(CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"))).anySatisfy(
				(row) -> assertThat(row.get("reason_code") + " " + row.get("value")).isEqualTo("NOT_SUBMITTED SGDDT"));
	}

	@Test
	void theFilesRowsAddUp() {
		String check = Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf"));
		assertThat(check).containsPattern("SCT-nhan-dinh\\.csv[^.]*? 3 1 2 ");
	}

}
