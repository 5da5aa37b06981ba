package vn.yearendreview.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.settings.CommitteeFile;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.PointTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.ResultTable;
import vn.yearendreview.staging.ScoreTable;
import vn.yearendreview.staging.TaskTable;
import vn.yearendreview.submission.Recipients;

/**
 * The steps that write the committee's documents into the run's staging folder: the
 * results file (and the term's progress), the review with its appendices, the draft
 * resolution on next year, the work programme of next year when tasks were registered.
 */
@Configuration(proxyBeanMethods = false)
class ReviewStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ReviewStepConfiguration.class);

	@Bean
	Step writeResultFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResultTable results, CatalogTables catalogTables, FileTable fileTable, ProblemTable problems,
			ReviewProperties properties, Messages messages, ObjectProvider<ReportSettings> settings) {
		ResultFiles files = new ResultFiles(results, fileTable, problems, ReportRun.swapFolder(properties));
		Tasklet tasklet = (contribution, chunkContext) -> {
			ReportRun run = ReportRun.of(chunkContext.getStepContext().getStepExecution(), properties);
			long count = files.writeResults(run.instance(), run.folder().resolve(OutputLayout.results(run.year())));
			logger.info(messages.get("progress.results", count));
			TermProgressTable progress = TermProgressTable.of(catalogTables, results, run.instance(),
					settings.getObject().term(), run.year());
			if (!progress.lines().isEmpty()) {
				progress.writeCsv(run.folder().resolve(OutputLayout.termProgress(run.year())));
				logger.info(messages.get("progress.termProgress", OutputLayout.termProgress(run.year()),
						progress.lines().size()));
			}
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("writeResultFilesStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	@Bean
	Step renderReviewStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTemplates templates, ResultTable results, ScoreTable scores, CatalogTables catalogTables,
			PointTable points, ReviewProperties properties, Messages messages, ObjectProvider<ReportSettings> settings,
			ObjectProvider<Recipients> recipients) {
		ConsolidatedReviewRenderer renderer = new ConsolidatedReviewRenderer(templates, results, scores, catalogTables,
				points, ReportRun.swapFolder(properties));
		return documentStep("renderReviewStep", jobRepository, transactionManager, properties, (run, documents, to) -> {
			String name = CommitteeFile.REVIEW.pdf(run.year());
			Scoreboard scoreboard = renderer.render(run.instance(), documents, to, run.folder().resolve(name));
			logger.info(messages.get("progress.review", name, scoreboard.overall().achieved(),
					scoreboard.overall().total()));
		}, messages, settings, recipients);
	}

	@Bean
	Step renderResolutionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTemplates templates, ResultTable results, ScoreTable scores, CatalogTables catalogTables,
			PointTable points, ReviewProperties properties, Messages messages, ObjectProvider<ReportSettings> settings,
			ObjectProvider<Recipients> recipients) {
		ResolutionRenderer renderer = new ResolutionRenderer(templates, results, scores, catalogTables, points);
		return documentStep("renderResolutionStep", jobRepository, transactionManager, properties,
				(run, documents, to) -> {
					String name = CommitteeFile.RESOLUTION.pdf(run.year());
					int targets = renderer.render(run.instance(), documents, to, run.folder().resolve(name));
					logger.info(messages.get("progress.resolution", name, targets));
				}, messages, settings, recipients);
	}

	@Bean
	Step renderProgrammeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTemplates templates, TaskTable taskTable, ReviewProperties properties, Messages messages,
			ObjectProvider<ReportSettings> settings, ObjectProvider<Recipients> recipients) {
		ProgrammeRenderer renderer = new ProgrammeRenderer(templates, taskTable, ReportRun.swapFolder(properties));
		return documentStep("renderProgrammeStep", jobRepository, transactionManager, properties,
				(run, documents, to) -> {
					long tasks = renderer.render(run.instance(), documents, to, run.folder());
					if (tasks > 0) {
						logger.info(messages.get("progress.programme", CommitteeFile.PROGRAMME.pdf(run.year()), tasks));
					}
				}, messages, settings, recipients);
	}

	/**
	 * A step that writes one committee document of the run.
	 */
	private static Step documentStep(String name, JobRepository jobRepository,
			PlatformTransactionManager transactionManager, ReviewProperties properties, CommitteeDocument document,
			Messages messages, ObjectProvider<ReportSettings> settings, ObjectProvider<Recipients> recipients) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			ReportRun run = ReportRun.of(chunkContext.getStepContext().getStepExecution(), properties);
			document.write(run, run.documents(messages, settings.getObject()), ReportRun.recipientsOrNone(recipients));
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
	}

	/** Writes a committee document of a run. */
	@FunctionalInterface
	private interface CommitteeDocument {

		void write(ReportRun run, Documents documents, Recipients recipients) throws Exception;

	}

}
