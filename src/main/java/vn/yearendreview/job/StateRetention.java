package vn.yearendreview.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.yearendreview.publish.Publisher;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.staging.StagingSchema;

/**
 * Keeps {@code output/.state} from growing with the runs, after each run, without taking
 * anything a run still needs: the run that can be restarted (the last one, when it failed
 * or was killed) keeps its job repository records, its staging data and its staging
 * folder. Of the finished runs, the job repository keeps the latest ten (or
 * {@code yearend.kept-runs}); their staging data, which nothing reads once the run is
 * published (a run of the same inputs again is found current from the published
 * manifest), is emptied, and the database file is rewritten smaller when it grew large;
 * staging folders of runs that will never be restarted, and archived sets left half
 * deleted, go.
 */
@Component
class StateRetention {

	/**
	 * The size of the database above which its file is rewritten once the staging data is
	 * emptied: below it, the time to rewrite it buys little disk.
	 */
	static final long SHRINK_ABOVE = 64L * 1024 * 1024;

	private final JobRepository jobRepository;

	private final StagingSchema staging;

	private final OutputLayout layout;

	private final int keptRuns;

	StateRetention(JobRepository jobRepository, StagingSchema staging, ReviewProperties properties) {
		this.jobRepository = jobRepository;
		this.staging = staging;
		this.layout = properties.layout();
		this.keptRuns = properties.keptRuns();
	}

	/**
	 * Deletes what no run needs any more.
	 * @throws IOException when a folder cannot be deleted
	 */
	void tidy() throws IOException {
		List<JobInstance> instances = this.jobRepository.findJobInstances(RunLauncher.JOB_NAME)
			.stream()
			.sorted(Comparator.comparingLong(JobInstance::getInstanceId).reversed())
			.toList();
		Set<Long> restartable = new HashSet<>();
		int finished = 0;
		for (JobInstance instance : instances) {
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last != null && last.getStatus() != BatchStatus.COMPLETED
					&& last.getStatus() != BatchStatus.ABANDONED) {
				restartable.add(instance.getInstanceId());
			}
			else if (++finished > this.keptRuns) {
				this.jobRepository.deleteJobInstance(instance);
			}
		}
		if (restartable.isEmpty()) {
			this.staging.release(size(this.layout.databaseFolder()) > SHRINK_ABOVE);
		}
		Path stagingFolders = this.layout.stagingFolders();
		if (Files.isDirectory(stagingFolders)) {
			try (Stream<Path> folders = Files.list(stagingFolders)) {
				for (Path folder : folders.toList()) {
					String name = folder.getFileName().toString();
					if (!name.matches("\\d{1,18}") || !restartable.contains(Long.valueOf(name))) {
						Publisher.deleteTree(folder);
					}
				}
			}
		}
		Publisher.deleteTree(this.layout.discardedFolder());
	}

	private static long size(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			long total = 0;
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				total += Files.size(file);
			}
			return total;
		}
	}

}
