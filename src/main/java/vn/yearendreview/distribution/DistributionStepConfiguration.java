package vn.yearendreview.distribution;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.Messages;
import vn.yearendreview.report.ReportTemplates;
import vn.yearendreview.settings.ProcessEnvironment;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.submission.Recipients;
import vn.yearendreview.submission.RunInputs;

/**
 * The distribution step: after the committee's documents are written, one numbered copy
 * of each per recipient in {@code phat-hanh/}, the print bundle, and the distribution
 * register. With no recipients list, or one that cannot be used, the step says so and the
 * other documents are still produced.
 */
@Configuration(proxyBeanMethods = false)
class DistributionStepConfiguration {

	@Bean
	@Lazy
	Protection protection(RunInputs inputs, Messages messages, ObjectProvider<ReportSettings> settings,
			ProcessEnvironment environment) {
		return Protection.load(inputs.references(), messages, environment.variables(), settings.getObject().place());
	}

	@Bean
	Step distributeCopiesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReviewProperties properties, Messages messages, ObjectProvider<ReportSettings> settings,
			ObjectProvider<Recipients> recipients, ObjectProvider<Protection> protection, ReportTemplates templates,
			RunInputs inputs, FileTable files, ProblemTable problems) {
		Tasklet tasklet = new DistributeCopiesTasklet(properties, messages, settings, recipients, protection,
				new DistributionRegister(templates), inputs, files, problems);
		return new StepBuilder("distributeCopiesStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

}
