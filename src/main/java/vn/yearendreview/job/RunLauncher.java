package vn.yearendreview.job;

import java.io.IOException;
import java.nio.file.Path;

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

import vn.yearendreview.Messages;
import vn.yearendreview.OutputLayout;
import vn.yearendreview.ReviewProperties;
import vn.yearendreview.RunFacts;
import vn.yearendreview.publish.Manifest;

/**
 * Decides what a run of a set of inputs is (DESIGN.md 7): a new job instance, the restart
 * of an interrupted one, or nothing at all when the published outputs already come from
 * these inputs and options; and abandons the unfinished runs of other inputs, whose
 * staging data a new run replaces.
 */
@Component
class RunLauncher {

	private static final Logger logger = LoggerFactory.getLogger(ReviewRunner.class);

	private static final String JOB_NAME = "yearEndReviewJob";

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
	 * Starts, restarts or skips the job for a fingerprint.
	 * @return the finished execution, or {@code null} when the outputs are already
	 * current
	 */
	JobExecution launch(String fingerprint, String inputsHash) throws Exception {
		long attempt = 0;
		JobInstance last = null;
		for (long n = 1;; n++) {
			JobInstance instance = this.jobRepository.getJobInstance(JOB_NAME, parameters(fingerprint, n, inputsHash));
			if (instance == null) {
				break;
			}
			last = instance;
			attempt = n;
		}
		if (last != null) {
			JobExecution previous = this.jobRepository.getLastJobExecution(last);
			if (previous != null) {
				BatchStatus status = previous.getStatus();
				if (status == BatchStatus.COMPLETED && outputsCurrent(previous, fingerprint)) {
					logger.info(this.messages.get("run.current", publishedFolder(previous)));
					this.current = publishedFolder(previous);
					return null;
				}
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
		return this.jobOperator.start(this.job, parameters(fingerprint, attempt + 1, inputsHash));
	}

	/**
	 * The published folder found current by the last {@link #launch} that returned
	 * {@code null}.
	 * @return the folder
	 */
	Path currentFolder() {
		return this.current;
	}

	private JobParameters parameters(String fingerprint, long attempt, String inputsHash) {
		return RunFacts.parameters(fingerprint, attempt, inputsHash, this.properties.validateOnly());
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

	private boolean outputsCurrent(JobExecution execution, String fingerprint) {
		Path folder = publishedFolder(execution);
		if (folder == null) {
			return false;
		}
		try {
			Manifest manifest = Manifest.read(folder.resolve(OutputLayout.MANIFEST));
			return fingerprint.equals(manifest.fingerprint())
					&& manifest.jobInstanceId() == execution.getJobInstanceId();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private Path publishedFolder(JobExecution execution) {
		Integer year = RunFacts.of(execution).year();
		return (year != null) ? this.properties.layout().publishedFolder(year, this.properties.validateOnly()) : null;
	}

}
