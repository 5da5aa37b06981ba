package vn.yearendreview.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.FileCounts;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ScoreTable;

/**
 * The last step: writes the manifest and publishes the staged set as
 * {@code output/<year>/}.
 */
@Configuration(proxyBeanMethods = false)
class PublishStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PublishStepConfiguration.class);

	@Bean
	Publisher publisher(ReviewProperties properties) {
		return new Publisher(properties.layout().stateFolder());
	}

	@Bean
	Step publishOutputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Publisher publisher, FileTable files, ScoreTable scores, ReviewProperties properties, Messages messages,
			ObjectProvider<ReportSettings> settings) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
			long instance = job.getJobInstanceId();
			int year = RunFacts.of(job).decidedYear();
			Path staging = properties.layout().stagingFolder(instance);
			Path target = properties.publishedFolder(year);
			if (!Files.isDirectory(staging) && isPublished(target, instance)) {
				logger.info(messages.get("progress.alreadyPublished", target));
			}
			else {
				LocalDateTime now = LocalDateTime.now();
				Manifest manifest = manifest(job, year, files, scores, properties, staging, now);
				manifest.write(staging.resolve(OutputLayout.MANIFEST));
				publisher.publish(staging, target, now);
				Publisher.deleteTree(staging.getParent());
				logger.info(messages.get("progress.published", target, manifest.outputs().size() + 1));
			}
			Integer keep = settings.getObject().keepSets();
			if (keep != null) {
				int deleted = ArchivedSets.prune(target, keep, properties.layout().discardedFolder());
				if (deleted > 0) {
					logger.info(messages.get("progress.archivePruned", deleted, target.resolve(OutputLayout.ARCHIVE),
							keep));
				}
			}
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("publishOutputsStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	private static boolean isPublished(Path target, long instance) {
		Path file = target.resolve(OutputLayout.MANIFEST);
		try {
			return Files.isRegularFile(file) && Manifest.read(file).jobInstanceId() == instance;
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	private static Manifest manifest(JobExecution job, int year, FileTable files, ScoreTable scores,
			ReviewProperties properties, Path staging, LocalDateTime now) throws java.io.IOException {
		long instance = job.getJobInstanceId();
		List<Manifest.Input> inputs = new ArrayList<>();
		for (FileCounts file : files.fileCounts(instance)) {
			inputs.add(Manifest.Input.of(file));
		}
		FileTable.Totals totals = files.totals(instance);
		Manifest.Headline headline = null;
		if (!properties.validateOnly()) {
			Scoreboard scoreboard = scores.scoreboard(instance);
			headline = new Manifest.Headline(scoreboard.overall().achieved(), scoreboard.overall().total());
		}
		Map<String, Object> options = new LinkedHashMap<>();
		options.put("year", properties.year());
		options.put("lang", properties.lang());
		options.put("strict", properties.strict());
		options.put("validateOnly", properties.validateOnly());
		RunFacts facts = RunFacts.of(job);
		String copies = null;
		if (Files.isDirectory(staging.resolve(OutputLayout.COPIES))) {
			copies = inputs.stream().anyMatch((input) -> Manifest.FINAL.equals(input.kind())) ? Manifest.APPROVED
					: Manifest.DRAFTS;
		}
		return new Manifest(year, facts.latestYear(), facts.runFingerprint(), instance, job.getId(),
				String.valueOf(job.getStartTime()), now.toString(), options, headline, copies,
				new Manifest.Totals(totals.files(), totals.filesRejected(), totals.rowsRead(), totals.rowsAccepted(),
						totals.rowsRejected(), totals.warnings(), totals.otherProblems(), totals.plausibility()),
				inputs, Publisher.outputs(staging));
	}

}
