package vn.yearendreview.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.yearendreview.YearEndReviewApplication;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ProcessEnvironment;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.StepRuns;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copies' step on the sample set, after the steps that write the committee's
 * documents: one numbered copy of each document per recipient in the run's own folder,
 * the print bundle, and a register whose every line names the copy's documents with their
 * SHA-256.
 */
@SpringBootTest(classes = YearEndReviewApplication.class)
@SpringBatchTest
@DirtiesContext
@Import(DistributionStepTests.Environment.class)
class DistributionStepTests {

	private static final Path WORK = StepRuns.workFolder("distribution-steps");

	@Autowired
	private JobOperatorTestUtils jobs;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ReviewProperties properties;

	@Autowired
	private Step registerInputsStep;

	@Autowired
	private Step ingestSubmissionsStep;

	@Autowired
	private Step checkSubmissionsStep;

	@Autowired
	private Step checkPlausibilityStep;

	@Autowired
	private Step evaluateIndicatorsStep;

	@Autowired
	private Step scoreIndicatorsStep;

	@Autowired
	private Step writeResultFilesStep;

	@Autowired
	private Step renderReviewStep;

	@Autowired
	private Step renderResolutionStep;

	@Autowired
	private Step renderProgrammeStep;

	@Autowired
	private Step distributeCopiesStep;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		StepRuns.properties(registry, WORK);
		ReviewCommand.copySample(WORK.resolve("input"));
	}

	@Test
	void everyRecipientGetsANumberedCopyOfEveryDocumentAndTheRegisterNamesThem() throws Exception {
		StepRuns.Run run = StepRuns.start(this.jobs, this.jobRepository, WORK.resolve("input"), false,
				this.registerInputsStep, this.ingestSubmissionsStep, this.checkSubmissionsStep,
				this.checkPlausibilityStep, this.evaluateIndicatorsStep, this.scoreIndicatorsStep,
				this.writeResultFilesStep, this.renderReviewStep, this.renderResolutionStep, this.renderProgrammeStep,
				this.distributeCopiesStep);

		assertThat(run.execution().getStatus()).as(run.execution().getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		Path folder = this.properties.layout().stagingFolder(run.instance());
		int year = run.facts().decidedYear();
		List<Map<String, String>> register = CsvFiles.read(folder.resolve(OutputLayout.registerCsv(year)));
		assertThat(register).hasSize(6);
		try (Stream<Path> copies = Files.list(folder.resolve(OutputLayout.COPIES))) {
			assertThat(copies.filter(Files::isDirectory)).hasSize(6);
		}
		for (Map<String, String> copy : register) {
			for (String document : OutputLayout.committeeDocuments(year)) {
				assertThat(folder.resolve(copy.get("folder")).resolve(document)).isRegularFile();
				assertThat(copy.get("sha256 " + document)).hasSize(64);
			}
		}
		assertThat(folder.resolve(OutputLayout.registerPdf(year))).isRegularFile();
		assertThat(folder.resolve(OutputLayout.COPIES).resolve(OutputLayout.bundle(year))).isRegularFile();
	}

	/**
	 * The process's environment, which the program hands to the context when it starts:
	 * here empty, so the copies are neither encrypted nor signed.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Environment {

		@Bean
		ProcessEnvironment processEnvironment() {
			return new ProcessEnvironment(Map.of());
		}

	}

}
