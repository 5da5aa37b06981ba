package vn.yearendreview.submission;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.StagingSchema;

/**
 * The first step: records which files the run reads (checking they are still the ones the
 * run was started for) and the catalog it applies.
 */
@Configuration(proxyBeanMethods = false)
class RegisterInputsStepConfiguration {

	@Bean
	RunInputs runInputs(ReviewProperties properties) {
		return new RunInputs(properties.input(), properties.layout().inputsCopy());
	}

	@Bean
	@Lazy
	Catalog catalog(RunInputs inputs, Messages messages) {
		return new CatalogReader(messages).read(inputs.references());
	}

	@Bean
	@Lazy
	Recipients recipients(RunInputs inputs, Messages messages) {
		return Recipients.load(inputs.references(), messages);
	}

	@Bean
	@Lazy
	History history(RunInputs inputs, Messages messages) {
		return History.load(inputs.references(), messages);
	}

	@Bean
	Step registerInputsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RegisterInputsTasklet tasklet) {
		return new StepBuilder("registerInputsStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	@Bean
	RegisterInputsTasklet registerInputsTasklet(ReviewProperties properties, RunInputs inputs,
			ObjectProvider<Catalog> catalog, ObjectProvider<Recipients> recipients,
			ObjectProvider<ReportSettings> settings, StagingSchema schema, FileTable files, ProblemTable problems,
			CatalogTables catalogTables, Messages messages) {
		return new RegisterInputsTasklet(properties, inputs, catalog, recipients, settings, schema, files, problems,
				catalogTables, messages);
	}

}
