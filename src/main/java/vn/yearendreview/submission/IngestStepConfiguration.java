package vn.yearendreview.submission;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Staged;
import vn.yearendreview.settings.Progress;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.RecordTables;
import vn.yearendreview.submission.kind.SubmissionItem;

/**
 * Reads the submissions and stages every record as accepted or rejected. The files are
 * split into as many ranges as there are ingest threads, each a partition read file after
 * file; a partition's progress is committed with its rows, so a restart resumes every
 * partition where it stopped.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(IngestStepConfiguration.class);

	@Bean
	Step ingestSubmissionsStep(JobRepository jobRepository, Step ingestSubmissionFilesStep,
			Partitioner submissionPartitioner, TaskExecutor ingestTaskExecutor, ReviewProperties properties,
			IngestProgress ingestProgress) {
		return new StepBuilder("ingestSubmissionsStep", jobRepository).listener(ingestProgress)
			.partitioner("ingestSubmissionFilesStep", submissionPartitioner)
			.step(ingestSubmissionFilesStep)
			.taskExecutor(ingestTaskExecutor)
			.gridSize(Math.max(1, properties.ingestThreads()))
			.build();
	}

	/**
	 * One partition: a plain chunk step, each chunk's records read, validated and written
	 * on the partition's thread. Measured on a million rows (validation only): 26.4 s, as
	 * fast as reading ahead on a second thread (26.1 s), while the step's own concurrent
	 * processing took 196 s. The partitions are where the cores go.
	 */
	@Bean
	Step ingestSubmissionFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionFilesReader submissionFilesReader, SubmissionValidator submissionValidator,
			StagingWriter stagingWriter, ReviewProperties properties) {
		return new StepBuilder("ingestSubmissionFilesStep", jobRepository)
			.<SubmissionItem, Staged>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(submissionFilesReader)
			.processor(submissionValidator)
			.writer(stagingWriter)
			.build();
	}

	@Bean
	@StepScope
	SubmissionFilesReader submissionFilesReader(FileTable fileTable, RunInputs inputs, Messages messages,
			IngestProgress ingestProgress, SubmissionKinds kinds,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance,
			@Value("#{stepExecutionContext['fromFileNo']}") int from,
			@Value("#{stepExecutionContext['toFileNo']}") int to) {
		List<SubmissionFilesReader.SubmissionFile> files = fileTable.submissionFiles(instance, from, to)
			.stream()
			.map((file) -> new SubmissionFilesReader.SubmissionFile(file.fileNo(), inputs.submission(file.name())))
			.toList();
		return new SubmissionFilesReader(files, new SubmissionInspector(messages, kinds), ingestProgress);
	}

	@Bean
	@StepScope
	SubmissionValidator submissionValidator(ReviewProperties properties, Messages messages,
			ObjectProvider<Catalog> catalog) {
		int exampleYear = (properties.year() != null) ? properties.year() : Year.now().getValue();
		return new SubmissionValidator((kind) -> kind.checker(catalog.getObject(), messages, exampleYear));
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

	/**
	 * Splits the files, in name order, into up to {@code gridSize} contiguous ranges of
	 * about the same size in bytes.
	 */
	@Bean
	@StepScope
	Partitioner submissionPartitioner(FileTable fileTable,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return (gridSize) -> {
			List<FileTable.SubmissionFile> files = fileTable.submissionFiles(instance);
			long total = files.stream().mapToLong((file) -> file.size() + 1).sum();
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			int start = 0;
			long size = 0;
			for (int i = 0; i < files.size(); i++) {
				size += files.get(i).size() + 1;
				boolean last = i == files.size() - 1;
				if (last || size * gridSize >= total * (partitions.size() + 1)) {
					ExecutionContext context = new ExecutionContext();
					context.putInt("fromFileNo", files.get(start).fileNo());
					context.putInt("toFileNo", files.get(i).fileNo());
					partitions.put(String.format("files-%06d-%06d", files.get(start).fileNo(), files.get(i).fileNo()),
							context);
					start = i + 1;
				}
			}
			return partitions;
		};
	}

	@Bean
	@StepScope
	StagingWriter stagingWriter(FileTable files, RecordTables tables, SubmissionKinds kinds,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return new StagingWriter(files, tables, instance, kinds);
	}

	@Bean
	IngestProgress ingestProgress(FileTable fileTable, Messages messages, ReviewProperties properties) {
		return new IngestProgress(fileTable, messages, new Progress(logger, properties.progressIntervalMillis()));
	}

}
