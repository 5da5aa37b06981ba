package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Next year's work programme from the registrations of seven departments in the shapes
 * offices send (Vietnamese headers with {@code ;} and a BOM, English headers, tabs,
 * quarters written "Quý II", "Q3", "quý 4"), two of whose rows are bad, added to the
 * sample set.
 */
class WorkProgrammeEndToEndTests {

	private static final int GOOD_TASKS = 15;

	@TempDir
	static Path work;

	static ReviewCommand.Result result;

	static Path year;

	@BeforeAll
	static void runOnce() throws Exception {
		Path input = ReviewCommand.copySample(work.resolve("input"));
		try (Stream<Path> shipped = Files.list(input)) {
			for (Path file : shipped.filter((f) -> f.getFileName().toString().contains("-nhiem-vu-")).toList()) {
				Files.delete(file);
			}
		}
		try (Stream<Path> files = Files.list(ReviewCommand.fixture("tasks/registrations"))) {
			for (Path file : files.toList()) {
				Files.copy(file, input.resolve(file.getFileName()));
			}
		}
		result = ReviewCommand.run(input, work.resolve("out"));
		year = work.resolve("out/2023");
	}

	@Test
	void everyGoodTaskIsInTheProgrammeOnceInMonthAndLevelOrder() throws Exception {
		assertThat(result.exitCode()).isEqualTo(3);
		String expected = Files.readString(ReviewCommand.fixture("tasks/expected/chuong-trinh-cong-tac-2024.csv"));
		byte[] written = Files.readAllBytes(year.resolve("chuong-trinh-cong-tac-2024.csv"));
		assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(written, 3, written.length - 3, java.nio.charset.StandardCharsets.UTF_8).replace("\r\n",
				"\n"))
			.isEqualTo(expected);
		List<Map<String, String>> tasks = CsvFiles.read(year.resolve("chuong-trinh-cong-tac-2024.csv"));
		assertThat(tasks).hasSize(GOOD_TASKS);
		int last = 0;
		int lastLevel = 0;
		for (Map<String, String> task : tasks) {
			String month = task.get("month");
			int number = month.startsWith("Q") ? 3 * Integer.parseInt(month.substring(1)) - 2 : Integer.parseInt(month);
			int level = List.of("BCH", "BTV", "TT").indexOf(task.get("level"));
			assertThat(number).isGreaterThanOrEqualTo(last);
			if (number == last) {
				assertThat(level).isGreaterThanOrEqualTo(lastLevel);
			}
			last = number;
			lastLevel = level;
		}
	}

	@Test
	void theProgrammeReadsAsTheCommitteesDocumentWithMonthsInOrder() {
		String programme = Pdfs.words(year.resolve("chuong-trinh-cong-tac-2024.pdf"));
		assertThat(programme).containsSubsequence("TỈNH ỦY NINH THUẬN", "Số -CTr/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
				"CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024", "của Ban Thường vụ Tỉnh ủy", "Cơ quan chủ trì chuẩn bị",
				"Cơ quan phối hợp", "Cấp xem xét", "Sản phẩm", "Tháng 1",
				"Chỉ thị về tăng cường công tác y tế dự phòng (trong quý I)", "Tháng 3", "Tháng 4",
				"Kế hoạch tổ chức đại hội đảng bộ các cấp", "Ban Chấp hành", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 9",
				"Tháng 10", "Tháng 12", "Tổng kết năm 2024, phương hướng, nhiệm vụ năm 2025",
				"Ban Chấp hành: 03 nội dung; Ban Thường vụ: 08 nội dung; Thường trực: 04 nội dung", "Nơi nhận:",
				"T/M BAN THƯỜNG VỤ", "BÍ THƯ");
		assertThat(programme).doesNotContain("Tháng 2 ", "Tháng 8", "Tháng 11", "Báo cáo công tác giảm nghèo",
				"Kế hoạch đào tạo nghề cho lao động nông thôn");
		List<String> pages = Pdfs.pages(year.resolve("chuong-trinh-cong-tac-2024.pdf"));
		assertThat(Pdfs.pageSizes(year.resolve("chuong-trinh-cong-tac-2024.pdf")))
			.allMatch((size) -> size.equals("842x595 rotate=0") || size.equals("595x842 rotate=90"));
		for (int page = 1; page < pages.size(); page++) {
			if (pages.get(page).contains("Tháng")) {
				assertThat(pages.get(page)).as("page %d", page + 1).contains("Cơ quan chủ trì chuẩn bị");
			}
		}
	}

	@Test
	void theBadRowsAreInTheDataCheckAndTheCountsAddUp() {
		List<Map<String, String>> check = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"));
		assertThat(check).filteredOn((row) -> row.get("file").equals("SLDTBXH-dang-ky.csv"))
			.extracting((row) -> row.get("line") + " " + row.get("column") + " " + row.get("value") + " "
					+ row.get("reason_code"))
			.containsExactly("2 month 13 BAD_MONTH", "3 level UBND BAD_LEVEL");
		assertThat(check).filteredOn((row) -> row.get("reason_code").equals("DUPLICATE_TASK"))
			.extracting((row) -> row.get("file") + " " + row.get("line"))
			.containsExactly("SKHDT-dang-ky.csv 3", "SNNPTNT-dang-ky.csv 3");
		// every registration read is either in the programme or rejected in the data
		// check
		int read = 0;
		int accepted = 0;
		int rejected = 0;
		for (JsonNode input : manifest().get("inputs")) {
			if (input.get("file").asText().endsWith("-dang-ky.csv")) {
				read += input.get("rowsRead").asInt();
				accepted += input.get("rowsAccepted").asInt();
				rejected += input.get("rowsRejected").asInt();
			}
		}
		assertThat(read).isEqualTo(GOOD_TASKS + 2).isEqualTo(accepted + rejected);
		assertThat(accepted).isEqualTo(CsvFiles.read(year.resolve("chuong-trinh-cong-tac-2024.csv")).size());
		assertThat(rejected).isEqualTo(check.stream()
			.filter((row) -> row.get("file").endsWith("-dang-ky.csv")
					&& !row.get("reason_code").equals("DUPLICATE_TASK"))
			.count());
		String pdf = Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf"));
		assertThat(pdf).contains("SLDTBXH-dang-ky.csv", "«13» không phải tháng hay quý",
				"Cấp xem xét «UBND» không hợp lệ");
	}

	@Test
	void aMatterSentTwiceByOneDepartmentCountsOnce(@TempDir Path folder) throws Exception {
		Path input = ReviewCommand.copySample(folder.resolve("input"));
		Files.copy(ReviewCommand.fixture("tasks/registrations/CA-dang-ky.csv"), input.resolve("CA-sua-lai.csv"));
		ReviewCommand.Result again = ReviewCommand.run(input, folder.resolve("out"));
		assertThat(again.exitCode()).as("the same registrations again are only a warning").isZero();
		Path published = folder.resolve("out/2023");
		assertThat(CsvFiles.read(published.resolve("chuong-trinh-cong-tac-2024.csv")))
			.filteredOn((row) -> row.get("department").equals("CA"))
			.extracting((row) -> row.get("month"))
			.containsExactly("6", "Q4");
		assertThat(CsvFiles.problems(published.resolve("kiem-tra-du-lieu-2023.csv")))
			.filteredOn((row) -> row.get("file").equals("CA-sua-lai.csv"))
			.extracting((row) -> row.get("line") + " " + row.get("reason_code"))
			.containsExactly("2 DUPLICATE", "3 DUPLICATE");
	}

	/**
	 * Two versions of one department's matter are decided by its own file, never by the
	 * order of file names: the version in the office's summary file (named first) does
	 * not count; two versions neither of which is in its own file both stay out.
	 */
	@Test
	void twoVersionsOfOneDepartmentsMatterAreDecidedByItsOwnFile(@TempDir Path folder) throws Exception {
		Path input = ReviewCommand.copySample(folder.resolve("input"));
		Files.writeString(input.resolve("0-tong-hop.csv"), """
				Mã đơn vị,Năm,Tháng,Nội dung,Cấp xem xét,Sản phẩm
				CA,2024,6,Sơ kết công tác bảo đảm an ninh trật tự 6 tháng đầu năm,Ban Thường vụ,Kết luận
				BTC,2024,9,Sơ kết công tác tổ chức xây dựng Đảng 9 tháng,TT,Báo cáo
				""", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("1-tong-hop-bo-sung.csv"), """
				Mã đơn vị,Năm,Tháng,Nội dung,Cấp xem xét,Sản phẩm
				BTC,2024,9,Sơ kết công tác tổ chức xây dựng Đảng 9 tháng,BTV,Báo cáo
				""", StandardCharsets.UTF_8);

		ReviewCommand.Result run = ReviewCommand.run(input, folder.resolve("out"));

		assertThat(run.exitCode()).isEqualTo(3);
		Path published = folder.resolve("out/2023");
		assertThat(CsvFiles.read(published.resolve("chuong-trinh-cong-tac-2024.csv")))
			.filteredOn((row) -> row.get("department").equals("CA") && row.get("month").equals("6"))
			.extracting((row) -> row.get("level") + " " + row.get("product"))
			.containsExactly("TT Báo cáo");
		assertThat(CsvFiles.read(published.resolve("chuong-trinh-cong-tac-2024.csv")))
			.noneMatch((row) -> row.get("department").equals("BTC") && row.get("month").equals("9"));
		assertThat(CsvFiles.problems(published.resolve("kiem-tra-du-lieu-2023.csv")))
			.filteredOn((row) -> row.get("file").contains("tong-hop"))
			.extracting((row) -> row.get("file") + " " + row.get("line") + " " + row.get("reason_code"))
			.containsExactlyInAnyOrder("0-tong-hop.csv 2 NOT_OWN_FILE", "0-tong-hop.csv 3 CONFLICT",
					"1-tong-hop-bo-sung.csv 2 CONFLICT");
	}

	private static JsonNode manifest() {
		try {
			return new ObjectMapper().readTree(year.resolve("manifest.json").toFile());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void eachDepartmentSeesTheTasksItRegisteredAndTheCopiesHoldTheProgramme() {
		String skhdt = Pdfs.words(year.resolve("don-vi/SKHDT.pdf"));
		assertThat(skhdt).containsSubsequence("Nội dung đăng ký chương trình công tác năm 2024 (3 nội dung)", "Quý II",
				"Đề án phát triển khu kinh tế ven biển", "Tháng 7", "Tháng 12");
		assertThat(skhdt).doesNotContain("Quy định về phân cấp quản lý cán bộ");
		assertThat(Pdfs.words(year.resolve("don-vi/SYT.pdf"))).contains("Chỉ thị về tăng cường công tác y tế dự phòng");
		assertThat(Pdfs.words(year.resolve("don-vi/STNMT.pdf"))).doesNotContain("chương trình công tác");
		Path copy = year.resolve("phat-hanh/03-nguyen-duc-thanh/chuong-trinh-cong-tac-2024.pdf");
		assertThat(Pdfs.pages(copy)).allSatisfy((page) -> assertThat(page).contains("Bản số 03/06 – Nguyễn Đức Thanh"));
		assertThat(CsvFiles.read(year.resolve("so-phat-hanh-2023.csv"))).hasSize(6)
			.allSatisfy((row) -> assertThat(row.get("sha256 chuong-trinh-cong-tac-2024.pdf")).hasSize(64));
	}

}
