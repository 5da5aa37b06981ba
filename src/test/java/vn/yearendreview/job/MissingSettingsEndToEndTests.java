package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.report.Formats;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample province with settings that leave out the signer's name and the date: the
 * committee's documents are still made, marked as a draft, and the planner is told which
 * keys to add, in the console and the data check, with exit code 3.
 */
@ExtendWith(OutputCaptureExtension.class)
class MissingSettingsEndToEndTests {

	@TempDir
	Path work;

	@Test
	void theDocumentsAreADraftAndThePlannerIsToldWhatToAdd(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copySample(work.resolve("input"));
		Files.writeString(input.resolve("catalog/report.properties"), """
				issuer=TỈNH ỦY NINH THUẬN
				number=125
				symbol=BC/TU
				place=Ninh Thuận
				signer.title=BÍ THƯ
				""", StandardCharsets.UTF_8);
		ReviewCommand.Result result = ReviewCommand.run(input, work.resolve("output"));
		Path year = work.resolve("output/2023");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(output.getOut()).contains("date, signer.name", "Dự thảo");
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).startsWith("Dự thảo ").doesNotContain("Dự thảo lần");
		assertThat(review).contains(Formats.longDate(LocalDate.now(), Locale.forLanguageTag("vi")));
		// the resolution and the programme have no number yet: their day is the office's
		// to write
		String undated = Formats.longDate(LocalDate.now(), Locale.forLanguageTag("vi"), true).replaceAll("\\s+", " ");
		for (String document : List.of("nghi-quyet-2024.pdf", "chuong-trinh-cong-tac-2024.pdf")) {
			assertThat(Pdfs.words(year.resolve(document))).contains("Ninh Thuận, " + undated)
				.doesNotContain(Formats.longDate(LocalDate.now(), Locale.forLanguageTag("vi")));
		}
		assertThat(Pdfs.words(year.resolve("nghi-quyet-2024.pdf"))).contains("(Kèm theo Nghị quyết số -NQ/TU, ngày /"
				+ String.format("%02d/%d", LocalDate.now().getMonthValue(), LocalDate.now().getYear())
				+ " của Tỉnh ủy)");
		List<Map<String, String>> problems = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"));
		assertThat(problems).filteredOn((row) -> row.get("reason_code").equals("MISSING_SETTINGS"))
			.filteredOn((row) -> row.get("value").equals("date, signer.name"))
			.singleElement()
			.satisfies(
					(row) -> assertThat(row.get("message")).contains("date, signer.name", "catalog/report.properties",
							LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
	}

	@Test
	void aResolutionWithoutItsGoalAndImplementationNamesThemAsMissingAndNumbersThePrintedPartsWithoutAGap(
			CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copySample(work.resolve("input"));
		Path settings = input.resolve("catalog/report.properties");
		List<String> kept = new java.util.ArrayList<>();
		boolean continued = false;
		for (String line : Files.readAllLines(settings, StandardCharsets.UTF_8)) {
			boolean dropped = continued || line.startsWith("resolution.goal") || line.startsWith("resolution.forecast")
					|| line.startsWith("resolution.implementation");
			continued = dropped && line.endsWith("\\");
			if (!dropped) {
				kept.add(line);
			}
		}
		Files.write(settings, kept, StandardCharsets.UTF_8);
		ReviewCommand.Result result = ReviewCommand.run(input, work.resolve("output"));
		Path year = work.resolve("output/2023");

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(output.getOut()).contains("resolution.goal, resolution.implementation");
		assertThat(CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv")))
			.filteredOn((row) -> row.get("reason_code").equals("MISSING_SETTINGS"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("message")).contains("resolution.goal, resolution.implementation",
					"catalog/report.properties"));
		String resolution = Pdfs.words(year.resolve("nghi-quyet-2024.pdf"));
		assertThat(resolution).doesNotContain("MỤC TIÊU", "TỔ CHỨC THỰC HIỆN")
			.containsSubsequence("Ban Chấp hành Đảng bộ tỉnh thống nhất xác định", "I- CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024",
					"II- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "Nơi nhận");
	}

	@Test
	void withItsSettingsTheResolutionPrintsItsFourPartsInOrder() throws Exception {
		Path input = ReviewCommand.copySample(work.resolve("input"));
		ReviewCommand.run(input, work.resolve("output"));

		String resolution = Pdfs.words(work.resolve("output/2023/nghi-quyet-2024.pdf"));
		assertThat(resolution).containsSubsequence("Năm 2023, toàn tỉnh thực hiện đạt và vượt 18/22",
				"Tuy nhiên, còn 03 chỉ tiêu chưa đạt kế hoạch là tốc độ tăng trưởng GRDP", "Nguyên nhân chủ yếu là do",
				"Năm 2024, tình hình thế giới", "Ban Chấp hành Đảng bộ tỉnh thống nhất xác định", "I- MỤC TIÊU",
				"II- CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024", "III- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "IV- TỔ CHỨC THỰC HIỆN",
				"Ban Tuyên giáo Tỉnh ủy", "Văn phòng Tỉnh ủy theo dõi");
		assertThat(resolution).doesNotContain("Nghị quyết xác định", "chỉ tiêu không đạt");
	}

}
