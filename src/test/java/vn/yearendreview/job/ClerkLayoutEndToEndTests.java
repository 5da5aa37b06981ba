package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.WordFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small points a clerk corrects by hand: the resolution's appendix groups its targets
 * under the headings of their fields, as the text does; the signer's title is not bold
 * (only the mandate line and the name are); the programme's count and signature never
 * stand on a page without rows of its table.
 */
class ClerkLayoutEndToEndTests {

	@TempDir
	Path work;

	@Test
	void theResolutionsAppendixListsTheTargetsUnderTheirFields() {
		Path output = this.work.resolve("output");
		ReviewCommand.run(ReviewCommand.fixture("good/input"), output);

		List<String> pages = Pdfs.pages(output.resolve("2023/nghi-quyet-2024.pdf"));
		List<String> appendix = lines(pages.get(pages.size() - 1));
		assertThat(appendix).containsSubsequence("I. KINH TẾ", "1 Tăng trưởng GRDP % 7,5 Sở Kế hoạch và Đầu tư",
				"3 Vốn đầu tư tỷ đồng 5.500 Sở Kế hoạch và Đầu tư", "II. VĂN HÓA – XÃ HỘI");
		assertThat(appendix.get(appendix.indexOf("II. VĂN HÓA – XÃ HỘI") + 1)).contains("Sở Lao động");
		assertThat(WordFiles.words(output.resolve("2023/nghi-quyet-2024.docx"))).containsSubsequence("PHỤ", "LỤC", "I.",
				"KINH", "TẾ", "1", "Tăng", "trưởng", "GRDP", "II.", "VĂN", "HÓA");
	}

	@Test
	void aCatalogWithoutFieldsGivesTheAppendixNoHeadingsAndNoEmptyRow() throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path catalog = input.resolve("catalog/indicators.csv");
		List<String> rows = new ArrayList<>();
		for (String line : Files.readAllLines(catalog, StandardCharsets.UTF_8)) {
			String[] cells = line.split(",", -1);
			if (!rows.isEmpty()) {
				cells[1] = "";
			}
			rows.add(String.join(",", cells));
		}
		Files.write(catalog, rows, StandardCharsets.UTF_8);
		Path output = this.work.resolve("output");
		ReviewCommand.run(input, output);

