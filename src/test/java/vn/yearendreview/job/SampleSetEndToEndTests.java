package vn.yearendreview.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample province shipped in {@code input/}, as the README's run command processes
 * it.
 */
class SampleSetEndToEndTests {

	private static final Map<String, String> GROUP_LABELS = Map.of("kinh_te", "Kinh tế", "van_hoa_xa_hoi",
			"Văn hóa – xã hội", "moi_truong", "Môi trường", "quoc_phong_an_ninh", "Quốc phòng – an ninh",
			"xay_dung_dang", "Xây dựng Đảng");

	@TempDir
	static Path output;

	static ReviewCommand.Result result;

	static Path year;

	@BeforeAll
	static void runOnce() {
		result = ReviewCommand.run(Path.of("du-lieu-mau").toAbsolutePath(), output);
		year = output.resolve("2023");
	}

	@Test
	void theDataChecksCountsAreTheCountsOfWhatItLists() {
		List<Map<String, String>> check = CsvFiles.read(year.resolve("kiem-tra-du-lieu-2023.csv"));
		long files = check.stream().filter((row) -> row.get("reason_code").equals("FILE_READ")).count();
		long withRows = check.stream()
			.filter((row) -> row.get("reason_code").equals("FILE_READ") && !row.get("rows_read").isEmpty())
			.count();
		long warnings = check.stream().filter((row) -> row.get("reason_code").equals("WINDOWS_1258")).count();
		long notSubmitted = check.stream().filter((row) -> row.get("reason_code").equals("NOT_SUBMITTED")).count();
		String text = Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf"));
		assertThat(files).isEqualTo(23);
		assertThat(text).contains(
				"Đã đọc " + files + " tệp (mục 1: " + withRows + " tệp có dòng số liệu, " + (files - withRows)
						+ " tệp danh mục) với 55 dòng",
				"; " + warnings + " cảnh báo (mục 3); " + notSubmitted + " đơn vị chưa gửi số liệu (mục 5).");
		assertThat(warnings).isEqualTo(2);
		assertThat(text.substring(text.indexOf("3. Cảnh báo"), text.indexOf("4. Số liệu cần xem lại")))
			.containsOnlyOnce("SLDTBXH-nhan-dinh.csv")
			.containsOnlyOnce("SYT.csv");
	}

	@Test
	void everyRowOfTheSampleIsAccepted() {
		assertThat(result.exitCode()).isZero();
	}

	@Test
	void headlineAndGroupCountsInThePdfAreThoseOfTheResultsFile() {
		Map<String, Map<String, String>> catalog = new HashMap<>();
		for (Map<String, String> row : CsvFiles.read(Path.of("du-lieu-mau/catalog/indicators.csv"), ';')) {
			catalog.put(row.get("indicator"), row);
		}
		int achieved = 0;
		int total = 0;
		Map<String, int[]> groups = new LinkedHashMap<>();
		for (Map<String, String> row : CsvFiles.read(year.resolve("ket-qua-2023.csv"))) {
			Map<String, String> entry = catalog.get(row.get("indicator"));
			boolean inReview = entry.get("department").equals(row.get("department"));
			if (!entry.get("resolution").equals("có") || !inReview) {
				continue;
			}
			boolean counts = row.get("status").equals("EXCEEDED") || row.get("status").equals("ACHIEVED");
			int[] group = groups.computeIfAbsent(row.get("group"), (g) -> new int[2]);
			group[0] += counts ? 1 : 0;
			group[1]++;
			achieved += counts ? 1 : 0;
			total++;
		}
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(total).isEqualTo(22);
		assertThat(review).contains("đạt và vượt " + achieved + "/" + total + " chỉ tiêu chủ yếu của Nghị quyết");
		groups.forEach((code, counts) -> assertThat(review)
			.contains(GROUP_LABELS.get(code) + ": đạt và vượt " + counts[0] + "/" + counts[1] + " chỉ tiêu."));
	}

