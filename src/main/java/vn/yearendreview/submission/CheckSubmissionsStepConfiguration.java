package vn.yearendreview.submission;

import java.util.List;

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

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CheckedHistory;
import vn.yearendreview.model.FileCounts;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.RecordTable;
import vn.yearendreview.staging.TaskTable;

/**
 * After every file is read: decides the year under review (kept with the run's
 * {@link RunFacts}), applies the rules that need all rows, and stops a strict run that
 * found rejects.
 */
@Configuration(proxyBeanMethods = false)
class CheckSubmissionsStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(CheckSubmissionsStepConfiguration.class);

	@Bean
	SubmissionChecks submissionChecks(FileTable files, RecordTable rows, TaskTable tasks, CatalogTables catalogTables,
			ProblemTable problems, Messages messages, SubmissionKinds kinds) {
		return new SubmissionChecks(files, rows, tasks, catalogTables, problems, messages, kinds);
	}

	@Bean
	Step checkSubmissionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionChecks checks, FileTable fileTable, CatalogTables catalogTables, ReviewProperties properties,
			Messages messages, ObjectProvider<History> history, ObjectProvider<Catalog> catalog,
			ObjectProvider<ReportSettings> settings) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			long instance = jobExecution.getJobInstanceId();
			SubmissionChecks.Outcome outcome = checks.check(instance, properties.year(), properties.validateOnly());
			RunFacts.decideYear(jobExecution, outcome.year(), outcome.latestYear());
			List<FileCounts> files = fileTable.fileCounts(instance).stream().filter(FileCounts::submission).toList();
			if (files.size() <= IngestProgress.FILES_LISTED) {
				for (FileCounts file : files) {
					logger.info(messages.get("progress.file", file.name(), file.read(), file.accepted(),
							file.rejectedRows()));
				}
			}
			logger.info(messages.get("progress.checked", outcome.year(), outcome.otherYears(), outcome.duplicates(),
					outcome.missingDepartments()));
			long rejections = outcome.rejections() + checkHistory(instance, outcome.year(), history.getObject(),
					catalog.getObject(), settings.getObject(), fileTable, catalogTables, messages);
			if (properties.strict() && rejections > 0) {
				throw new StrictModeException(messages.get("run.strictRejected", rejections), rejections);
			}
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("checkSubmissionsStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	/**
	 * Checks the figures of the term's earlier years now that the year under review is
	 * known, and stores them with their problems.
	 * @return the rows and files rejected
	 */
	private static long checkHistory(long instance, int year, History history, Catalog catalog, ReportSettings settings,
			FileTable files, CatalogTables catalogTables, Messages messages) {
		if (!history.present() || !catalog.hasIndicators()) {
			return 0;
		}
		int fileNo = files.fileNumber(instance, History.FILE);
		CheckedHistory checked = history.check(catalog, settings.term(), year, messages);
		catalogTables.saveHistory(instance, fileNo, checked);
		if (checked.read() > 0) {
			logger.info(messages.get("progress.history", History.FILE, checked.read(), checked.accepted().size(),
					checked.read() - checked.accepted().size()));
		}
		return checked.problems().stream().filter(Problem::isError).count();
	}

}
