package vn.yearendreview.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.ResultTable;

/**
 * The step that writes the data check, PDF and CSV, into the run's staging folder.
 */
@Configuration(proxyBeanMethods = false)
class DataCheckStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(DataCheckStepConfiguration.class);

	@Bean
	Step renderDataCheckStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTemplates templates, ResultTable results, FileTable fileTable, ProblemTable problems,
			ReviewProperties properties, Messages messages, ObjectProvider<ReportSettings> settings) {
		DataCheckRenderer renderer = new DataCheckRenderer(templates, fileTable, problems,
				ReportRun.swapFolder(properties));
		ResultFiles files = new ResultFiles(results, fileTable, problems, ReportRun.swapFolder(properties));
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution stepExecution = chunkContext.getStepContext().getStepExecution();
			ReportRun run = ReportRun.of(stepExecution, properties);
			files.writeDataCheck(run.instance(), run.folder().resolve(OutputLayout.dataCheckCsv(run.year())));
			renderer.render(run.instance(), run.documents(messages, settings.getObject()), run.facts().inputs(),
					run.folder().resolve(OutputLayout.dataCheckPdf(run.year())));
			logger.info(messages.get("progress.dataCheck", OutputLayout.dataCheckPdf(run.year())));
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("renderDataCheckStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

}
