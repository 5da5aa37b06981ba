package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.yearendreview.model.FileCounts;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.ProblemTable.ProblemRow;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.JobSteps;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.StepRuns;
import vn.yearendreview.support.StepTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest and check steps on the problem fixtures ({@code fixtures/problems/<case>/},
 * one per kind of problem a department's file can have, with the shared catalog), run as
 * a check of 2023 would run them: each case lists exactly the expected file, line, column
 * and reason ({@code expected.csv}), each problem says what to do, and every file's rows
 * add up to its records.
 */
@StepTest
class SubmissionStepTests {

	private static final Path WORK = StepRuns.workFolder("submission-steps");

	@Autowired
	private JobSteps steps;

	@Autowired
	private ProblemTable problems;

	@Autowired
	private FileTable files;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		StepRuns.properties(registry, WORK);
		registry.add("yearend.validate-only", () -> "true");
		registry.add("yearend.year", () -> "2023");
		ReviewCommand.copyFixture("problems/catalog", WORK.resolve("input/catalog"));
	}

	static Stream<String> cases() throws IOException {
		try (Stream<Path> dirs = Files.list(ReviewCommand.fixture("problems"))) {
			return dirs.map((dir) -> dir.getFileName().toString())
				.filter((name) -> !name.equals("catalog"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@Test
	void ingestStagesEveryRecordAcceptedOrRejectedWithItsReason() throws Exception {
		Path fixture = ReviewCommand.fixture("problems/bad-values");
		StepRuns.useSubmissions(WORK.resolve("input"), fixture);

		StepRuns.Run run = this.steps.upTo("ingestSubmissionsStep").start(WORK.resolve("input"), true);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution ingest = run.step("ingestSubmissionsStep");
		long records = dataLines(fixture.resolve("SKHDT.csv"));
		// A file's profile, then its records.
		assertThat(ingest.getReadCount()).isEqualTo(1 + records);
		assertThat(ingest.getWriteCount()).isEqualTo(1 + records);
		assertThat(places(run)).containsExactlyElementsOf(expected(fixture));
		assertThat(run.facts().year()).as("decided by the checks, not by ingest").isNull();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void checksListEveryProblemOnceAndTheCountsAddUp(String name) throws Exception {
		Path fixture = ReviewCommand.fixture("problems/" + name);
		StepRuns.useSubmissions(WORK.resolve("input"), fixture);

		StepRuns.Run run = this.steps.upTo("checkSubmissionsStep").start(WORK.resolve("input"), true);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run.facts().year()).isEqualTo(2023);
		assertThat(places(run)).containsExactlyElementsOf(expected(fixture));
		List<ProblemRow> problems = new ArrayList<>();
		this.problems.forEachProblem(run.instance(), problems::add);
		assertThat(problems).allSatisfy((problem) -> assertThat(problem.message()).isNotBlank());
		for (FileCounts file : this.files.fileCounts(run.instance())) {
			if (file.submission()) {
				assertThat(file.read()).as(file.name())
					.isEqualTo(file.accepted() + file.rejectedRows())
					.isEqualTo(dataLines(WORK.resolve("input").resolve(file.name())));
			}
		}
	}

	private List<String> places(StepRuns.Run run) {
		List<String> places = new ArrayList<>();
		this.problems.forEachProblem(run.instance(),
				(problem) -> places.add(problem.file() + "," + ((problem.line() != null) ? problem.line() : "") + ","
						+ nullToEmpty(problem.column()) + "," + problem.reasonCode()));
		return places;
	}

	private static List<String> expected(Path fixture) throws IOException {
		List<Map<String, String>> rows = CsvFiles.read(fixture.resolve("expected.csv"));
		return rows.stream()
			.map((row) -> row.get("file") + "," + row.get("line") + "," + row.get("column") + ","
					+ row.get("reason_code"))
			.toList();
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
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
