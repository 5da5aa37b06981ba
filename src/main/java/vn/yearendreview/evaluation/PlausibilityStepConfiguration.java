package vn.yearendreview.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.RecordTable;

/**
 * After the whole-set checks, in a full run and in a check of new files alike: each
 * accepted figure is looked at for the slips of DESIGN.md 10.2 ({@link Plausibility}),
 * the departments reporting one indicator together for
 * {@link Plausibility.Finding#OUTLIER}. A finding is a warning of the data check and of
 * the department's evaluation; it changes no verdict, but the run ends with something to
 * look at (exit code 3). The figures are read indicator by indicator; the step is one
 * transaction, so a run stopped in it starts it again from nothing.
 */
@Configuration(proxyBeanMethods = false)
class PlausibilityStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PlausibilityStepConfiguration.class);

	@Bean
	Step checkPlausibilityStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RecordTable rows, ProblemTable problems, Messages messages) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			var jobExecution = chunkContext.getStepContext().getStepExecution().getJobExecution();
			long instance = jobExecution.getJobInstanceId();
			PlausibilityCheck check = new PlausibilityCheck(problems, instance, messages);
			rows.forEachFigureByIndicator(instance, RunFacts.of(jobExecution).decidedYear(), check::add);
			check.finish();
			if (check.found() > 0) {
				logger.info(messages.get("progress.plausibility", check.found()));
			}
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("checkPlausibilityStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

}
