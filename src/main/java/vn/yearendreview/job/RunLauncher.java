package vn.yearendreview.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import vn.yearendreview.model.Messages;
import vn.yearendreview.publish.Manifest;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.settings.RunFacts;

/**
 * Decides what a run of a set of inputs is (DESIGN.md 7): a new job instance, the restart
 * of an interrupted one, or nothing at all when the published outputs already come from
 * these inputs and options; and abandons the unfinished runs of other inputs, whose
 * staging data a new run replaces.
 */
@Component
class RunLauncher {

	private static final Logger logger = LoggerFactory.getLogger(ReviewRunner.class);

	static final String JOB_NAME = "yearEndReviewJob";

	private final ReviewProperties properties;

	private final Messages messages;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private Path current;

	RunLauncher(ReviewProperties properties, Messages messages, JobOperator jobOperator, JobRepository jobRepository,
			Job yearEndReviewJob) {
		this.properties = properties;
		this.messages = messages;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = yearEndReviewJob;
	}

	/**
	 * Starts, restarts or skips the job for a run's inputs and options.
	 * @param base the fingerprint of everything but the year that shapes the outputs
	 * @param documents the fingerprint of what the documents are made from: the same
	 * without the approved finals, which only the copies are made from
	 * @param inputsHash the content hash of the input folder
	 * @return the finished execution, or {@code null} when the outputs are already
	 * current
	 */
	JobExecution launch(String base, String documents, String inputsHash) throws Exception {
		Path published = currentPublication(base);
		if (published != null) {
			logger.info(this.messages.get("run.current", published));
			this.current = published;
			return null;
		}
		Integer year = this.properties.year();
		String fingerprint = RunFacts.forYear(base, year);
		long attempt = 0;
		JobInstance last = null;
		// The runs of the same fingerprint, whose earlier ones the job repository may no
		// longer keep (StateRetention): the last of them is the one to restart.
		for (JobInstance instance : this.jobRepository.findJobInstances(JOB_NAME)) {
			JobExecution execution = this.jobRepository.getLastJobExecution(instance);
			if (execution != null && fingerprint.equals(RunFacts.of(execution).fingerprint())
					&& RunFacts.attempt(execution) > attempt) {
				last = instance;
				attempt = RunFacts.attempt(execution);
			}
		}
		if (last != null) {
			JobExecution previous = this.jobRepository.getLastJobExecution(last);
			if (previous != null) {
				BatchStatus status = previous.getStatus();
				if (status.isRunning() || status == BatchStatus.UNKNOWN) {
					logger.info(this.messages.get("run.recovered", previous.getId()));
					previous = this.jobOperator.recover(previous);
					status = previous.getStatus();
				}
				if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
					abandonOthers(last.getInstanceId());
					logger.info(this.messages.get("run.restarting", previous.getId()));
					return this.jobOperator.restart(previous);
				}
			}
		}
		abandonOthers(-1);
		return this.jobOperator.start(this.job, parameters(base, documents, year, attempt + 1, inputsHash));
	}

	/**
	 * The published folder found current by the last {@link #launch} that returned
	 * {@code null}.
	 * @return the folder
	 */
	Path currentFolder() {
		return this.current;
	}

	private JobParameters parameters(String base, String documents, Integer year, long attempt, String inputsHash) {
		return RunFacts.parameters(base, documents, year, attempt, inputsHash, this.properties.validateOnly());
	}

	/**
	 * The published set that these inputs and options would make again, if there is one:
	 * the year asked for, or, when none is, a year the same inputs were reviewed for as
	 * their latest; the year's fingerprint decides, however the year was asked for.
	 */
	private Path currentPublication(String base) {
		Integer year = this.properties.year();
		for (int candidate : (year != null) ? List.of(year) : publishedYears()) {
			Path folder = this.properties.publishedFolder(candidate);
			Path file = folder.resolve(OutputLayout.MANIFEST);
			if (!Files.isRegularFile(file)) {
				continue;
			}
			try {
				Manifest manifest = Manifest.read(file);
				if (RunFacts.forYear(base, candidate).equals(manifest.fingerprint())
						&& (year != null || Integer.valueOf(candidate).equals(manifest.latestYear()))) {
					return folder;
				}
			}
			catch (IOException ex) {
				// an unreadable manifest is a set to make again
			}
		}
		return null;
	}

	/** The years with a folder in the output folder, latest first. */
	private List<Integer> publishedYears() {
		try (Stream<Path> folders = Files.list(this.properties.output())) {
			return folders.map((folder) -> folder.getFileName().toString())
				.filter((name) -> name.matches("\\d{4}"))
				.map(Integer::valueOf)
				.sorted(Comparator.reverseOrder())
				.toList();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/**
	 * Marks every unfinished run but one as abandoned: a new set of inputs replaces their
	 * staging data, so they must never be restarted.
	 */
	private void abandonOthers(long keep) throws Exception {
		for (JobInstance instance : this.jobRepository.findJobInstances(JOB_NAME)) {
			if (instance.getInstanceId() == keep) {
				continue;
			}
			JobExecution execution = this.jobRepository.getLastJobExecution(instance);
			if (execution == null || execution.getStatus() == BatchStatus.COMPLETED
					|| execution.getStatus() == BatchStatus.ABANDONED) {
				continue;
			}
			if (execution.getStatus().isRunning() || execution.getStatus() == BatchStatus.UNKNOWN) {
				execution = this.jobOperator.recover(execution);
			}
			this.jobOperator.abandon(execution);
		}
	}

}
