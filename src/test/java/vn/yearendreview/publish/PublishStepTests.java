package vn.yearendreview.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.Digests;
import vn.yearendreview.settings.CommitteeFile;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.support.JobSteps;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.PublishedFiles;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.StepRuns;
import vn.yearendreview.support.StepTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The publication step on the sample set, after every step before it: the staged set,
 * byte for byte, becomes {@code output/<year>/} with a manifest whose every output's
 * SHA-256 is that of its file; nothing half-written or set aside is left, and publishing
 * the same run again, as a run restarted after its publication does, leaves the same
 * files.
 */
@StepTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishStepTests {

	private static final Path WORK = StepRuns.workFolder("publish-steps");

	@Autowired
	private JobSteps steps;

	@Autowired
	private ReviewProperties properties;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private PlatformTransactionManager transactionManager;

	private StepRuns.Run run;

	private Path published;

	private Map<String, String> staged;

	private Map<String, String> publishedOnce;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		StepRuns.properties(registry, WORK);
		ReviewCommand.copySample(WORK.resolve("input"));
	}

	/**
	 * One run for the class: the steps before the publication, then the publication, then
	 * the publication again in the same run; what the staging folder and the year's
	 * folder held is noted in between.
	 */
	@BeforeAll
	void publishTwice() throws Exception {
		Step noteStaged = note("noteStagedSet", (facts) -> this.staged = PublishedFiles
			.hashes(this.properties.layout().stagingFolder(facts.instance())));
		Step notePublished = note("notePublishedSet", (facts) -> this.publishedOnce = PublishedFiles
			.hashes(this.properties.publishedFolder(facts.decidedYear())));
		Step publishAgain = new StepBuilder("publishAgain", this.jobRepository)
			.flow(new FlowBuilder<SimpleFlow>("again").start(this.steps.step("publishOutputsStep")).build())
			.build();

		this.run = this.steps.upTo("renderDataCheckStep")
			.then(noteStaged)
			.then("publishOutputsStep")
			.then(notePublished)
			.then(publishAgain)
			.start(WORK.resolve("input"), false);

		assertThat(this.run.execution().getStatus()).as(this.run.execution().getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		this.published = this.properties.publishedFolder(this.run.facts().decidedYear());
	}

	@Test
	void theStagedSetIsMovedToTheYearsFolderByteForByte() throws IOException {
		assertThat(this.published).isEqualTo(WORK.resolve("output/2023"));
		assertThat(this.staged).containsKeys(CommitteeFile.REVIEW.pdf(2023), CommitteeFile.REVIEW.word(2023),
				OutputLayout.dataCheckCsv(2023), OutputLayout.DEPARTMENTS + "/SKHDT.pdf",
				OutputLayout.registerCsv(2023));
		Map<String, String> expected = new TreeMap<>(this.staged);
		expected.put(OutputLayout.MANIFEST, Digests.sha256(this.published.resolve(OutputLayout.MANIFEST)));
		assertThat(PublishedFiles.hashes(this.published)).isEqualTo(expected);
		assertThat(this.properties.layout().stagingFolders()).doesNotExist();
	}

	@Test
	void theManifestGivesEveryOutputWithItsSha256() throws IOException {
		Manifest manifest = Manifest.read(this.published.resolve(OutputLayout.MANIFEST));

		assertThat(manifest.year()).isEqualTo(2023);
		assertThat(manifest.jobInstanceId()).isEqualTo(this.run.instance());
		Map<String, String> listed = new TreeMap<>();
		for (Manifest.Output output : manifest.outputs()) {
			listed.put(output.file(), output.sha256());
			assertThat(output.bytes()).as(output.file()).isEqualTo(Files.size(this.published.resolve(output.file())));
		}
		Map<String, String> outputs = new TreeMap<>(PublishedFiles.hashes(this.published));
		outputs.remove(OutputLayout.MANIFEST);
		assertThat(listed).isEqualTo(outputs);
	}

	@Test
	void nothingHalfWrittenOrSetAsideIsLeftWhereAReaderCouldPickItUp() throws IOException {
		try (Stream<Path> entries = Files.list(WORK.resolve("output"))) {
			assertThat(entries.map((entry) -> entry.getFileName().toString())).containsExactlyInAnyOrder(".state",
					"2023");
		}
		for (String name : files(this.published)) {
			Path file = this.published.resolve(name);
			assertThat(name).as("a document's name, not a temporary one").matches(".+\\.(pdf|docx|csv|json)");
			if (name.endsWith(".pdf")) {
				assertThat(Files.readString(file, StandardCharsets.ISO_8859_1).stripTrailing()).as(name)
					.startsWith("%PDF-")
					.endsWith("%%EOF");
				assertThat(Pdfs.pageSizes(file)).as(name).isNotEmpty();
			}
			if (name.endsWith(".docx")) {
				try (ZipFile zip = new ZipFile(file.toFile())) {
					assertThat(zip.getEntry("word/document.xml")).as(name).isNotNull();
				}
			}
			if (name.endsWith(".csv")) {
				assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(name).endsWith("\n");
			}
		}
		try (Stream<Path> state = Files.list(this.properties.layout().stateFolder())) {
			assertThat(state.map((entry) -> entry.getFileName().toString()))
				.as("no publication in progress, no set aside")
				.noneMatch((entry) -> entry.startsWith("publish.journal") || entry.startsWith("previous-"));
		}
	}

	@Test
	void publishingTheSameRunAgainLeavesTheSameFiles() {
		List<StepExecution> publications = this.run.execution()
			.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().equals("publishOutputsStep"))
			.toList();
		assertThat(publications).hasSize(2)
			.allSatisfy((publication) -> assertThat(publication.getStatus()).isEqualTo(BatchStatus.COMPLETED));

		assertThat(PublishedFiles.hashes(this.published)).isEqualTo(this.publishedOnce);
		assertThat(this.published.resolve(OutputLayout.ARCHIVE)).as("the set is not archived under itself")
			.doesNotExist();
	}

	/** A step of the test's own that notes something of the run's folders. */
	private Step note(String name, Consumer<RunFacts> note) {
		return new StepBuilder(name, this.jobRepository).tasklet((contribution, context) -> {
			note.accept(RunFacts.of(context.getStepContext().getStepExecution().getJobExecution()));
			return RepeatStatus.FINISHED;
		}, this.transactionManager).build();
	}

	/** Every file under a folder, relative to it with {@code /}. */
	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> folder.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList();
		}
	}

}
