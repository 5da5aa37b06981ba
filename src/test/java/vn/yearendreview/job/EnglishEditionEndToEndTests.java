package vn.yearendreview.job;

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
 * {@code --lang=en}: the three documents in English. Indicator names and units come from
 * the catalog's English columns; other data values (notes, departments, recipients) stay
 * as the departments wrote them; no label of the program is left in Vietnamese.
 */
class EnglishEditionEndToEndTests {

	/** Labels and phrases of the Vietnamese edition. */
	private static final List<String> VIETNAMESE_LABELS = List.of("BÁO CÁO", "Nơi nhận", "PHỤ LỤC", "đạt và vượt",
			"Đánh giá", "Ghi chú", "KẾT QUẢ", "PHƯƠNG HƯỚNG", "Đánh giá chung", "Kèm theo", "so với cùng kỳ", "ước đạt",
			"kế hoạch", "Dự thảo", "ĐẢNG CỘNG SẢN", "T/M BAN", "BÍ THƯ", "Lưu Văn phòng", "STT", "ĐVT", "ƯTH", "Vượt",
			"Không đạt", "Chưa có số liệu", "Biểu đồ", "KIỂM TRA", "Bảng mã", "Số dòng", "Từ chối", "Không có",
			"Đơn vị:", "chỉ tiêu chủ yếu", "Kiểm tra lúc", "Cảnh báo", "chưa gửi số liệu", "ngày 05 tháng");

	@TempDir
	static Path output;

	static Path year;

	static int exitCode;

	@BeforeAll
	static void runOnce() {
		exitCode = ReviewCommand.run(Path.of("du-lieu-mau").toAbsolutePath(), output, "--lang=en").exitCode();
		year = output.resolve("2023/en");
	}

	@Test
	void reviewIsInEnglish() {
		assertThat(exitCode).isZero();
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("NINH THUAN PROVINCIAL PARTY COMMITTEE", "COMMUNIST PARTY OF VIETNAM",
				"No. 125-BC/TU", "Ninh Thuan, 5 December 2023", "REPORT", "achieved or exceeded 18/22", "22,710",
				"Recipients:", "SECRETARY", "APPENDIX", "Assessment", "Exceeded");
		assertThat(review).doesNotContain(VIETNAMESE_LABELS);
	}

	@Test
	void theCatalogsEnglishNamesAndUnitsReplaceTheVietnameseOnes() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("GRDP growth rate reached an estimated 9.40% (plan 10–11%), short of the plan.",
				"Total social investment reached an estimated 22,710 billion VND",
				"Urban unemployment rate stood at an estimated 3.5% (plan ≤ 4%)");
		for (Map<String, String> indicator : CsvFiles.read(Path.of("du-lieu-mau/catalog/indicators.csv"), ';')) {
			assertThat(review).doesNotContain(indicator.get("name"));
		}
		assertThat(review).doesNotContain("tỷ đồng", "triệu đồng");
	}

	@Test
	void countsOfOneAreSingular() {
		String check = Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf"));
		assertThat(check).contains("every file could be read").doesNotContainPattern("\\b1 (rows|files|warnings)\\b");
	}

	@Test
	void departmentEvaluationIsInEnglish() {
		String department = Pdfs.words(year.resolve("don-vi/SKHDT.pdf"));
		assertThat(department).contains("RESULTS OF THE INDICATORS OF 2023", "Department:", "Sở Kế hoạch và Đầu tư",
				"Problems in the department's data");
		assertThat(department).doesNotContain(VIETNAMESE_LABELS);
	}

	@Test
	void dataCheckIsInEnglish() {
		String check = Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf"));
		assertThat(check).contains("DATA CHECK REPORT", "Files read", "Saved as", "CSV (ANSI), comma",
				"Departments that sent nothing", "has not sent its data");
		assertThat(check).doesNotContain(VIETNAMESE_LABELS);
	}

	@Test
	void copiesAndRegisterAreInEnglish() {
		for (String document : new String[] { "bao-cao-tong-hop-2023.pdf", "nghi-quyet-2024.pdf" }) {
			assertThat(Pdfs.pages(year.resolve("phat-hanh/03-nguyen-duc-thanh/" + document))).as(document)
				.allSatisfy((page) -> assertThat(page).contains("Copy 03/06 – Nguyễn Đức Thanh"));
		}
		String register = Pdfs.words(year.resolve("so-phat-hanh-2023.pdf"));
		assertThat(register).contains("DISTRIBUTION REGISTER", "Report No. 125-BC/TU",
				"Draft Resolution on the directions and tasks for 2024", "Recipient", "Received", "KEPT BY");
		assertThat(register).doesNotContain(VIETNAMESE_LABELS).doesNotContain("SỔ PHÁT HÀNH", "Ký nhận");
		assertThat(register).contains("The copies hold the English edition");
		assertThat(CsvFiles.read(year.resolve("so-phat-hanh-2023.csv"))).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get("edition")).isEqualTo("en"));
	}

}
