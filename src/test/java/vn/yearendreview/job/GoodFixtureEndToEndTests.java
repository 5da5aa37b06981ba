package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole job on the {@code good} fixture, whose expected results were worked out
 * by hand ({@code fixtures/good/expected/README.md}).
 */
class GoodFixtureEndToEndTests {

	private static final Map<String, String> GROUP_LABELS = Map.of("kinh_te", "Kinh tế", "van_hoa_xa_hoi",
			"Văn hóa – xã hội");

	@TempDir
	static Path output;

	static ReviewCommand.Result result;

	static Path year;

	@BeforeAll
	static void runOnce() {
		result = ReviewCommand.run(ReviewCommand.fixture("good/input"), output);
		year = output.resolve("2023");
	}

	@Test
	void completesWithEveryRowAccepted() {
		assertThat(result.exitCode()).isZero();
		assertThat(year.resolve("bao-cao-tong-hop-2023.pdf")).isRegularFile();
		assertThat(year.resolve("ket-qua-2023.csv")).isRegularFile();
	}

	@Test
	void resultsMatchTheGoldenFile() throws Exception {
		byte[] written = Files.readAllBytes(year.resolve("ket-qua-2023.csv"));
		assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(written, 3, written.length - 3, StandardCharsets.UTF_8).replace("\r\n", "\n");
		String expected = Files.readString(ReviewCommand.fixture("good/expected/ket-qua-2023.csv"));
		assertThat(text).isEqualTo(expected);
	}

	@Test
	void reviewCarriesTheHeaderAndTheComputedHeadline() {
		String text = Pdfs.text(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(text).contains("TỈNH ỦY THỬ NGHIỆM", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 7-BC/TU",
				"Thử Nghiệm, ngày 05 tháng 02 năm 2024", "BÁO CÁO", "tình hình thực hiện nhiệm vụ năm 2023,",
				"phương hướng, nhiệm vụ năm 2024");
		assertThat(text).contains("đạt và vượt 3/5 chỉ tiêu");
		assertThat(text).contains("Kinh tế: đạt và vượt 2/3 chỉ tiêu", "Văn hóa – xã hội: đạt và vượt 1/2 chỉ tiêu");
	}

	@Test
	void headlineGroupAndDepartmentCountsMatchTheHandWorkedGolden() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		for (Map<String, String> count : CsvFiles.read(ReviewCommand.fixture("good/expected/counts.csv"))) {
			String scope = count.get("scope");
			String ratio = count.get("achieved") + "/" + count.get("total");
			if (scope.equals("overall")) {
				assertThat(review).contains("thực hiện đạt và vượt " + ratio + " chỉ tiêu chủ yếu");
			}
			else if (scope.startsWith("department:")) {
				String department = scope.substring("department:".length());
				assertThat(Pdfs.words(year.resolve("don-vi/" + department + ".pdf")))
					.contains(count.get("achieved").equals("0")
							? "Trong " + count.get("total")
									+ " chỉ tiêu chủ yếu của Nghị quyết được đánh giá, đơn vị chưa có chỉ tiêu nào đạt"
							: "Đơn vị thực hiện đạt và vượt " + ratio + " chỉ tiêu chủ yếu của Nghị quyết");
			}
			else {
				assertThat(review).contains(GROUP_LABELS.get(scope) + ": đạt và vượt " + ratio + " chỉ tiêu.");
			}
		}
	}

	@Test
	void nextYearsTargetsAreTheResolutionsAndTheIndicatorsOutsideItAreSetApart() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		String resolution = Pdfs.words(year.resolve("nghi-quyet-2024.pdf"));
		assertThat(review).containsSubsequence("1. Các chỉ tiêu chủ yếu năm 2024", "a) Kinh tế",
				"(1) Tăng trưởng GRDP đạt 7,5%.", "(5) Lao động qua đào tạo đạt 72%.",
				"c) Các chỉ tiêu khác (ngoài Nghị quyết) - Che phủ rừng đạt 45,5%.",
				"III. CÁC CHỈ TIÊU KHÁC (NGOÀI NGHỊ QUYẾT) 6 Che phủ rừng");
		assertThat(resolution).contains("(1) Tăng trưởng GRDP đạt 7,5%.", "(5) Lao động qua đào tạo đạt 72%.");
		assertThat(review).doesNotContain("III. MÔI TRƯỜNG");
	}

	@Test
	void everyFontIsEmbedded() {
		assertThat(Pdfs.fonts(year.resolve("bao-cao-tong-hop-2023.pdf"))).isNotEmpty()
			.allSatisfy((font) -> assertThat(font).endsWith("embedded=true"));
	}

	@Test
	void withoutTermTargetsOrHistoryTheResolutionIsMadeAndNoProgressIsShown() {
		assertThat(year.resolve("nghi-quyet-2024.pdf")).isRegularFile();
		assertThat(year.resolve("tien-do-nhiem-ky-2023.csv")).doesNotExist();
		String resolution = Pdfs.words(year.resolve("nghi-quyet-2024.pdf"));
		assertThat(resolution)
			.contains("(1) Tăng trưởng GRDP đạt 7,5%.", "(5) Lao động qua đào tạo đạt 72%.", "Kế hoạch năm 2024")
			.containsSubsequence("I- MỤC TIÊU", "II- CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024", "III- TỔ CHỨC THỰC HIỆN")
			.doesNotContain("(6)", "Che phủ rừng", "Mục tiêu nhiệm kỳ", "IV-");
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("PHỤ LỤC").doesNotContain("PHỤ LỤC 1", "PHỤ LỤC 2", "Tiến độ thực hiện");
	}

	@Test
	void withoutRegistrationsThereIsNoProgrammeAndNoDocumentSpeaksOfOne() throws Exception {
		try (java.util.stream.Stream<Path> files = Files.walk(year)) {
			assertThat(files.map(Path::toString)).noneMatch((file) -> file.contains("chuong-trinh-cong-tac"));
		}
		for (String document : new String[] { "bao-cao-tong-hop-2023.pdf", "nghi-quyet-2024.pdf",
				"kiem-tra-du-lieu-2023.pdf" }) {
			assertThat(Pdfs.words(year.resolve(document))).as(document)
				.doesNotContainIgnoringCase("chương trình công tác");
		}
	}

}
