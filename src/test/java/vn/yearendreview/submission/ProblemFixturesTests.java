package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One fixture folder per kind of problem a department's file can have
 * ({@code fixtures/problems/<case>/}), each checked with the shared catalog: the data
 * check lists exactly the expected file, line, column and reason ({@code expected.csv}),
 * says what to do, and every file's rows add up.
 */
class ProblemFixturesTests {

	private static final Set<String> WARNINGS = Set.of("WINDOWS_1258", "PLAN_DIFFERS", "UNKNOWN_COLUMNS",
			"UNKNOWN_DEPARTMENT", "NOT_SUBMITTED", "NO_ROWS");

	@TempDir
	Path work;

	static Stream<String> cases() throws IOException {
		try (Stream<Path> dirs = Files.list(ReviewCommand.fixture("problems"))) {
			return dirs.map((dir) -> dir.getFileName().toString())
				.filter((name) -> !name.equals("catalog"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void dataCheckNamesEveryProblemAndTheCountsAddUp(String name) throws IOException {
		Path input = this.work.resolve("input");
		ReviewCommand.copyFixture("problems/catalog", input.resolve("catalog"));
		Path fixture = ReviewCommand.fixture("problems/" + name);
		try (Stream<Path> files = Files.list(fixture)) {
			for (Path file : files.filter((f) -> !f.getFileName().toString().equals("expected.csv")).toList()) {
				Files.copy(file, input.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		List<Map<String, String>> expected = CsvFiles.read(fixture.resolve("expected.csv"));
		Path output = this.work.resolve("output");

		ReviewCommand.Result result = ReviewCommand.run(input, output, "--validate-only", "--year=2023");

		boolean rejects = expected.stream().anyMatch((row) -> !WARNINGS.contains(row.get("reason_code")));
		assertThat(result.exitCode()).isEqualTo(rejects ? 3 : 0);
		List<Map<String, String>> check = CsvFiles.read(output.resolve("2023/kiem-tra/kiem-tra-du-lieu-2023.csv"));
		assertThat(check)
			.extracting((row) -> row.get("file") + "," + row.get("line") + "," + row.get("column") + ","
					+ row.get("reason_code"))
			.containsExactlyElementsOf(expected.stream()
				.map((row) -> row.get("file") + "," + row.get("line") + "," + row.get("column") + ","
						+ row.get("reason_code"))
				.toList());
		assertThat(check).allSatisfy((row) -> assertThat(row.get("message")).isNotBlank());
		assertThat(output.resolve("2023/kiem-tra/kiem-tra-du-lieu-2023.pdf")).isRegularFile();
		assertRowsAddUp(output.resolve("2023/kiem-tra/manifest.json"), input);
	}

	private static void assertRowsAddUp(Path manifest, Path input) throws IOException {
		JsonNode root = new ObjectMapper().readTree(manifest.toFile());
		Map<String, JsonNode> inputs = Stream.of(root.get("inputs"))
			.flatMap((node) -> java.util.stream.StreamSupport.stream(node.spliterator(), false))
			.filter((node) -> node.get("kind").asText().equals("submission"))
			.collect(Collectors.toMap((node) -> node.get("file").asText(), (node) -> node));
		for (Map.Entry<String, JsonNode> file : inputs.entrySet()) {
			JsonNode counts = file.getValue();
			long read = counts.get("rowsRead").asLong();
			assertThat(read).as(file.getKey())
				.isEqualTo(counts.get("rowsAccepted").asLong() + counts.get("rowsRejected").asLong())
				.isEqualTo(dataLines(input.resolve(file.getKey())));
		}
	}

	/**
	 * Records in a simple fixture file: its non-blank lines after the header; none in a
	 * binary or empty one.
	 */
	private static long dataLines(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\0') >= 0
				|| bytes[0] == 'P' && bytes[1] == 'K') {
			return 0;
		}
		return new String(bytes, StandardCharsets.ISO_8859_1).lines().filter((line) -> !line.isBlank()).count() - 1;
	}

}
