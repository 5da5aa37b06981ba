package vn.yearendreview.submission;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
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
import vn.yearendreview.Progress;
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
	FileSummaryListener fileSummaryListener(JdbcTemplate jdbc, Messages messages, IngestProgress ingestProgress,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance,
			@Value("#{stepExecutionContext['fileNo']}") int fileNo,
			@Value("#{stepExecutionContext['fileName']}") String fileName) {
		return new FileSummaryListener(jdbc, messages, ingestProgress, instance, fileNo, fileName);
	}

	@Bean
	IngestProgress ingestProgress(JdbcTemplate jdbc, Messages messages) {
		return new IngestProgress(jdbc, messages);
	}

	/**
	 * What the planner sees while files are read: a line per file for a province's few
	 * dozen files, a line every few seconds with the rate for a country's thousands.
	 */
	static class IngestProgress {

		/** Up to this many files, each gets its own line. */
		static final int FILES_LISTED = 30;

		private final JdbcTemplate jdbc;

		private final Messages messages;

		private final Progress progress = new Progress(logger, 5000);

		private final AtomicLong files = new AtomicLong();

		private final AtomicLong rows = new AtomicLong();

		private volatile long started;

		private volatile long total = -1;

		IngestProgress(JdbcTemplate jdbc, Messages messages) {
			this.jdbc = jdbc;
			this.messages = messages;
		}

		void fileRead(long instance, String fileName, long read, long accepted) {
			if (this.total < 0) {
				synchronized (this) {
					if (this.total < 0) {
						Long count = this.jdbc.queryForObject(
								"SELECT COUNT(*) FROM YR_FILE WHERE INSTANCE_ID = ? AND SUBMISSION", Long.class,
								instance);
						this.total = (count != null) ? count : 0;
						this.started = System.nanoTime();
					}
				}
			}
			long done = this.files.incrementAndGet();
			long rowsSoFar = this.rows.addAndGet(read);
			if (this.total <= FILES_LISTED) {
				logger.info(this.messages.get("progress.file", fileName, read, accepted, read - accepted));
				return;
			}
			this.progress.report(done == this.total, () -> {
				double seconds = Math.max(0.001, (System.nanoTime() - this.started) / 1e9);
				return this.messages.get("progress.ingest", done, this.total, rowsSoFar,
						Math.round(rowsSoFar / seconds));
			});
		}

	}

	/** Reports each file read to the ingest progress. */
	static class FileSummaryListener implements StepExecutionListener {

		private final JdbcTemplate jdbc;

		private final Messages messages;

		private final IngestProgress progress;

		private final long instance;

		private final int fileNo;

		private final String fileName;

		FileSummaryListener(JdbcTemplate jdbc, Messages messages, IngestProgress progress, long instance, int fileNo,
				String fileName) {
			this.jdbc = jdbc;
			this.messages = messages;
			this.progress = progress;
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
				this.progress.fileRead(this.instance, this.fileName, rs.getLong(1), rs.getLong(2));
			}, this.instance, this.fileNo);
			return null;
		}

	}

}
