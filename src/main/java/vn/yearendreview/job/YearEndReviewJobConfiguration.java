package vn.yearendreview.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.settings.RunFacts;

/**
 * The year-end review job: register the inputs, ingest the submissions, check them as a
 * whole and for implausible figures, evaluate, write the documents, publish. The
 * committee's documents (the review, the draft resolution on next year, the work
 * programme when tasks were registered) and then their personal copies are written beside
 * the department evaluations. With {@code --validate-only} it goes from the checks
 * (plausibility included) straight to the data check; without a catalog of indicators it
 * makes no committee document (DESIGN.md 4.3), only the department evaluations.
 */
@Configuration(proxyBeanMethods = false)
class YearEndReviewJobConfiguration {

	@Bean
	Job yearEndReviewJob(JobRepository jobRepository, Step registerInputsStep, Step ingestSubmissionsStep,
			Step checkSubmissionsStep, Step evaluateIndicatorsStep, Step scoreIndicatorsStep,
			Step checkPlausibilityStep, Step writeResultFilesStep, Step renderReviewStep, Step renderResolutionStep,
			Step renderProgrammeStep, Step distributeCopiesStep, Step renderDepartmentReportsStep,
			Step renderDataCheckStep, Step publishOutputsStep, ObjectProvider<Catalog> catalog) {
		JobExecutionDecider mode = (jobExecution, stepExecution) -> new FlowExecutionStatus(
				RunFacts.of(jobExecution).checkOnly() ? "VALIDATE_ONLY" : "REVIEW");
		JobExecutionDecider committeeDocuments = (jobExecution, stepExecution) -> new FlowExecutionStatus(
				catalog.getObject().hasIndicators() ? "CATALOG" : "NO_CATALOG");
		// The committee's documents and their copies on one thread, the department
		// evaluations
		// on the other: they read the same results and write different files.
		Flow committeeAndDepartments = new FlowBuilder<SimpleFlow>("committeeAndDepartments")
			.split(new SimpleAsyncTaskExecutor("documents-"))
			.add(new FlowBuilder<SimpleFlow>("committee").start(renderReviewStep)
				.next(renderResolutionStep)
				.next(renderProgrammeStep)
				.next(distributeCopiesStep)
				.build(), new FlowBuilder<SimpleFlow>("departments").start(renderDepartmentReportsStep).build())
			.build();
		return new JobBuilder("yearEndReviewJob", jobRepository).start(registerInputsStep)
			.next(ingestSubmissionsStep)
			.next(checkSubmissionsStep)
			.next(checkPlausibilityStep)
			.next(mode)
			.on("VALIDATE_ONLY")
			.to(renderDataCheckStep)
			.next(publishOutputsStep)
			.from(mode)
			.on("REVIEW")
			.to(evaluateIndicatorsStep)
			.next(scoreIndicatorsStep)
			.next(writeResultFilesStep)
			.next(committeeDocuments)
			.on("CATALOG")
			.to(committeeAndDepartments)
			.next(renderDataCheckStep)
			.from(committeeDocuments)
			.on("NO_CATALOG")
			.to(renderDepartmentReportsStep)
			.next(renderDataCheckStep)
			.end()
			.build();
	}

}
