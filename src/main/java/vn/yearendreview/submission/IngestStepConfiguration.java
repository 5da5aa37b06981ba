package vn.yearendreview.submission;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.Messages;
import vn.yearendreview.ReviewProperties;

/**
 * Reads the submissions, one partition per file, and stages every record as accepted or
 * rejected. Each file's progress is committed with its rows, so a restart resumes every
 * file where it stopped.
 */
@Configuration(proxyBeanMethods = false)
public class IngestStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(IngestStepConfiguration.class);

	@Bean
	Step ingestSubmissionsStep(JobRepository jobRepository, Step ingestSubmissionFileStep,
			Partitioner submissionPartitioner, TaskExecutor ingestTaskExecutor, ReviewProperties properties) {
		return new StepBuilder("ingestSubmissionsStep", jobRepository)
			.partitioner("ingestSubmissionFileStep", submissionPartitioner)
			.step(ingestSubmissionFileStep)
			.taskExecutor(ingestTaskExecutor)
			.gridSize(properties.ingestThreads())
			.build();
	}

	@Bean
	Step ingestSubmissionFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionFileReader submissionFileReader, SubmissionValidator submissionValidator,
			StagingWriter stagingWriter, FileSummaryListener fileSummaryListener, ReviewProperties properties) {
		return new StepBuilder("ingestSubmissionFileStep", jobRepository)
			.<SubmissionItem, Staged>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(submissionFileReader)
			.processor(submissionValidator)
			.writer(stagingWriter)
			.listener(fileSummaryListener)
			.build();
	}

	@Bean
	TaskExecutor ingestTaskExecutor(ReviewProperties properties) {
		if (properties.ingestThreads() <= 1) {
			return new SyncTaskExecutor();
		}
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(properties.ingestThreads());
		executor.setMaxPoolSize(properties.ingestThreads());
		executor.setThreadNamePrefix("ingest-");
		return executor;
	}

	@Bean
	@StepScope
	Partitioner submissionPartitioner(JdbcTemplate jdbc, ReviewProperties properties,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			jdbc.query("SELECT FILE_NO, FILE_NAME FROM YR_FILE WHERE INSTANCE_ID = ? AND NOT REJECTED ORDER BY FILE_NO",
					(rs) -> {
						ExecutionContext context = new ExecutionContext();
						context.putInt("fileNo", rs.getInt(1));
						context.putString("fileName", rs.getString(2));
						partitions.put(String.format("file-%06d", rs.getInt(1)), context);
					}, instance);
			return partitions;
		};
	}

	@Bean
	@StepScope
	SubmissionFileReader submissionFileReader(ReviewProperties properties, Messages messages,
			@Value("#{stepExecutionContext['fileNo']}") int fileNo,
			@Value("#{stepExecutionContext['fileName']}") String fileName) {
		Path file = properties.input().resolve(fileName);
		return new SubmissionFileReader(file, fileNo, new SubmissionInspector(messages));
	}

	@Bean
	@StepScope
	SubmissionValidator submissionValidator(ObjectProvider<Catalog> catalog, Messages messages) {
		return new SubmissionValidator(new RowValidator(catalog.getObject(), messages));
	}

	@Bean
	@StepScope
	StagingWriter stagingWriter(StagingRepository staging,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return new StagingWriter(staging, instance);
	}

	@Bean
	@StepScope
	FileSummaryListener fileSummaryListener(JdbcTemplate jdbc, Messages messages,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance,
			@Value("#{stepExecutionContext['fileNo']}") int fileNo,
			@Value("#{stepExecutionContext['fileName']}") String fileName) {
		return new FileSummaryListener(jdbc, messages, instance, fileNo, fileName);
	}

	/** Prints one line per file read. */
	static class FileSummaryListener implements StepExecutionListener {

		private final JdbcTemplate jdbc;

		private final Messages messages;

		private final long instance;

		private final int fileNo;

		private final String fileName;

		FileSummaryListener(JdbcTemplate jdbc, Messages messages, long instance, int fileNo, String fileName) {
			this.jdbc = jdbc;
			this.messages = messages;
			this.instance = instance;
			this.fileNo = fileNo;
			this.fileName = fileName;
		}

		@Override
		public ExitStatus afterStep(StepExecution stepExecution) {
			if (stepExecution.getStatus().isUnsuccessful()) {
				return null;
			}
			this.jdbc.query("""
					SELECT COUNT(*), COALESCE(SUM(CASE WHEN ACCEPTED THEN 1 ELSE 0 END), 0)
					FROM YR_ROW WHERE INSTANCE_ID = ? AND FILE_NO = ?""", (rs) -> {
				long read = rs.getLong(1);
				long accepted = rs.getLong(2);
				logger.info(this.messages.get("progress.file", this.fileName, read, accepted, read - accepted));
			}, this.instance, this.fileNo);
			return null;
		}

	}

}
