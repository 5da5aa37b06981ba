package vn.yearendreview.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.JobSteps;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.StepRuns;
import vn.yearendreview.support.StepTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copies' step on the sample set, after the steps that write the committee's
 * documents: one numbered copy of each document per recipient in the run's own folder,
 * the print bundle, and a register whose every line names the copy's documents with their
 * SHA-256.
 */
@StepTest
class DistributionStepTests {

	private static final Path WORK = StepRuns.workFolder("distribution-steps");

	@Autowired
	private JobSteps steps;

	@Autowired
	private ReviewProperties properties;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		StepRuns.properties(registry, WORK);
		ReviewCommand.copySample(WORK.resolve("input"));
	}

	@Test
	void everyRecipientGetsANumberedCopyOfEveryDocumentAndTheRegisterNamesThem() throws Exception {
		StepRuns.Run run = this.steps.upTo("distributeCopiesStep").start(WORK.resolve("input"), false);

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

}