	@Test
	void reviewReadsInTheOrderOfAPartyDocument() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).containsSubsequence("TỈNH ỦY NINH THUẬN", "Số 125-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
				"Ninh Thuận, ngày 05 tháng 12 năm 2023", "BÁO CÁO",
				"tình hình thực hiện nhiệm vụ năm 2023, phương hướng, nhiệm vụ năm 2024",
				"I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023", "đạt và vượt 18/22 chỉ tiêu",
				"a) Kinh tế: đạt và vượt 6/9 chỉ tiêu.", "Kinh tế tiếp tục phục hồi và tăng trưởng khá",
				"Tốc độ tăng trưởng GRDP ước đạt 9,40% (KH 10–11%), không đạt kế hoạch.",
				"Tổng vốn đầu tư toàn xã hội ước đạt 22.710 tỷ đồng, bằng 102,3% KH, tăng 11,8% so với cùng kỳ, vượt kế hoạch.",
				"b) Văn hóa – xã hội: đạt và vượt 5/6 chỉ tiêu.",
				"Tỷ lệ trường học đạt chuẩn quốc gia: chưa có số liệu (KH 65%).",
				"e) Xây dựng Đảng: đạt và vượt 2/2 chỉ tiêu.", "2. Hạn chế, yếu kém và nguyên nhân",
				"Còn 03 chỉ tiêu không đạt kế hoạch: tốc độ tăng trưởng GRDP (9,40%, KH 10–11%), thu ngân sách nhà"
						+ " nước trên địa bàn (3.650 tỷ đồng, KH 3.800 tỷ đồng), tổng lượt khách du lịch (2.950,5 nghìn"
						+ " lượt, KH 3.000 nghìn lượt).",
				"- Thu ngân sách nhà nước trên địa bàn: giảm thu tiền sử dụng đất", "* Nguyên nhân:",
				"II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "1. Các chỉ tiêu chủ yếu năm 2024",
				"(1) Tốc độ tăng trưởng GRDP đạt 8–8,5%.", "2. Nhiệm vụ, giải pháp chủ yếu", "Nơi nhận:",
				"Ban Bí thư Trung ương Đảng (b/c),", "Lưu Văn phòng Tỉnh ủy.", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
				"Nguyễn Đức Thanh", "PHỤ LỤC", "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2023");
		assertThat(review).containsOnlyOnce("Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy")
			.containsOnlyOnce("bằng 96,1% KH, giảm 11,4% so với cùng kỳ, không đạt kế hoạch");
	}

	@Test
	void theDepartmentsOwnWordsArePrintedUnderTheirFieldsInOrder() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).containsSubsequence("a) Kinh tế: đạt và vượt 6/9 chỉ tiêu.",
				"Kinh tế tiếp tục phục hồi và tăng trưởng khá", "Công tác xúc tiến, thu hút đầu tư được đẩy mạnh",
				"Kinh tế nông nghiệp và nông thôn duy trì ổn định", "- Tốc độ tăng trưởng GRDP ước đạt",
				"b) Văn hóa – xã hội: đạt và vượt 5/6 chỉ tiêu.", "Các chính sách an sinh xã hội được triển khai",
				"c) Môi trường: đạt và vượt 3/3 chỉ tiêu.", "Công tác quản lý, bảo vệ và phát triển rừng",
				"e) Xây dựng Đảng: đạt và vượt 2/2 chỉ tiêu.", "Công tác xây dựng Đảng và hệ thống chính trị",
				"2. Hạn chế, yếu kém và nguyên nhân", "Tăng trưởng kinh tế chưa đạt kế hoạch",
				"Chất lượng lao động qua đào tạo chưa đáp ứng", "* Nguyên nhân:", "Suy giảm kinh tế thế giới",
				"2. Nhiệm vụ, giải pháp chủ yếu", "a) Kinh tế", "Tập trung tháo gỡ khó khăn, vướng mắc",
				"Phát triển nông nghiệp ứng dụng công nghệ cao", "b) Văn hóa – xã hội",
				"Thực hiện đầy đủ, kịp thời các chính sách an sinh xã hội", "c) Xây dựng Đảng",
				"Chuẩn bị chu đáo các điều kiện tiến tới Đại hội");
	}

	@Test
	void eachCountIsFollowedByExactlyTheIndicatorsItCounts() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		String results = review.substring(review.indexOf("1. Đánh giá chung"),
				review.indexOf("2. Hạn chế, yếu kém và nguyên nhân"));
		Matcher heading = Pattern.compile("[a-e]\\) [^:]+: đạt và vượt (\\d+)/(\\d+) chỉ tiêu\\.").matcher(results);
		List<int[]> fields = new ArrayList<>();
		while (heading.find()) {
			fields.add(new int[] { heading.start(), heading.end(), Integer.parseInt(heading.group(2)) });
		}
		assertThat(fields).hasSize(5);
		for (int i = 0; i < fields.size(); i++) {
			int end = (i + 1 < fields.size()) ? fields.get(i + 1)[0] : results.length();
			String section = results.substring(fields.get(i)[1], end);
			assertThat(Pattern.compile("(^|\\s)- \\S").matcher(section).results().count())
				.as(results.substring(fields.get(i)[0], fields.get(i)[1]))
				.isEqualTo(fields.get(i)[2]);
		}
	}

	@Test
	void nothingForTheOfficeOrAPlaceholderReachesTheCommittee() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).doesNotContain("chưa nêu", "gửi số liệu", "Tình hình gửi", "Sở Giáo dục và Đào tạo");
		assertThat(review).containsOnlyOnce("Tỷ lệ trường học đạt chuẩn quốc gia:");
	}

	@Test
	void targetsArePrintedInTheResolutionsOwnWords() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("(KH trên 40%)", "(KH dưới 4%)", "(KH từ 94% trở lên)", "đạt trên 41%.",
				"ở mức dưới 3,8%.");
		assertThat(review).doesNotContain("≥", "≤", "không quá", "100,0%");
		assertThat(review).doesNotContainPattern("KH 87–88 triệu đồng\\), bằng");
	}

	@Test
	void theSignatureStandsBelowLinesOfTheBody() {
		List<String> pages = Pdfs.pages(year.resolve("bao-cao-tong-hop-2023.pdf"));
		String signed = pages.stream().filter((page) -> page.contains("T/M BAN THƯỜNG VỤ")).findFirst().orElseThrow();
		String above = signed.substring(0, signed.indexOf("Nơi nhận:"));
		assertThat(above.lines().map(String::strip).filter((line) -> line.length() > 20).count()).isGreaterThan(0);
	}

	@Test
	void theDataCheckNamesTheDepartmentThatSentNothing() {
		String check = Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf"));
		assertThat(check).contains("Sở Giáo dục và Đào tạo");
	}

	@Test
	void pageNumbersStartOnPageTwo() {
		List<String> pages = Pdfs.pages(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(pages.get(0).lines().findFirst())
			.hasValueSatisfying((line) -> assertThat(line.strip()).isNotEqualTo("1"));
		assertThat(pages.get(0)).doesNotContainPattern("(?m)^\\s*1\\s*$");
		for (int page = 2; page <= pages.size(); page++) {
			assertThat(pages.get(page - 1).lines().findFirst()).as("page %d", page).hasValue(String.valueOf(page));
		}
	}

	@Test
	void reviewIsPortraitA4ThenLandscapeA4Appendix() {
		List<String> sizes = Pdfs.pageSizes(year.resolve("bao-cao-tong-hop-2023.pdf"));
		int firstLandscape = sizes
			.indexOf(sizes.stream().filter((s) -> !s.equals("595x842 rotate=0")).findFirst().orElseThrow());
		assertThat(sizes.subList(0, firstLandscape)).isNotEmpty().allMatch("595x842 rotate=0"::equals);
		assertThat(sizes.subList(firstLandscape, sizes.size())).isNotEmpty()
			.allMatch((s) -> s.equals("842x595 rotate=0") || s.equals("595x842 rotate=90"));
	}

	@Test
	void theDraftResolutionNumbersExactlyTheResolutionIndicatorsWithTheirTargetsAsWritten() {
		List<Map<String, String>> catalog = new ArrayList<>();
		for (Map<String, String> row : CsvFiles.read(Path.of("du-lieu-mau/catalog/indicators.csv"), ';')) {
			if (row.get("resolution").equals("có") && !row.get("plan_next").isBlank()) {
				catalog.add(row);
			}
		}
		String resolution = Pdfs.words(year.resolve("nghi-quyet-2024.pdf"));
		String targets = resolution.substring(resolution.indexOf("II- CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024"),
				resolution.indexOf("III- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"));
		Matcher item = Pattern.compile("\\((\\d+)\\) ").matcher(targets);
		List<Integer> starts = new ArrayList<>();
		while (item.find()) {
			assertThat(item.group(1)).isEqualTo(String.valueOf(starts.size() + 1));
			starts.add(item.end());
		}
		List<String> numbered = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int end = (i + 1 < starts.size()) ? starts.get(i + 1) : targets.length();
			numbered.add(targets.substring(starts.get(i), end));
		}
		assertThat(catalog).hasSize(22);
		assertThat(numbered).hasSize(22);
		for (int i = 0; i < catalog.size(); i++) {
			assertThat(numbered.get(i)).startsWith(catalog.get(i).get("name") + " ");
		}
		assertThat(targets).contains("1. Về kinh tế: 09 chỉ tiêu", "(1) Tốc độ tăng trưởng GRDP đạt 8–8,5%.",
				"(6) Tỷ trọng công nghiệp – xây dựng trong GRDP đạt trên 41%.",
				"(15) Tỷ lệ thất nghiệp khu vực thành thị ở mức dưới 3,8%.", "5. Về xây dựng Đảng: 02 chỉ tiêu");
		assertThat(resolution).doesNotContain("(23)");
	}

	/**
	 * A paragraph that a page break moves whole to the next page keeps its first-line
	 * indent there, as every other paragraph (DESIGN.md 6.1): in the sample, the
	 * resolution's second general direction opens page 4.
	 */
	@Test
	void aParagraphMovedToTheNextPageKeepsItsIndent() {
		List<Pdfs.Line> lines = Pdfs.lines(year.resolve("nghi-quyet-2024.pdf"), 4);
		int first = 0;
		while (!lines.get(first).text().startsWith("Phát triển toàn diện")) {
			first++;
		}
		assertThat(lines.get(first).x()).as(lines.get(first).text()).isGreaterThan(lines.get(first + 1).x() + 20);
	}

	@Test
	void theDraftResolutionReadsAsATinhUyResolutionAndCountsAsTheReviewDoes() {
		String resolution = Pdfs.words(year.resolve("nghi-quyet-2024.pdf"));
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		Matcher count = Pattern.compile("đạt và vượt (\\d+/\\d+) chỉ tiêu chủ yếu của Nghị quyết").matcher(review);
		assertThat(count.find()).isTrue();
		assertThat(resolution).containsSubsequence("Dự thảo", "TỈNH ỦY NINH THUẬN", "Số -NQ/TU",
				"ĐẢNG CỘNG SẢN VIỆT NAM", "NGHỊ QUYẾT", "về phương hướng, nhiệm vụ năm 2024",
				"Năm 2023, toàn tỉnh thực hiện đạt và vượt " + count.group(1) + " chỉ tiêu chủ yếu của Nghị quyết",
				"Kinh tế tiếp tục phục hồi và tăng trưởng khá",
				"Tuy nhiên, còn 03 chỉ tiêu chưa đạt kế hoạch là tốc độ tăng trưởng GRDP",
				"tăng trưởng kinh tế chưa đạt kế hoạch", "Nguyên nhân chủ yếu là do", "Năm 2024, tình hình thế giới",
				"Ban Chấp hành Đảng bộ tỉnh thống nhất xác định", "I- MỤC TIÊU", "II- CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024",
				"III- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "1. Về kinh tế", "Tập trung tháo gỡ khó khăn, vướng mắc",
				"IV- TỔ CHỨC THỰC HIỆN", "T/M TỈNH ỦY", "BÍ THƯ", "Nguyễn Đức Thanh", "PHỤ LỤC",
				"Các chỉ tiêu chủ yếu năm 2024", "(Kèm theo Nghị quyết số -NQ/TU, ngày 05/12/2023 của Tỉnh ủy)",
				"Mục tiêu nhiệm kỳ", "Kế hoạch năm 2024", "Cơ quan theo dõi",
				"Tốc độ tăng trưởng GRDP % 10–11 (bình quân năm) 8–8,5 Sở Kế hoạch và Đầu tư");
		assertThat(resolution).contains("Nơi nhận:").doesNotContain("T/M BAN THƯỜNG VỤ", "BC/TU", "≥", "≤");
		List<String> sizes = Pdfs.pageSizes(year.resolve("nghi-quyet-2024.pdf"));
		assertThat(sizes.get(0)).isEqualTo("595x842 rotate=0");
		assertThat(sizes.get(sizes.size() - 1)).isIn("842x595 rotate=0", "595x842 rotate=90");
	}

	/**
	 * The term 2021–2025 assessed in 2023 (two years remain), worked by hand from the
	 * sample's history (2021, 2022) and the year's figures:
	 * <ul>
	 * <li>KT01 average 10–11: sum 7.0 + 8.0 + 9.4 = 24.4; needed (10 × 5 − 24.4) ÷ 2 =
	 * 12.8 per year, more than the best year 9.4: at risk.
	 * <li>KT03 total above 100,000: sum 61,525; needed (100,000 − 61,525) ÷ 2 = 19,237.5,
	 * not more than the best year 22,710: likely.
	 * <li>KT08 end 50: 41 now, (41 − 33) ÷ 2 = 4 a year, 41 + 2 × 4 = 49 &lt; 50: at
	 * risk.
	 * <li>XH01 each year 1.5–2: 1.8, 1.5, 1.6 all meet 1.5: likely.
	 * <li>XH06 each year below 4: 4.2 in 2021 misses it: missed.
	 * <li>MT01 end 47: 47.1 already meets it: achieved.
	 * <li>XD01 total above 6,000: sum 3,571; needed 1,214.5, not more than 1,236: likely.
	 * </ul>
	 */
	@Test
	void theTermsProgressIsWhatTheRulesGiveWorkedByHand() throws Exception {
		assertThat(java.nio.file.Files.readString(year.resolve("tien-do-nhiem-ky-2023.csv"))).isEqualTo(
				java.nio.file.Files.readString(ReviewCommand.fixture("sample/expected/tien-do-nhiem-ky-2023.csv")));
		List<String> pages = Pdfs.pages(year.resolve("bao-cao-tong-hop-2023.pdf"));
		String appendix = pages.get(pages.size() - 1).replaceAll("\\s+", " ");
		assertThat(appendix)
			.contains("PHỤ LỤC 2", "Tiến độ thực hiện các chỉ tiêu Nghị quyết Đại hội đại biểu", "TH 2021", "TH 2022",
					"ƯTH 2023", "Bình quân / Lũy kế")
			.doesNotContain("TH 2024", "TH 2025");
		assertThat(appendix).containsSubsequence("Tốc độ tăng trưởng GRDP", "7,0", "8,0", "9,40", "8,13", "Khó đạt",
				"Tổng vốn đầu tư toàn xã hội", "18.500", "20.315", "22.710", "61.525", "Có khả năng đạt",
				"Số xã đạt chuẩn nông thôn mới", "Khó đạt", "Tỷ lệ hộ nghèo giảm", "Có khả năng đạt",
				"Tỷ lệ thất nghiệp khu vực thành thị", "Không đạt", "Tỷ lệ che phủ rừng", "Đã đạt",
				"Kết nạp đảng viên mới", "3.571", "Có khả năng đạt");
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("PHỤ LỤC 1",
				"Đến năm 2023, có khả năng đạt 4/7 chỉ tiêu: tổng vốn đầu tư toàn xã hội, tỷ lệ hộ nghèo giảm, tỷ lệ"
						+ " che phủ rừng, kết nạp đảng viên mới (trong đó 01 chỉ tiêu đã đạt: tỷ lệ che phủ rừng); "
						+ "02 chỉ tiêu khó đạt: tốc độ tăng trưởng GRDP, số xã đạt chuẩn nông thôn mới (lũy kế); "
						+ "01 chỉ tiêu không đạt: tỷ lệ thất nghiệp khu vực thành thị (chi tiết tại Phụ lục 2).",
				"Tỷ lệ thất nghiệp khu vực thành thị ở mức 3,5% (KH dưới 4%), đạt kế hoạch.")
			.doesNotContain("(KH dưới 4%), vượt kế hoạch");
	}

	@Test
	void everyDocumentEmbedsItsFonts() {
		for (Path pdf : List.of(year.resolve("bao-cao-tong-hop-2023.pdf"), year.resolve("nghi-quyet-2024.pdf"),
				year.resolve("kiem-tra-du-lieu-2023.pdf"), year.resolve("don-vi/SKHDT.pdf"))) {
			assertThat(Pdfs.fonts(pdf)).as(pdf.toString())
				.isNotEmpty()
				.allSatisfy((font) -> assertThat(font).endsWith("embedded=true"));
		}
	}

}
