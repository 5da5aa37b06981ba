package vn.yearendreview.support;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.yearendreview.settings.ProcessEnvironment;

/**
 * What a step test's context holds beside the application's: the job's steps and the
 * process's environment.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StepTestConfiguration {

	@Bean
	JobSteps jobSteps(Job yearEndReviewJob, List<Step> steps, JobOperatorTestUtils jobs, JobRepository jobRepository) {
		return new JobSteps(yearEndReviewJob, steps, jobs, jobRepository);
	}

	/**
	 * The process's environment, which the program hands to the context when it starts:
	 * here empty, so the copies are neither encrypted nor signed.
	 */
	@Bean
	ProcessEnvironment processEnvironment() {
		return new ProcessEnvironment(Map.of());
	}

}
