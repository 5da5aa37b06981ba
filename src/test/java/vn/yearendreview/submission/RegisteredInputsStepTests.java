package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.Digests;
import vn.yearendreview.model.FileCounts;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ResultTable;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.JobSteps;
import vn.yearendreview.support.ReplacedInputs;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.StepRuns;
import vn.yearendreview.support.StepTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file replaced in the input folder after the run registered it (a late copy, an
 * upload) changes nothing the run reads: the figures, the counts and the term's history
 * are those of the version registered, and the SHA-256 the data check gives for each file
 * is that of the bytes its rows came from.
 */
@StepTest
class RegisteredInputsStepTests {

	private static final Path WORK = StepRuns.workFolder("registered-inputs");

	private static final String HISTORY = """
			indicator,year,value
			A2,2021,520
			A2,2022,600
			""";

	@Autowired
	private JobSteps steps;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private ResultTable results;

	@Autowired
	private FileTable files;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		StepRuns.properties(registry, WORK);
		Path input = ReviewCommand.copyFixture("good/input", WORK.resolve("input"));
		Files.writeString(input.resolve(History.FILE), HISTORY, StandardCharsets.UTF_8);
		Files.writeString(input.resolve("catalog/report.properties"), "term=2021-2025\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
	}

	@Test
	void filesReplacedAfterRegistrationAreReadAsRegistered() throws Exception {
		// given: the inputs as registered, then replaced before they are read: every
		// figure 0, every plan 1, the history with other figures and a line of an
		// unknown indicator
		Path input = WORK.resolve("input");
		Map<String, String> registered = new LinkedHashMap<>();
		for (Path file : files(input)) {
			registered.put(input.relativize(file).toString().replace('\\', '/'), Digests.sha256(file));
		}
		Step replace = new StepBuilder("replaceInputs", this.jobRepository).tasklet((contribution, context) -> {
			ReplacedInputs.replace(input);
			Files.writeString(input.resolve(History.FILE), "indicator,year,value\nA2,2021,0\nA2,2022,0\nZZ9,2022,1\n",
					StandardCharsets.UTF_8);
			return RepeatStatus.FINISHED;
		}, this.transactionManager).build();

		// when
		StepRuns.Run run = this.steps.upTo("registerInputsStep")
			.then(replace)
			.then("ingestSubmissionsStep", "checkSubmissionsStep", "evaluateIndicatorsStep", "scoreIndicatorsStep",
					"renderDataCheckStep")
			.start(input, false);

		// then
		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(Digests.sha256(input.resolve("TC.csv"))).as("the file was replaced")
			.isNotEqualTo(registered.get("TC.csv"));
		Map<String, String> actuals = new LinkedHashMap<>();
		for (ResultRow row : this.results.reviewResults(run.instance())) {
			actuals.put(row.indicator(), row.actual());
		}
		assertThat(actuals).containsEntry("A2", "540").containsEntry("A3", "5120.5");
		Map<String, FileCounts> counts = new LinkedHashMap<>();
		for (FileCounts file : this.files.fileCounts(run.instance())) {
			counts.put(file.name(), file);
		}
		assertThat(counts.get(History.FILE).read()).isEqualTo(2);
		assertThat(counts.get(History.FILE).accepted()).isEqualTo(2);
		Path dataCheck = new OutputLayout(WORK.resolve("output")).stagingFolder(run.instance())
			.resolve(OutputLayout.dataCheckCsv(2023));
		Map<String, String> digests = new LinkedHashMap<>();
		for (Map<String, String> row : CsvFiles.read(dataCheck)) {
			if (row.get("reason_code").equals("FILE_READ")) {
				digests.put(row.get("file"), row.get("sha256"));
			}
		}
		assertThat(digests).isEqualTo(registered);
	}

	private static List<Path> files(Path input) throws IOException {
		try (Stream<Path> files = Files.walk(input)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

}
