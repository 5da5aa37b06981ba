package vn.yearendreview.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.WordFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --lang=en}: the three documents in English. Indicator names and units come from
 * the catalog's English columns; other data values (departments, recipients, the notes in
 * the appendix's note column) stay as the departments wrote them, in tables and lists; no
 * label of the program is left in Vietnamese, and no sentence holds Vietnamese words
 * outside quotation marks.
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

	/**
	 * The edition of the sample set with its settings and catalog in Vietnamese only in
	 * places: no {@code issuer.en}, {@code place.en} or {@code term.name.en}, no English
	 * name or unit for KT04 (State budget revenue, in tỷ đồng), and AN02 outside the
	 * resolution, so that defence and security has one target.
	 */
	static Path partly;

	@BeforeAll
	static void runOnce() throws IOException {
		exitCode = ReviewCommand.run(Path.of("du-lieu-mau").toAbsolutePath(), output, "--lang=en").exitCode();
		year = output.resolve("2023/en");
		Path input = ReviewCommand.copySample(output.resolve("partly-input"));
		Path settings = input.resolve("catalog/report.properties");
		List<String> kept = Files.readAllLines(settings, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.matches("(issuer|place|term\\.name)\\.en=.*"))
			.toList();
		Files.write(settings, kept, StandardCharsets.UTF_8);
		Path catalog = input.resolve("catalog/indicators.csv");
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(catalog, StandardCharsets.UTF_8)) {
			String[] cells = line.split(";", -1);
			if (cells[0].equals("KT04")) {
				cells[9] = "";
				cells[10] = "";
			}
			if (cells[0].equals("AN02")) {
				cells[7] = "không";
			}
			lines.add(String.join(";", cells));
		}
		Files.write(catalog, lines, StandardCharsets.UTF_8);
		assertThat(ReviewCommand.run(input, output.resolve("partly"), "--lang=en").exitCode()).isZero();
		partly = output.resolve("partly/2023/en");
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
				"Total social investment reached an estimated VND 22,710 billion",
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

	@Test
	void moneyReadsCurrencyAmountAndScale() {
		for (Path document : List.of(year.resolve("bao-cao-tong-hop-2023.pdf"), year.resolve("nghi-quyet-2024.pdf"))) {
			String text = Pdfs.words(document);
			assertThat(text).as(document.toString())
				.doesNotContainPattern("\\d (thousand|million|billion) (VND|USD)")
				.doesNotContain("tỷ đồng", "VND billion");
		}
		assertThat(Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"))).contains(
				"GRDP per capita reached an estimated VND 87.7 million (plan VND 87–88 million)",
				"Export turnover reached an estimated USD 238 million",
				"(3) Total social investment: VND 24,500 billion.",
				"State budget revenue in the province (VND 3,650 billion, plan VND 3,800 billion)");
		assertThat(String.join(" ", WordFiles.words(year.resolve("bao-cao-tong-hop-2023.docx"))))
			.contains("Total social investment reached an estimated VND 22,710 billion");
		assertThat(Pdfs.words(partly.resolve("bao-cao-tong-hop-2023.pdf")))
			.contains("reached an estimated VND 3,650 billion");
	}

	@Test
	void aCountOfOneNamesOneThing() {
		assertThat(Pdfs.words(year.resolve("chuong-trinh-cong-tac-2024.pdf"))).contains("Standing Board: 1 matter.")
			.doesNotContain("1 matters");
		String resolution = Pdfs.words(partly.resolve("nghi-quyet-2024.pdf"));
		assertThat(resolution).contains("4. Defence and security: 1 target", "1. Economy: 9 targets")
			.doesNotContain("1 targets");
		assertThat(String.join(" ", WordFiles.words(partly.resolve("nghi-quyet-2024.docx"))))
			.contains("4. Defence and security: 1 target");
		assertThat(Pdfs.words(partly.resolve("bao-cao-tong-hop-2023.pdf")))
			.contains("d) Defence and security: achieved or exceeded 1/1 indicator.");
	}

	@Test
	void theIssuerAndPlaceGivenInVietnameseOnlyReadInEnglish() {
		for (String document : List.of("bao-cao-tong-hop-2023", "nghi-quyet-2024", "chuong-trinh-cong-tac-2024")) {
			String pdf = Pdfs.words(partly.resolve(document + ".pdf"));
			String word = String.join(" ", WordFiles.words(partly.resolve(document + ".docx")));
			for (String text : List.of(pdf, word)) {
				assertThat(text).as(document)
					.contains("NINH THUAN PROVINCIAL PARTY COMMITTEE", "Ninh Thuan, 5 December 2023")
					.doesNotContain("TỈNH ỦY", "Ninh Thuận");
			}
		}
	}

	@Test
	void theTermReadsTheYearsTheVietnameseEditionGives() {
		// the Vietnamese term.name says "nhiệm kỳ 2020 – 2025"; the figures' term is
		// 2021-2025
		String review = Pdfs.words(partly.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("Progress on the targets of the Congress Resolution for the term 2020 – 2025")
			.doesNotContain("2021 – 2025", "2021–2025");
	}

	@Test
	void sentencesHoldNoVietnameseOutsideQuotationMarks() {
		for (Path edition : List.of(year, partly)) {
			for (String document : List.of("bao-cao-tong-hop-2023", "nghi-quyet-2024")) {
				String pdf = Pdfs.words(edition.resolve(document + ".pdf"));
				String word = String.join(" ", WordFiles.words(edition.resolve(document + ".docx")));
				for (String text : List.of(pdf, word)) {
					// the header and the body, up to the recipients and signature
					String body = text.substring(0, text.indexOf("Recipients:"));
					assertThat(vietnameseOutsideQuotes(body)).as(edition + " " + document).isEmpty();
				}
			}
		}
		assertThat(Pdfs.words(partly.resolve("bao-cao-tong-hop-2023.pdf"))).contains(
				"- “Thu ngân sách nhà nước trên địa bàn” reached an estimated VND 3,650 billion, 96.1% of the plan");
		assertThat(Pdfs.words(partly.resolve("nghi-quyet-2024.pdf")))
			.contains("(4) “Thu ngân sách nhà nước trên địa bàn”: VND 4,000 billion.");
	}

	@Test
	void theDepartmentsOwnWordsAreLeftOutOfTheEnglishText() {
		// a note on a missed indicator and the departments' narrative points, all
		// Vietnamese
		for (String document : List.of("bao-cao-tong-hop-2023", "nghi-quyet-2024")) {
			String pdf = Pdfs.words(year.resolve(document + ".pdf"));
			String body = pdf.substring(0, pdf.indexOf("Recipients:"));
			String word = String.join(" ", WordFiles.words(year.resolve(document + ".docx")));
			for (String text : List.of(body, word.substring(0, word.indexOf("Recipients:")))) {
				assertThat(text).as(document)
					.doesNotContain("Sản lượng điện tái tạo", "sản lượng điện tái tạo", "Kinh tế tiếp tục phục hồi",
							"Suy giảm kinh tế thế giới", "Phát triển nông nghiệp ứng dụng công nghệ cao");
			}
		}
	}

	/** The words of a text that hold Vietnamese letters, outside “quotation marks”. */
	private static List<String> vietnameseOutsideQuotes(String text) {
		String outside = text.replaceAll("\u201C[^\u201D]*\u201D", " ");
		Pattern marked = Pattern.compile("[\\p{M}\u0111\u0110]");
		List<String> found = new ArrayList<>();
		for (String word : outside.split("\\s+")) {
			if (marked.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).find()) {
				found.add(word);
			}
		}
		return found;
	}

}
