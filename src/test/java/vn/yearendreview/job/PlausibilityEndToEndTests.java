package vn.yearendreview.job;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample set with four slips a department's desk makes (DESIGN.md 10.2): billions
 * typed as thousands, a jump from last year, a bounded rate over 100%, and one of six
 * departments five times the others' median. Exactly those four are warned of, in the
 * data check, the departments' evaluations and on the console, and the run ends with
 * something to look at; no verdict changes.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlausibilityEndToEndTests {

	@TempDir
	static Path work;

	static ReviewCommand.Result result;

	static Path year;

	static String console;

	@BeforeAll
	static void runOnce(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copySample(work.resolve("input"));
		replace(input.resolve("SKHDT.csv"), StandardCharsets.UTF_8, ";22.200;22.710;", ";22.200;22.710.000;");
		replace(input.resolve("SCT.csv"), StandardCharsets.UTF_8, ",230,238,225,", ",230,900,225,");
		Charset ansi = Charset.forName("windows-1258");
		replace(input.resolve("SYT.csv"), ansi, ",93.5,92.8,", ",140,92.8,");
		Path catalog = input.resolve("catalog/indicators.csv");
		List<String> lines = Files.readAllLines(catalog, StandardCharsets.UTF_8);
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			String extra = line.startsWith("indicator;") ? ";bounded" : (line.startsWith("XH04;") ? ";có" : ";");
			text.append(line).append(extra).append('\n');
		}
		text.append("XH07;van_hoa_xa_hoi;Số điểm phục vụ bưu chính;điểm;20;;;không;30;;;;;\n");
		Files.writeString(catalog, text, StandardCharsets.UTF_8);
		Files.writeString(input.resolve("buu-chinh.csv"), """
				department,year,indicator,name,unit,plan,actual,previous,note
				SKHDT,2023,XH07,Số điểm phục vụ bưu chính,điểm,20,22.7,,
				STC,2023,XH07,Số điểm phục vụ bưu chính,điểm,20,23.1,,
				SCT,2023,XH07,Số điểm phục vụ bưu chính,điểm,20,22.9,,
				SNNPTNT,2023,XH07,Số điểm phục vụ bưu chính,điểm,20,23.4,,
				SYT,2023,XH07,Số điểm phục vụ bưu chính,điểm,20,22.5,,
				CA,2023,XH07,Số điểm phục vụ bưu chính,điểm,20,114,,
				""", StandardCharsets.UTF_8);
		result = ReviewCommand.run(input, work.resolve("out"));
		year = work.resolve("out/2023");
		console = output.getAll();
	}

	private static void replace(Path file, Charset charset, String from, String to) throws Exception {
		String text = Files.readString(file, charset);
		assertThat(text).as(file.toString()).contains(from);
		Files.writeString(file, text.replace(from, to), charset);
	}

	@Test
	void exactlyTheFourSlipsAreWarnedOfWithTheirCodes() {
		List<Map<String, String>> findings = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"))
			.stream()
			.filter((row) -> List.of("UNIT_SLIP", "PERCENT_RANGE", "FAR_FROM_PLAN", "JUMP", "OUTLIER")
				.contains(row.get("reason_code")))
			.toList();
		assertThat(findings)
			.extracting((row) -> row.get("file") + " " + row.get("line") + " " + row.get("column") + " "
					+ row.get("value") + " " + row.get("reason_code"))
			.containsExactlyInAnyOrder("SKHDT.csv 4 Ước thực hiện 22710000 UNIT_SLIP", "SCT.csv 2 actual 900 JUMP",
					"SYT.csv 3 Ước thực hiện 140 PERCENT_RANGE", "buu-chinh.csv 7 actual 114 OUTLIER");
		assertThat(findings).allSatisfy((row) -> assertThat(row.get("message")).contains("Hãy kiểm tra"));
	}

	/**
	 * The data check lists them after the other problems of the files, grouped by
	 * department in catalog order, each under its department's name.
	 */
	@Test
	void theDataCheckGroupsThemByDepartment() {
		List<String> codes = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"))
			.stream()
			.map((row) -> row.get("reason_code"))
			.toList();
		assertThat(codes).containsSubsequence("WINDOWS_1258", "UNIT_SLIP", "JUMP", "PERCENT_RANGE", "OUTLIER",
				"NOT_SUBMITTED");
		assertThat(codes.subList(codes.indexOf("UNIT_SLIP"), codes.indexOf("OUTLIER") + 1)).containsExactly("UNIT_SLIP",
				"JUMP", "PERCENT_RANGE", "OUTLIER");
		String check = Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf"));
		assertThat(check).containsSubsequence("3. Cảnh báo", "4. Số liệu cần xem lại",
				"Sở Kế hoạch và Đầu tư (SKHDT) – tệp SKHDT.csv", "22710000", "Sở Công Thương (SCT) – tệp SCT.csv",
				"Sở Y tế (SYT) – tệp SYT.csv", "Công an tỉnh (CA) – tệp buu-chinh.csv", "114",
				"5. Đơn vị chưa gửi số liệu");
	}

	/** One file holding two departments' rows gives each its own heading. */
	@Test
	void twoDepartmentsInOneFileEachHaveTheirHeading(@TempDir Path folder) throws Exception {
		Path input = ReviewCommand.copySample(folder.resolve("input"));
		Files.writeString(input.resolve("tong-hop.csv"), """
				department,year,indicator,name,unit,plan,actual,previous,note
				STC,2023,XD01,Kết nạp đảng viên mới,đảng viên,1200,20000,,
				SGDDT,2023,XD01,Kết nạp đảng viên mới,đảng viên,1200,50,,
				""", StandardCharsets.UTF_8);

		assertThat(ReviewCommand.run(input, folder.resolve("out")).exitCode()).isEqualTo(3);

		String check = Pdfs.words(folder.resolve("out/2023/kiem-tra-du-lieu-2023.pdf"));
		assertThat(check).containsSubsequence("Sở Tài chính (STC) – tệp tong-hop.csv", "20000",
				"Sở Giáo dục và Đào tạo (SGDDT) – tệp tong-hop.csv", "50");
	}

	/**
	 * The check of newly arrived files that the guide recommends finds the same figures
	 * as the full run, and ends the same way.
	 */
	@Test
	void aCheckOfNewFilesFindsTheSameFigures(CapturedOutput output) {
		ReviewCommand.Result check = ReviewCommand.run(work.resolve("input"), work.resolve("check"), "--validate-only");
		assertThat(check.exitCode()).isEqualTo(3);
		String text = Pdfs.words(work.resolve("check/2023/kiem-tra/kiem-tra-du-lieu-2023.pdf"));
		assertThat(text).containsSubsequence("3. Cảnh báo", "4. Số liệu cần xem lại", "22710000",
				"5. Đơn vị chưa gửi số liệu");
		assertThat(findings(work.resolve("check/2023/kiem-tra/kiem-tra-du-lieu-2023.csv")))
			.isEqualTo(findings(year.resolve("kiem-tra-du-lieu-2023.csv")));
		assertThat(output.getAll()).contains("Có 4 số liệu bất thường",
				"SKHDT.csv, dòng 4: SKHDT, chỉ tiêu KT03: số 22710000 gấp khoảng 1.000 lần");
	}

	private static List<String> findings(Path dataCheck) {
		return CsvFiles.problems(dataCheck)
			.stream()
			.filter((row) -> List.of("UNIT_SLIP", "PERCENT_RANGE", "FAR_FROM_PLAN", "JUMP", "OUTLIER")
				.contains(row.get("reason_code")))
			.map((row) -> String.join("|", row.values()))
			.toList();
	}

	/**
	 * The console names the department, the indicator, the figure and what it was
	 * compared with, and where all of them are; a run again on the same files says the
	 * same.
	 */
	@Test
	void theConsoleListsThemAndNamesTheDataCheck(CapturedOutput output) {
		assertThat(console).contains("Có 4 số liệu bất thường, cần đơn vị kiểm tra lại",
				"- SKHDT.csv, dòng 4: SKHDT, chỉ tiêu KT03: số 22710000 gấp khoảng 1.000 lần, hoặc chỉ bằng khoảng một phần nghìn, của 22200",
				"- SCT.csv, dòng 2: SCT, chỉ tiêu KT05: số 900", "Cần xem báo cáo kiểm tra dữ liệu:");
		ReviewCommand.Result again = ReviewCommand.run(work.resolve("input"), work.resolve("out"));
		assertThat(again.exitCode()).isEqualTo(3);
		assertThat(output.getAll()).contains("Có 4 số liệu bất thường",
				"- SKHDT.csv, dòng 4: SKHDT, chỉ tiêu KT03: số 22710000", "Cần xem báo cáo kiểm tra dữ liệu:");
	}

	@Test
	void theyChangeNoVerdictButTheRunEndsWithSomethingToLookAt() {
		assertThat(result.exitCode()).isEqualTo(3);
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("đạt và vượt 18/22 chỉ tiêu").doesNotContain("Hãy kiểm tra", "trung vị");
		assertThat(Pdfs.words(year.resolve("nghi-quyet-2024.pdf"))).doesNotContain("Hãy kiểm tra");
	}

	@Test
	void eachDepartmentSeesItsOwnFindingUnderItsDataProblems() {
		// a figure too wide for its column is printed smaller, never split across lines
		assertThat(Pdfs.words(year.resolve("don-vi/SKHDT.pdf"))).contains("22.710.000", "102.297,3");
		assertThat(Pdfs.words(year.resolve("don-vi/SKHDT.pdf"))).contains("Vấn đề trong số liệu của đơn vị", "22710000",
				"Hãy kiểm tra đơn vị tính");
		assertThat(Pdfs.words(year.resolve("don-vi/CA.pdf"))).contains("114", "trung vị");
		assertThat(Pdfs.words(year.resolve("don-vi/STNMT.pdf"))).doesNotContain("Hãy kiểm tra đơn vị tính");
	}

}
