package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of the term's earlier years as the planner's file gives them, bad lines
 * included: each bad line is in the data check like a department's row, the others still
 * count, and a check of new files reports them without touching the published set.
 */
class TermHistoryEndToEndTests {

	private static final String HISTORY = """
			indicator,year,value
			KT01,2021,7.0
			KT01,2022,8.0
			KT99,2022,5
			KT03,2019,17000
			KT03,2023,22710
			KT08,2022,ba mươi bảy
			KT08,2021,33
			KT08,2021,34
			""";

	@TempDir
	Path work;

	@Test
	void badLinesOfTheHistoryAreListedWithFileLineAndColumnAndTheGoodOnesCount() throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Files.writeString(input.resolve("catalog/history.csv"), HISTORY);
		Path output = this.work.resolve("output");
		ReviewCommand.Result result = ReviewCommand.run(input, output);
		assertThat(result.exitCode()).isEqualTo(3);
		Path year = output.resolve("2023");
		List<Map<String, String>> problems = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"))
			.stream()
			.filter((row) -> row.get("file").equals("catalog/history.csv"))
			.toList();
		assertThat(problems)
			.extracting((row) -> row.get("line") + " " + row.get("column") + " " + row.get("reason_code"))
			.containsExactly("4 indicator UNKNOWN_INDICATOR", "5 year WRONG_YEAR", "6 year WRONG_YEAR",
					"7 value BAD_NUMBER", "9 year DUPLICATE");
		Map<String, Map<String, String>> progress = new java.util.HashMap<>();
		CsvFiles.read(year.resolve("tien-do-nhiem-ky-2023.csv"))
			.forEach((row) -> progress.put(row.get("indicator"), row));
		assertThat(progress.get("KT01")).containsEntry("2021", "7.0").containsEntry("2022", "8.0");
		// KT03 keeps the review's previous-year figure for 2022 and has nothing for 2021
		assertThat(progress.get("KT03")).containsEntry("2021", "").containsEntry("2022", "20315");
		// KT08: the first of the two 2021 lines, 2022 from the review's previous-year
		// figure
		assertThat(progress.get("KT08")).containsEntry("2021", "33").containsEntry("2022", "37");
		String check = Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf"));
		assertThat(check).contains("catalog/history.csv", "KT99", "ngoài nhiệm kỳ 2021–2025",
				"số liệu năm 2023 lấy từ báo cáo của các đơn vị");
		assertThat(Files.readString(output.resolve(".state/run.log")))
			.contains("catalog/history.csv: 8 dòng — nhận 3, từ chối 5");
	}

	@Test
	void aCheckOfNewFilesReportsTheHistoryWithoutPublishing() throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Files.writeString(input.resolve("catalog/history.csv"), HISTORY);
		Path output = this.work.resolve("output");
		ReviewCommand.Result result = ReviewCommand.run(input, output, "--validate-only");
		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(output.resolve("2023/bao-cao-tong-hop-2023.pdf")).doesNotExist();
		assertThat(CsvFiles.problems(output.resolve("2023/kiem-tra/kiem-tra-du-lieu-2023.csv")))
			.filteredOn((row) -> row.get("file").equals("catalog/history.csv"))
			.hasSize(5);
	}

	@Test
	void lastYearsFigureOfAppendixOneFallsBackToTheHistoryAsAppendixTwoDoes() throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Path forests = input.resolve("SNNPTNT.csv");
		Files.writeString(forests,
				Files.readString(forests, StandardCharsets.UTF_8)
					.replace("MT01;Tỷ lệ che phủ rừng;%;47;47,1;46,8;", "MT01;Tỷ lệ che phủ rừng;%;47;47,1;;"),
				StandardCharsets.UTF_8);
		Path output = this.work.resolve("output");
		ReviewCommand.run(input, output);

		String review = Pdfs.words(output.resolve("2023/bao-cao-tong-hop-2023.pdf"));
		assertThat(review).contains("Tỷ lệ che phủ rừng % 46,8 47 47,1");
	}

}
