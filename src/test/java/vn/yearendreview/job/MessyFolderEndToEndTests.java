package vn.yearendreview.job;

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
 * The sample province with every kind of bad file mixed in ({@code fixtures/messy/}): the
 * run completes with exit code 3, the documents still render from the accepted rows,
 * every problem is listed and every file's rows add up.
 */
class MessyFolderEndToEndTests {

	@TempDir
	static Path output;

	static ReviewCommand.Result result;

	static Path year;

	@BeforeAll
	static void runOnce() {
		result = ReviewCommand.run(ReviewCommand.fixture("messy/input"), output);
		year = output.resolve("2023");
	}

	@Test
	void completesWithExitCodeThree() {
		assertThat(result.exitCode()).isEqualTo(3);
	}

	@Test
	void listsEveryProblemWithFileLineAndColumn() {
		List<Map<String, String>> check = CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"));
		List<Map<String, String>> expected = CsvFiles
			.read(ReviewCommand.fixture("messy/expected/kiem-tra-du-lieu.csv"));
		assertThat(check).extracting((row) -> key(row))
			.containsExactlyElementsOf(expected.stream().map(MessyFolderEndToEndTests::key).toList());
		assertThat(check).allSatisfy((row) -> {
			assertThat(row.get("message")).isNotBlank();
			if (!row.get("line").isEmpty()) {
				assertThat(row.get("column")).as("column of %s", key(row)).isNotBlank();
			}
		});
	}

	@Test
	void ignoresLockAndHiddenFilesSilently() {
		String check = String.join("\n", CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv")).toString());
		assertThat(check).doesNotContain("~$SKHDT", ".~lock");
	}

	@Test
	void rowsReadAreAcceptedPlusRejectedForEveryFile() throws Exception {
		JsonNode manifest = new ObjectMapper().readTree(year.resolve("manifest.json").toFile());
		long read = 0;
		long accepted = 0;
		for (JsonNode input : manifest.get("inputs")) {
			if (input.get("kind").asText().equals("submission")) {
				assertThat(input.get("rowsRead").asLong()).as(input.get("file").asText())
					.isEqualTo(input.get("rowsAccepted").asLong() + input.get("rowsRejected").asLong());
				read += input.get("rowsRead").asLong();
				accepted += input.get("rowsAccepted").asLong();
			}
		}
		// SKHDT_bo_sung.csv sends one of SKHDT's rows again with the same figures:
		// accepted,
		// counted once, a warning
		assertThat(read).isEqualTo(35);
		assertThat(accepted).isEqualTo(23);
		assertThat(manifest.get("totals").get("rowsRejected").asLong()).isEqualTo(12);
	}

	/**
	 * The data check CSV lists each file read with the counts and hash of the manifest.
	 */
	@Test
	void theDataCheckCsvListsEachFileReadAsTheManifestCountsIt() throws Exception {
		JsonNode manifest = new ObjectMapper().readTree(year.resolve("manifest.json").toFile());
		Map<String, Map<String, String>> listed = new java.util.HashMap<>();
		CsvFiles.read(year.resolve("kiem-tra-du-lieu-2023.csv"))
			.stream()
			.filter((row) -> row.get("reason_code").equals("FILE_READ"))
			.forEach((row) -> listed.put(row.get("file"), row));
		int submissions = 0;
		for (JsonNode input : manifest.get("inputs")) {
			if (!input.get("kind").asText().equals("submission")) {
				continue;
			}
			submissions++;
			Map<String, String> row = listed.get(input.get("file").asText());
			assertThat(row).as(input.get("file").asText()).isNotNull();
			assertThat(row.get("sha256")).isEqualTo(input.get("sha256").asText());
			if (input.hasNonNull("rowsRead")) {
				assertThat(row.get("rows_read")).isEqualTo(input.get("rowsRead").asText());
				assertThat(row.get("rows_accepted")).isEqualTo(input.get("rowsAccepted").asText());
				assertThat(row.get("rows_rejected")).isEqualTo(input.get("rowsRejected").asText());
			}
		}
		assertThat(submissions).isGreaterThan(10);
	}

	@Test
	void documentsStillRenderFromTheAcceptedRows() {
		assertThat(Pdfs.text(year.resolve("bao-cao-tong-hop-2023.pdf"))).contains("đạt và vượt 18/22 chỉ tiêu");
		assertThat(Pdfs.words(year.resolve("kiem-tra-du-lieu-2023.pdf"))).contains("BHXH.csv", "SKHDT_bo_sung.csv",
				"SGDDT.xlsx", "Sở Giáo dục và Đào tạo (SGDDT) chưa gửi số liệu");
		assertThat(Pdfs.words(year.resolve("don-vi/SKHDT.pdf"))).contains("SKHDT_bo_sung.csv",
				"đã có ở tệp SKHDT.csv, dòng 2");
		assertThat(Files.exists(year.resolve("don-vi/CT.pdf"))).isTrue();
	}

	private static String key(Map<String, String> row) {
		return row.get("file") + "," + row.get("line") + "," + row.get("column") + "," + row.get("reason_code");
	}

}
