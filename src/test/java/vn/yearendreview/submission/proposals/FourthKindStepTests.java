package vn.yearendreview.submission.proposals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.yearendreview.model.FileCounts;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.submission.SubmissionKinds;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.JobSteps;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.StepRuns;
import vn.yearendreview.support.StepTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A fourth kind of submission ({@link Proposals}), added to the list of kinds and to
 * nothing else, goes through the whole run: its file is recognised by its header and
 * ingested, its rows of another year and its rows without a proposal are rejected with
 * their line and column, the data check lists them, and the department's evaluation names
 * them; the rest of the sample set comes out as it does without it.
 */
@StepTest
@Import(FourthKindStepTests.FourKinds.class)
class FourthKindStepTests {

	private static final Path WORK = StepRuns.workFolder("fourth-kind-steps");

	private static final String FILE = "SKHDT-kien-nghi.csv";

	@Autowired
	private JobSteps steps;

	@Autowired
	private ReviewProperties properties;

	@Autowired
	private FileTable files;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		StepRuns.properties(registry, WORK);
		ReviewCommand.copySample(WORK.resolve("input"));
		ReviewCommand.copyFixture("fourth-kind", WORK.resolve("input"));
	}

	@Test
	void aKindAddedToTheListGoesThroughIngestChecksDataCheckAndTheDepartmentsEvaluation() throws Exception {
		StepRuns.Run run = this.steps.upTo("writeResultFilesStep")
			.then("renderDepartmentReportsStep", "renderDataCheckStep")
			.start(WORK.resolve("input"), false);

		assertThat(run.execution().getStatus()).as(run.execution().getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		int year = run.facts().decidedYear();
		assertThat(year).isEqualTo(2023);
		FileCounts proposals = this.files.fileCounts(run.instance())
			.stream()
			.filter((file) -> file.name().equals(FILE))
			.findFirst()
			.orElseThrow();
		assertThat(proposals.read()).isEqualTo(3);
		assertThat(proposals.accepted()).isEqualTo(1);

		Path folder = this.properties.layout().stagingFolder(run.instance());
		List<Map<String, String>> problems = CsvFiles.read(folder.resolve(OutputLayout.dataCheckCsv(year)))
			.stream()
			.filter((problem) -> FILE.equals(problem.get("file")))
			.toList();
		assertThat(problems.get(0)).containsEntry("reason_code", "FILE_READ")
			.containsEntry("rows_read", "3")
			.containsEntry("rows_accepted", "1")
			.containsEntry("rows_rejected", "2");
		problems = problems.subList(1, problems.size());
		assertThat(problems).extracting((p) -> p.get("line"), (p) -> p.get("column"), (p) -> p.get("reason_code"))
			.containsExactly(tuple("3", "Kiến nghị", "MISSING_TEXT"), tuple("4", "Năm", "WRONG_YEAR"));
		assertThat(problems).allSatisfy((problem) -> assertThat(problem.get("message")).isNotBlank());

		Path evaluation;
		try (Stream<Path> files = Files.walk(folder)) {
			evaluation = files.filter((file) -> file.getFileName().toString().startsWith("SKHDT"))
				.filter((file) -> file.toString().endsWith(".pdf"))
				.findFirst()
				.orElseThrow();
		}
		String text = Pdfs.words(evaluation);
		assertThat(text).contains(FILE);
		assertThat(text).contains("Kiến nghị");
	}

	/** The standard kinds and the fourth. */
	@TestConfiguration(proxyBeanMethods = false)
	static class FourKinds {

		@Bean
		@Primary
		SubmissionKinds fourKinds() {
			return SubmissionKinds.standard().with(Proposals.KIND);
		}

	}

}
