package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * A department pastes a column of digits into one cell, or a whole text into a note: each
 * such cell rejects its row, is quoted in at most 100 characters, and the run completes
 * with the other rows.
 */
class LongValuesEndToEndTests {

	@TempDir
	static Path work;

	static ReviewCommand.Result result;

	static Path year;

	@BeforeAll
	static void runOnce() throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", work.resolve("input"));
		String digits5000 = "1".repeat(5_000);
		String digits200000 = "9".repeat(200_000);
		// U+0958 is written as two characters once composed (NFC): 6,000 of them become
		// 12,000.
		String expandsUnderNfc = "\u0958".repeat(6_000);
		String longHeader = "Ghi chú thêm " + "x".repeat(5_000);
		String file = String.join("\r\n", "department,year,indicator,name,unit,plan,actual,previous,note," + longHeader,
				"NN,2023,C1,Che phủ rừng,%,45," + digits5000 + ",44,,",
				"NN,2023,C1,Che phủ rừng,%,45,45.1," + digits200000 + ",,",
				"NN,2023,C1,Che phủ rừng,%,45,45.2,44," + expandsUnderNfc + ",",
				"NN,2023,C1,Che phủ rừng,%,trên " + digits5000 + ",x,44,,",
				"NN,2023,C1,Che phủ rừng,%,45,1234567890123456789,44,,",
				"NN,2023,C1,Che phủ rừng,%,45,123456789012345678.123456789012345,44,,", "");
		Files.writeString(input.resolve("NN.csv"), file, StandardCharsets.UTF_8);
		result = ReviewCommand.run(input, work.resolve("output"));
		year = work.resolve("output/2023");
	}

	@Test
	void completesWithEveryLongCellAsOneRejectedRow() {
		assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
		List<Map<String, String>> check = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"));
		assertThat(check).filteredOn((row) -> row.get("file").equals("NN.csv"))
			.extracting((row) -> row.get("line") + "," + row.get("reason_code"))
			.containsExactly(",UNKNOWN_COLUMNS", "2,BAD_NUMBER", "3,CELL_TOO_LONG", "4,CELL_TOO_LONG", "5,PLAN_DIFFERS",
					"5,BAD_NUMBER", "6,BAD_NUMBER", "7,FAR_FROM_PLAN"); // the longest
																		// number
																		// accepted, far
																		// from 45
	}

	@Test
	void quotesAtMostAHundredCharactersOfAnyValue() {
		List<Map<String, String>> check = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"));
		assertThat(check).allSatisfy((row) -> {
			assertThat(row.get("value").length()).isLessThanOrEqualTo(100);
			assertThat(row.get("column").length()).isLessThanOrEqualTo(200);
			assertThat(row.get("message").length()).isLessThan(1_000);
		});
		assertThat(check).filteredOn((row) -> row.get("line").equals("2"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("message")).contains("quá nhiều chữ số", "11111…"));
	}

	@Test
	void keepsTheLargestNumbersThatFit() throws Exception {
		List<Map<String, String>> results = CsvFiles.read(year.resolve("ket-qua-2023.csv"));
		assertThat(results).filteredOn((row) -> row.get("indicator").equals("C1"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("actual")).isEqualTo("123456789012345678.123456789012345"));
		JsonNode manifest = new ObjectMapper().readTree(year.resolve("manifest.json").toFile());
		for (JsonNode input : manifest.get("inputs")) {
			if (input.get("file").asText().equals("NN.csv")) {
				assertThat(input.get("rowsRead").asLong()).isEqualTo(6);
				assertThat(input.get("rowsAccepted").asLong()).isEqualTo(1);
				assertThat(input.get("rowsRejected").asLong()).isEqualTo(5);
			}
		}
		assertThat(Pdfs.words(year.resolve("don-vi/NN.pdf"))).contains("quá nhiều chữ số");
	}

}
