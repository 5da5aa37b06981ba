package vn.yearendreview.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.Messages;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.ReviewProperties;
import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.submission.CheckSubmissionsStepConfiguration;

/**
 * The steps that write the documents into the run's staging folder: the results file, the
 * consolidated review, one evaluation per department (restartable department by
 * department) and the data check.
 */
@Configuration(proxyBeanMethods = false)
public class ReportStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ReportStepConfiguration.class);

	@Bean
	@Lazy
	ReportSettings reportSettings(ReviewProperties properties, Messages messages) {
		return ReportSettings.load(properties.input(), LocalDate.now(), messages);
	}

	@Bean
	@Lazy
	Recipients recipients(ReviewProperties properties, Messages messages) {
		return Recipients.load(properties.input(), messages);
	}

	@Bean
	ReportTemplates reportTemplates() {
		return new ReportTemplates();
	}

	@Bean
	ReportData reportData(JdbcTemplate jdbc) {
		return new ReportData(jdbc);
	}

	@Bean
	Step writeResultFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportData data, ReviewProperties properties, Messages messages) {
		ResultFiles files = new ResultFiles(data);
		Tasklet tasklet = (contribution, chunkContext) -> {
			Run run = Run.of(chunkContext.getStepContext().getStepExecution(), properties);
			long count = files.writeResults(run.instance(), run.folder().resolve("ket-qua-" + run.year() + ".csv"));
			logger.info(messages.get("progress.results", count));
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("writeResultFilesStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	@Bean
	Step renderReviewStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTemplates templates, ReportData data, DataSource dataSource, ReviewProperties properties,
			Messages messages, ObjectProvider<ReportSettings> settings, ObjectProvider<Recipients> recipients) {
		ConsolidatedReviewRenderer renderer = new ConsolidatedReviewRenderer(templates, data, dataSource);
		Tasklet tasklet = (contribution, chunkContext) -> {
			Run run = Run.of(chunkContext.getStepContext().getStepExecution(), properties);
			String name = "bao-cao-tong-hop-" + run.year() + ".pdf";
			Scoreboard scoreboard = renderer.render(run.instance(),
					new Documents(messages, settings.getObject(), run.year()), recipientsOrNone(recipients),
					run.folder().resolve(name));
			logger.info(messages.get("progress.review", name, scoreboard.overall().achieved(),
					scoreboard.overall().total()));
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("renderReviewStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	@Bean
	Step renderDepartmentReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcCursorItemReader<String[]> departmentReader, DepartmentReportWriter departmentReportWriter) {
		return new StepBuilder("renderDepartmentReportsStep", jobRepository).<String[], String[]>chunk(10)
			.transactionManager(transactionManager)
			.reader(departmentReader)
			.writer(departmentReportWriter)
			.build();
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<String[]> departmentReader(DataSource dataSource,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return new JdbcCursorItemReaderBuilder<String[]>().name("departmentReader")
			.dataSource(dataSource)
			.sql(ReportData.DEPARTMENTS_WITH_ROWS_OR_PROBLEMS)
			.preparedStatementSetter((ps) -> {
				for (int i = 1; i <= 4; i++) {
					ps.setLong(i, instance);
				}
			})
			.rowMapper((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.build();
	}

	@Bean
	@StepScope
	DepartmentReportWriter departmentReportWriter(ReportTemplates templates, ReportData data, DataSource dataSource,
			ReviewProperties properties, Messages messages, ObjectProvider<ReportSettings> settings,
			@Value("#{stepExecution}") StepExecution stepExecution) throws IOException {
		Run run = Run.of(stepExecution, properties);
		return new DepartmentReportWriter(new DepartmentReportRenderer(templates, dataSource),
				new Documents(messages, settings.getObject(), run.year()), data.scoreboard(run.instance()), run,
				stepExecution, messages);
	}

	/** Renders the evaluations of a chunk of departments. */
	static class DepartmentReportWriter implements ItemWriter<String[]> {

		private final DepartmentReportRenderer renderer;

		private final Documents documents;

		private final Scoreboard scoreboard;

		private final Run run;

		private final StepExecution stepExecution;

		private final Messages messages;

		DepartmentReportWriter(DepartmentReportRenderer renderer, Documents documents, Scoreboard scoreboard, Run run,
				StepExecution stepExecution, Messages messages) {
			this.renderer = renderer;
			this.documents = documents;
			this.scoreboard = scoreboard;
			this.run = run;
			this.stepExecution = stepExecution;
			this.messages = messages;
		}

		@Override
		public void write(Chunk<? extends String[]> chunk) throws Exception {
			for (String[] department : chunk) {
				this.renderer.render(this.run.instance(), this.documents, department[0], department[1],
						this.scoreboard.department(department[0]), this.run.folder());
			}
			logger.info(this.messages.get("progress.departments", this.stepExecution.getWriteCount() + chunk.size()));
		}

	}

	@Bean
	Step renderDataCheckStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportTemplates templates, ReportData data, DataSource dataSource, ReviewProperties properties,
			Messages messages, ObjectProvider<ReportSettings> settings) {
		DataCheckRenderer renderer = new DataCheckRenderer(templates, data, dataSource);
		ResultFiles files = new ResultFiles(data);
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution stepExecution = chunkContext.getStepContext().getStepExecution();
			Run run = Run.of(stepExecution, properties);
			files.writeDataCheck(run.instance(), run.folder().resolve("kiem-tra-du-lieu-" + run.year() + ".csv"));
			LocalDateTime checkedAt = stepExecution.getJobExecution().getStartTime();
			renderer.render(run.instance(), new Documents(messages, settings.getObject(), run.year()),
					(checkedAt != null) ? checkedAt : LocalDateTime.now(),
					run.folder().resolve("kiem-tra-du-lieu-" + run.year() + ".pdf"));
			logger.info(messages.get("progress.dataCheck", "kiem-tra-du-lieu-" + run.year() + ".pdf"));
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("renderDataCheckStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	/**
	 * The recipients, or none when their file cannot be used (the run was told so when it
	 * started).
	 */
	private static Recipients recipientsOrNone(ObjectProvider<Recipients> recipients) {
		try {
			return recipients.getObject();
		}
		catch (RuntimeException ex) {
			return new Recipients(java.util.List.of());
		}
	}

	/**
	 * What a report step needs to know of its run.
	 *
	 * @param instance the job instance
	 * @param year the year under review
	 * @param folder the staging folder the documents are written to
	 */
	record Run(long instance, int year, Path folder) {

		static Run of(StepExecution stepExecution, ReviewProperties properties) throws IOException {
			long instance = stepExecution.getJobExecution().getJobInstanceId();
			int year = stepExecution.getJobExecution()
				.getExecutionContext()
				.getInt(CheckSubmissionsStepConfiguration.YEAR_KEY);
			Path folder = properties.stagingFolder(instance);
			Files.createDirectories(folder);
			return new Run(instance, year, folder);
		}

	}

}
