package vn.yearendreview.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.model.Digests;
import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.TaskLevel;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cycle's first end (DESIGN.md 10.1): the files sent to each department of the
 * catalog, and the same files coming back with only their actuals filled in.
 */
class TemplatesEndToEndTests {

	private static final String BOM = "\uFEFF";

	@TempDir
	static Path work;

	static Path sampleOutput;

	@BeforeAll
	static void runTheSampleSet() {
		Path input = ReviewCommand.copySample(work.resolve("sample/input"));
		sampleOutput = work.resolve("sample/out");
		assertThat(ReviewCommand.run(input, sampleOutput).exitCode()).isZero();
	}

	@Test
	void templatesFilledWithTheActualsAloneAreReadBackWithoutAWarningAndGiveTheSampleStatuses() throws IOException {
		// given the templates of 2023 from the sample catalog
		Path input = catalogOnly("round-trip");
		Path output = work.resolve("round-trip/out");
		ReviewCommand.Result written = ReviewCommand.run(input, output, "--templates", "--year=2023");
		assertThat(written.exitCode()).as(written.err()).isZero();
		Path folder = output.resolve("2023/mau-gui-don-vi");
		List<String> departments = CsvFiles.read(input.resolve("catalog/departments.csv"))
			.stream()
			.map((row) -> row.get("department"))
			.toList();
		assertThat(departments).hasSize(12);
		List<String> expected = new ArrayList<>();
		departments.forEach((code) -> expected.addAll(
				List.of(code + ".csv", code + "-nhan-dinh.csv", code + "-nhiem-vu-2024.csv", code + "-huong-dan.txt")));
		assertThat(names(folder)).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(written.out()).contains("cho 12 đơn vị", "SGDDT (Sở Giáo dục và Đào tạo)", "«Ước thực hiện»",
				"lấy từ cột plan của catalog/indicators.csv: kế hoạch năm 2023 (plan_year=2023");

		// when a script fills in the actuals the sample set reported, and nothing else,
		// and the whole folder comes back to the drop folder, the notes with it
		Map<String, String> actuals = new HashMap<>();
		Map<String, String> statuses = new TreeMap<>();
		for (Map<String, String> row : CsvFiles.read(sampleOutput.resolve("2023/ket-qua-2023.csv"))) {
			actuals.put(row.get("indicator"), row.get("actual").replace('.', ','));
			statuses.put(row.get("indicator"), row.get("status"));
		}
		for (Path template : files(folder)) {
			String name = template.getFileName().toString();
			String text = Files.readString(template, StandardCharsets.UTF_8);
			Files.writeString(input.resolve(name),
					departments.contains(name.replace(".csv", "")) ? fillActuals(text, actuals) : text,
					StandardCharsets.UTF_8);
		}
		ReviewCommand.Result back = ReviewCommand.run(input, output);

		// then nothing is rejected and no file is warned of; what is left asks for the
		// causes of the indicators below plan, which only the department can write; the
		// notes are listed with the files read, as notes
		assertThat(back.exitCode()).isZero();
		List<Map<String, String>> check = CsvFiles.problems(output.resolve("2023/kiem-tra-du-lieu-2023.csv"));
		assertThat(check).allSatisfy((row) -> assertThat(row.get("file")).isEmpty());
		assertThat(CsvFiles.read(output.resolve("2023/kiem-tra-du-lieu-2023.csv")))
			.filteredOn((row) -> row.get("file").endsWith("-huong-dan.txt"))
			.extracting((row) -> row.get("reason_code"))
			.hasSize(12)
			.containsOnly("FILE_READ");
		assertThat(Pdfs.words(output.resolve("2023/kiem-tra-du-lieu-2023.pdf")))
			.contains("SKHDT-huong-dan.txt hướng dẫn kèm tệp mẫu, không đọc");
		assertThat(back.out()).doesNotContain("huong-dan.txt");
		assertThat(check).extracting((row) -> row.get("reason_code") + " " + row.get("value"))
			.containsExactlyInAnyOrderElementsOf(statuses.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals("NOT_ACHIEVED"))
				.map((entry) -> "NO_CAUSE " + entry.getKey())
				.toList());
		Map<String, String> roundTrip = new TreeMap<>();
		CsvFiles.read(output.resolve("2023/ket-qua-2023.csv"))
			.forEach((row) -> roundTrip.put(row.get("indicator"), row.get("status")));
		assertThat(roundTrip).isEqualTo(statuses);
		assertThat(output.resolve("2023/mau-gui-don-vi")).as("the templates stay beside the new set").isDirectory();
	}

	@Test
	void nextYearsTemplatesTakeThePlanNextColumnAndLastYearsFigureFromThePublishedResultsAndTouchNothingPublished()
			throws IOException {
		// given the sample set published for 2023, and its catalog, whose plan column is
		// 2023's (plan_year=2023) and plan_next column 2024's
		Path input = catalogOnly("next-year");
		assertThat(Files.readString(input.resolve("catalog/report.properties"), StandardCharsets.UTF_8))
			.contains("\nplan_year=2023\n");
		Map<String, String> published = hashes(sampleOutput.resolve("2023"));

		// when
		ReviewCommand.Result written = ReviewCommand.run(input, sampleOutput, "--templates", "--year=2024");

		// then the plans are 2024's, as written in plan_next
		assertThat(written.exitCode()).as(written.err()).isZero();
		Path folder = sampleOutput.resolve("2024/mau-gui-don-vi");
		assertThat(folder.resolve("SKHDT.csv"))
			.hasSameBinaryContentAs(ReviewCommand.fixture("templates/SKHDT-2024.csv"));
		assertThat(Files.readString(folder.resolve("SKHDT-nhiem-vu-2025.csv"), StandardCharsets.UTF_8))
			.isEqualTo(BOM + "Mã đơn vị;Năm;Tháng;Nội dung;Cấp xem xét;Cơ quan chủ trì;Cơ quan phối hợp;Sản phẩm\r\n");
		assertThat(Files.readString(folder.resolve("SKHDT-nhan-dinh.csv"), StandardCharsets.UTF_8))
			.isEqualTo(BOM + "Mã đơn vị;Năm;Lĩnh vực;Loại;Nội dung;Thứ tự\r\n");
		assertThat(written.out()).contains("21/22 chỉ tiêu có số năm 2023",
				sampleOutput.resolve("2023/ket-qua-2023.csv").toString(),
				"Cột «Kế hoạch» lấy từ cột plan_next của catalog/indicators.csv: kế hoạch năm 2024; "
						+ "cột plan là kế hoạch năm 2023 (plan_year=2023");
		assertThat(names(sampleOutput.resolve("2024"))).containsExactly("mau-gui-don-vi");
		assertThat(hashes(sampleOutput.resolve("2023"))).isEqualTo(published);
	}

	@Test
	void aYearTheCatalogHoldsNoPlanForIsRefusedWithWhatItHoldsAndWhatToDo() throws IOException {
		// given the sample catalog of 2023, its plan_next column 2024's
		Path input = catalogOnly("no-plan");
		Path output = work.resolve("no-plan/out");

		for (String year : List.of("2025", "2022")) {
			// when
			ReviewCommand.Result refused = ReviewCommand.run(input, output, "--templates", "--year=" + year);

			// then
			assertThat(refused.exitCode()).as(year).isEqualTo(2);
			assertThat(refused.err()).as(year)
				.contains("Không lập được tệp mẫu năm " + year,
						"ghi kế hoạch năm 2023 ở cột plan và kế hoạch năm 2024 ở cột plan_next",
						"không có kế hoạch năm " + year, "sửa thành plan_year=" + year);
			assertThat(output.resolve(year)).as(year).doesNotExist();
		}

		// and given the same catalog with its plan_next column left empty
		Path indicators = input.resolve("catalog/indicators.csv");
		Files.writeString(indicators, Files.readAllLines(indicators, StandardCharsets.UTF_8).stream().map((line) -> {
			String[] cells = line.split(";", -1);
			if (!line.startsWith("indicator;")) {
				cells[5] = "";
			}
			return String.join(";", cells);
		}).collect(Collectors.joining("\n")), StandardCharsets.UTF_8);

		// when
		ReviewCommand.Result empty = ReviewCommand.run(input, output, "--templates", "--year=2024");

		// then
		assertThat(empty.exitCode()).isEqualTo(2);
		assertThat(empty.err()).contains("Không lập được tệp mẫu năm 2024",
				"cột plan_next, nơi ghi kế hoạch năm 2024, còn trống");
		assertThat(output.resolve("2024")).doesNotExist();
	}

	@Test
	void besideTheTemplatesANoteSaysWhatToWriteInEachFileAndByWhen() throws IOException {
		// given the sample catalog with a deadline, and a department it gives no
		// indicator
		Path input = catalogOnly("note");
		Files.writeString(input.resolve("catalog/report.properties"), "deadline=2024-12-10\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		Files.writeString(input.resolve("catalog/departments.csv"), "VPTU,Văn phòng Tỉnh ủy,no\n",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		Path output = work.resolve("note/out");

		// when
		ReviewCommand.Result written = ReviewCommand.run(input, output, "--templates", "--year=2024");

		// then each department's note is text Windows Notepad shows as written
		assertThat(written.exitCode()).as(written.err()).isZero();
		Path folder = output.resolve("2024/mau-gui-don-vi");
		byte[] bytes = Files.readAllBytes(folder.resolve("SKHDT-huong-dan.txt"));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String note = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(note).endsWith("\r\n").doesNotContainPattern("[^\r]\n");
		assertThat(note.split("\r\n")).allSatisfy((line) -> assertThat(line).hasSizeLessThanOrEqualTo(100));

		// and says the year, the deadline, and which file is for what
		assertThat(note).startsWith("HƯỚNG DẪN ĐIỀN CÁC TỆP MẪU BÁO CÁO NĂM 2024\r\n")
			.contains("Đơn vị: Sở Kế hoạch và Đầu tư (mã SKHDT)", "Hạn gửi lại: ngày 10 tháng 12 năm 2024.",
					"«CSV UTF-8 (Comma delimited) (*.csv)»")
			.containsSubsequence("1. SKHDT.csv: số liệu 3 chỉ tiêu của đơn vị năm 2024", "«Ước thực hiện»", "«Ghi chú»",
					"2. SKHDT-nhan-dinh.csv: nhận định của đơn vị về năm 2024", "cột «Năm» ghi 2024",
					"3. SKHDT-nhiem-vu-2025.csv: các nội dung đơn vị đăng ký đưa vào chương trình công tác năm 2025",
					"cột «Năm» ghi 2025");

		// and every value the coded columns take, as the reading defines them
		assertThat(note).contains("«Lĩnh vực» (tệp SKHDT-nhan-dinh.csv)", "«Loại» (tệp SKHDT-nhan-dinh.csv)",
				"«Tháng» (tệp SKHDT-nhiem-vu-2025.csv)", "«Cấp xem xét» (tệp SKHDT-nhiem-vu-2025.csv)",
				"tháng: từ 1 đến 12", "quý: Quý I, Quý II, Quý III, Quý IV");
		for (IndicatorGroup group : IndicatorGroup.values()) {
			assertThat(note).contains("\r\n  - " + group.vietnameseName() + " (" + group.code() + ")\r\n");
		}
		for (PointKind kind : PointKind.values()) {
			assertThat(note).contains("\r\n  - " + kind.vietnameseName() + " (" + kind.code() + ")\r\n");
		}
		for (TaskLevel level : TaskLevel.values()) {
			assertThat(note).contains("\r\n  - " + level.name() + " (" + level.fullName() + ")\r\n");
		}

		// and a department the catalog gives no indicator is told of its two files only
		String office = Files.readString(folder.resolve("VPTU-huong-dan.txt"), StandardCharsets.UTF_8);
		assertThat(office).contains("1. VPTU-nhan-dinh.csv:", "2. VPTU-nhiem-vu-2025.csv:").doesNotContain("VPTU.csv");
		assertThat(names(folder)).contains("VPTU-huong-dan.txt", "VPTU-nhan-dinh.csv", "VPTU-nhiem-vu-2025.csv")
			.doesNotContain("VPTU.csv");
	}

	@Test
	void withoutADeadlineTheNoteGivesNone() throws IOException {
		Path input = catalogOnly("no-deadline");
		Path output = work.resolve("no-deadline/out");
		assertThat(ReviewCommand.run(input, output, "--templates", "--year=2023").exitCode()).isZero();
		assertThat(Files.readString(output.resolve("2023/mau-gui-don-vi/STC-huong-dan.txt"), StandardCharsets.UTF_8))
			.contains("NĂM 2023", "1. STC.csv:")
			.doesNotContain("Hạn gửi");
	}

	@Test
	void templatesNeedTheYearAndTheCatalog() throws IOException {
		ReviewCommand.Result noYear = ReviewCommand.run(Path.of("du-lieu-mau").toAbsolutePath(), work.resolve("usage"),
				"--templates");
		assertThat(noYear.exitCode()).isEqualTo(2);
		assertThat(noYear.err()).contains("--templates --year=2024");

		Path withoutCatalog = work.resolve("without-catalog/input");
		ReviewCommand.copySample(withoutCatalog);
		try (Stream<Path> files = Files.list(withoutCatalog.resolve("catalog"))) {
			files.forEach((file) -> file.toFile().delete());
		}
		ReviewCommand.Result missing = ReviewCommand.run(withoutCatalog, work.resolve("usage"), "--templates",
				"--year=2023");
		assertThat(missing.exitCode()).isEqualTo(2);
		assertThat(missing.err()).contains("catalog/indicators.csv", "catalog/departments.csv");
		assertThat(work.resolve("usage/2023")).doesNotExist();
	}

	/**
	 * The files as Vietnamese Excel saves them again: numbers without their thousands
	 * dots and trailing zeros, the rest as it was.
	 */
	@Test
	void templatesSavedAgainByExcelAreStillReadWithoutAWarning() throws IOException {
		Path input = catalogOnly("excel");
		Path output = work.resolve("excel/out");
		assertThat(ReviewCommand.run(input, output, "--templates", "--year=2023").exitCode()).isZero();
		Map<String, String> actuals = Map.of("KT01", "9,4", "KT02", "87,7", "KT03", "22710", "XD01", "1236", "XD02",
				"88,2");
		for (String name : List.of("SKHDT.csv", "BTC.csv")) {
			String text = Files.readString(output.resolve("2023/mau-gui-don-vi/" + name), StandardCharsets.UTF_8);
			String saved = text.replaceAll(";(\\d{1,3})\\.(\\d{3});", ";$1$2;").replaceAll(";(\\d+),0+;", ";$1;");
			assertThat(saved).as(name).isNotEqualTo(text);
			Files.writeString(input.resolve(name), fillActuals(saved, actuals), StandardCharsets.UTF_8);
		}

		ReviewCommand.Result check = ReviewCommand.run(input, output, "--validate-only");

		assertThat(check.exitCode()).as(check.err()).isZero();
		assertThat(CsvFiles.problems(output.resolve("2023/kiem-tra/kiem-tra-du-lieu-2023.csv")))
			.allSatisfy((row) -> assertThat(row.get("file")).isEmpty());
	}

	/**
	 * The history gives last year's figure without a term set; results saved again by
	 * Excel are named and skipped rather than stopping the command.
	 */
	@Test
	void lastYearsFigureComesFromTheHistoryWhenTheResultsCannotBeRead() throws IOException {
		Path input = catalogOnly("history");
		Files.delete(input.resolve("catalog/report.properties"));
		Path output = work.resolve("history/out");
		Path results = Files.createDirectories(output.resolve("2022")).resolve("ket-qua-2022.csv");
		Files.writeString(results, "department;indicator;actual\r\nSKHDT;KT02;80,6\r\n", StandardCharsets.UTF_8);

		ReviewCommand.Result written = ReviewCommand.run(input, output, "--templates", "--year=2023");

		assertThat(written.exitCode()).as(written.err()).isZero();
		assertThat(written.out()).contains(results.toString(),
				"7/22 chỉ tiêu có số năm 2022 (lấy từ catalog/history.csv)",
				"lấy từ cột plan của catalog/indicators.csv, nên danh mục phải ghi kế hoạch năm 2023");
		assertThat(Files.readString(output.resolve("2023/mau-gui-don-vi/SKHDT.csv"), StandardCharsets.UTF_8))
			.contains("SKHDT;2023;KT01;Tốc độ tăng trưởng GRDP;%;10–11;;8,0;");
	}

	/**
	 * A publication a crash interrupted is finished before the templates are written, so
	 * that neither the published set nor the next run is hurt.
	 */
	@Test
	void anInterruptedPublicationIsFinishedFirst() throws IOException {
		Path input = ReviewCommand.copySample(work.resolve("crash/input"));
		Path output = work.resolve("crash/out");
		assertThat(ReviewCommand.run(input, output).exitCode()).isZero();
		Path target = output.resolve("2023");
		Path staging = ReviewCommand.copyFolder(target, output.resolve(".state/staging/99"));
		Path aside = output.resolve(".state/previous-20231205-093000");
		Properties journal = new Properties();
		journal.setProperty("staging", staging.toString());
		journal.setProperty("target", target.toString());
		journal.setProperty("aside", aside.toString());
		journal.setProperty("stamp", "20231205-093000");
		try (var out = Files.newOutputStream(output.resolve(".state/publish.journal"))) {
			journal.store(out, null);
		}
		Files.move(target, aside);

		ReviewCommand.Result written = ReviewCommand.run(input, output, "--templates", "--year=2023");

		assertThat(written.exitCode()).as(written.err()).isZero();
		assertThat(target.resolve("bao-cao-tong-hop-2023.pdf")).isRegularFile();
		assertThat(target.resolve("mau-gui-don-vi/SKHDT.csv")).isRegularFile();
		assertThat(output.resolve(".state/publish.journal")).doesNotExist();
		assertThat(ReviewCommand.run(input, output).exitCode()).isZero();
		assertThat(target.resolve("mau-gui-don-vi/SKHDT.csv")).isRegularFile();
	}

	/**
	 * Writes each actual in the column «Ước thực hiện», the seventh, and changes nothing
	 * else.
	 */
	private static String fillActuals(String text, Map<String, String> actuals) {
		assertThat(text).startsWith(BOM + "Mã đơn vị;Năm;Mã chỉ tiêu;Chỉ tiêu;ĐVT;Kế hoạch;Ước thực hiện;");
		String[] lines = text.split("\r\n", -1);
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].isEmpty()) {
				continue;
			}
			String[] cells = lines[i].split(";", -1);
			assertThat(cells).as(lines[i]).hasSize(9);
			assertThat(cells[6]).isEmpty();
			cells[6] = actuals.get(cells[2]);
			lines[i] = String.join(";", cells);
		}
		return String.join("\r\n", lines);
	}

	/**
	 * A drop folder holding only the sample catalog, as before the departments send
	 * anything.
	 */
	private static Path catalogOnly(String name) {
		return ReviewCommand
			.copyAsProvince(Path.of("du-lieu-mau/catalog").toAbsolutePath(), work.resolve(name + "/input/catalog"))
			.getParent();
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private static List<String> names(Path folder) throws IOException {
		return files(folder).stream().map((file) -> file.getFileName().toString()).toList();
	}

	private static Map<String, String> hashes(Path folder) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.put(folder.relativize(file).toString(), Digests.sha256(file));
			}
		}
		return hashes;
	}

}