		List<String> pages = Pdfs.pages(output.resolve("2023/nghi-quyet-2024.pdf"));
		List<String> appendix = lines(pages.get(pages.size() - 1));
		assertThat(appendix).noneMatch((line) -> line.matches("[IVX]+\\. .*"));
		int header = appendix.indexOf("STT Chỉ tiêu ĐVT Kế hoạch năm 2024 Cơ quan theo dõi");
		assertThat(header).isNotNegative();
		assertThat(appendix.get(header + 1)).startsWith("1 Tăng trưởng GRDP");
		assertThat(Pdfs.words(output.resolve("2023/nghi-quyet-2024.pdf"))).doesNotContain("null");
	}

	@Test
	void theSignersTitleIsNotBoldInAnyCommitteeDocumentOrItsWordDraft() throws Exception {
		Path output = this.work.resolve("output");
		ReviewCommand.run(ReviewCommand.copySample(this.work.resolve("input")), output);
		Path year = output.resolve("2023");

		for (String document : List.of("bao-cao-tong-hop-2023", "nghi-quyet-2024", "chuong-trinh-cong-tac-2024")) {
			Path pdf = year.resolve(document + ".pdf");
			assertThat(Pdfs.fontsOfLine(pdf, "BÍ THƯ")).as(document).isNotEmpty().noneMatch(Pdfs::isBold);
			assertThat(Pdfs.fontsOfLine(pdf, "Nguyễn Đức Thanh")).as(document).isNotEmpty().allMatch(Pdfs::isBold);
			String mandate = document.startsWith("nghi-quyet") ? "T/M TỈNH ỦY" : "T/M BAN THƯỜNG VỤ";
			assertThat(Pdfs.fontsOfLine(pdf, mandate)).as(document).isNotEmpty().allMatch(Pdfs::isBold);

			try (XWPFDocument word = WordFiles.open(year.resolve(document + ".docx"))) {
				assertThat(runs(word, "BÍ THƯ")).as(document).isNotEmpty().noneMatch(XWPFRun::isBold);
				assertThat(runs(word, mandate)).as(document).isNotEmpty().allMatch(XWPFRun::isBold);
			}
		}
	}

	/**
	 * With 8 and 16 more matters (and the sample's fonts) the count, the signature and
	 * "Nơi nhận" used to fall alone on the last page.
	 */
	@ParameterizedTest(name = "{0} more matters")
	@ValueSource(ints = { 4, 8, 12, 16 })
	void theProgrammesClosingPartKeepsTheLastRowsWithIt(int matters) throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		List<String> lines = new ArrayList<>();
		lines.add("Mã đơn vị;Năm;Tháng;Nội dung;Cấp xem xét;Cơ quan chủ trì;Cơ quan phối hợp;Sản phẩm");
		for (int i = 1; i <= matters; i++) {
			lines.add("SCT;2024;" + (i % 12 + 1) + ";Báo cáo chuyên đề số " + i
					+ " về phát triển công nghiệp chế biến, chế tạo;BTV;;Sở Công Thương;Báo cáo");
		}
		Files.write(input.resolve("SCT-nhiem-vu-2024.csv"), lines, StandardCharsets.UTF_8);
		Path output = this.work.resolve("output");
		ReviewCommand.run(input, output);

		List<String> pages = Pdfs.pages(output.resolve("2023/chuong-trinh-cong-tac-2024.pdf"));
		List<String> last = lines(pages.get(pages.size() - 1));
		int summary = indexOfStart(last, "Tổng hợp theo cấp xem xét:");
		assertThat(summary).as(String.join("\n", last)).isPositive();
		assertThat(last.subList(0, summary)).as(String.join("\n", last))
			.filteredOn((line) -> line.matches("\\d+ \\S.*"))
			.isNotEmpty();
		assertThat(String.join(" ", pages)).contains("Báo cáo chuyên đề số " + matters + " ");
	}

	/**
	 * Two matters so long that each takes most of a page: the closing part still falls
	 * alone, there is no row to take over with it but the first, and the programme is
	 * written as it falls rather than not at all.
	 */
	@Test
	void aProgrammeWhoseClosingPartCannotTakeARowOverIsStillWritten() throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		try (var files = Files.list(input)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().contains("-nhiem-vu-")).toList()) {
				Files.delete(file);
			}
		}
		String matter = "Báo cáo chuyên đề về phát triển công nghiệp chế biến chế tạo và năng lượng tái tạo ".repeat(20)
			.strip();
		Files.write(input.resolve("SCT-nhiem-vu-2024.csv"),
				List.of("Mã đơn vị;Năm;Tháng;Nội dung;Cấp xem xét;Cơ quan chủ trì;Cơ quan phối hợp;Sản phẩm",
						"SCT;2024;3;" + matter + ";BTV;;Sở Công Thương;Báo cáo",
						"SCT;2024;9;" + matter + ";BTV;;Sở Công Thương;Báo cáo"),
				StandardCharsets.UTF_8);
		Path output = this.work.resolve("output");
		ReviewCommand.run(input, output);

		Path programme = output.resolve("2023/chuong-trinh-cong-tac-2024.pdf");
		assertThat(programme).isRegularFile();
		String text = Pdfs.words(programme);
		assertThat(text).contains("Tháng 3", "Tháng 9", "Tổng hợp theo cấp xem xét: Ban Thường vụ: 02 nội dung");
	}

	private static int indexOfStart(List<String> lines, String start) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(start)) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> lines(String page) {
		return page.lines()
			.map((line) -> line.strip().replaceAll("\\s+", " "))
			.filter((line) -> !line.isEmpty())
			.toList();
	}

	/**
	 * The runs of the Word document's tables whose text is the given text.
	 */
	private static List<XWPFRun> runs(XWPFDocument word, String text) {
		List<XWPFRun> runs = new ArrayList<>();
		for (XWPFTable table : word.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					for (XWPFParagraph paragraph : cell.getParagraphs()) {
						if (paragraph.getText().strip().equals(text)) {
							runs.addAll(paragraph.getRuns().stream().filter((run) -> !run.text().isBlank()).toList());
						}
					}
				}
			}
		}
		return runs;
	}

}
