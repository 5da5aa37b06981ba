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
		List<Map<String, String>> problems = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"));
		assertThat(problems).filteredOn((row) -> row.get("reason_code").equals("MISSING_SETTINGS"))
			.singleElement()
			.satisfies(
					(row) -> assertThat(row.get("message")).contains("date, signer.name", "catalog/report.properties",
							LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
	}

}
