package vn.yearendreview.job;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.yearendreview.distribution.Protection;
import vn.yearendreview.model.Messages;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.settings.ExitCode;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.submission.InputFolder;
import vn.yearendreview.submission.RunInputs;
import vn.yearendreview.submission.SampleSet;

/**
 * Runs the year-end review once: checks the planner's reference files
 * ({@link Preflight}), decides whether this is a new run, the restart of an interrupted
 * one, or a repeat whose outputs are already current ({@link RunLauncher}), runs the job,
 * and tells the planner what happened ({@link RunSummary}).
 */
@Component
public class ReviewRunner {

	private static final Logger logger = LoggerFactory.getLogger(ReviewRunner.class);

	private static final Logger details = LoggerFactory.getLogger("vn.yearendreview.details");

	/**
	 * The system property the launchers set to the time they started, in milliseconds.
	 */
	static final String LAUNCHED = "yearend.started";

	private final ReviewProperties properties;

	private final Messages messages;

	private final ObjectProvider<Protection> protection;

	private final Publisher publisher;

	private final Preflight preflight;

	private final RunLauncher launcher;

	private final RunSummary summary;

	private final RunInputs inputs;

	private final StateRetention retention;

	ReviewRunner(ReviewProperties properties, Messages messages, ObjectProvider<Protection> protection,
			Publisher publisher, Preflight preflight, RunLauncher launcher, RunSummary summary, RunInputs inputs,
			StateRetention retention) {
		this.properties = properties;
		this.messages = messages;
		this.protection = protection;
		this.publisher = publisher;
		this.preflight = preflight;
		this.launcher = launcher;
		this.summary = summary;
		this.inputs = inputs;
		this.retention = retention;
	}

	/**
	 * When the planner started the command: the launchers pass the time they started, so
	 * that the time the summary gives includes starting Java and the program.
	 */
	private static Instant startedAt() {
		String launched = System.getProperty(LAUNCHED);
		if (launched != null && launched.matches("\\d{10,16}")) {
			return Instant.ofEpochMilli(Long.parseLong(launched));
		}
		return Instant.now();
	}

	/**
	 * Runs the review.
	 * @return the exit code
	 */
	public ExitCode run() {
		Instant started = startedAt();
		try {
			if (this.publisher.recover()) {
				logger.info(this.messages.get("run.recoveredPublication"));
			}
			InputFolder folder = InputFolder.scan(this.properties.input());
			if (folder.submissions().isEmpty()) {
				logger.error(this.messages.get("run.emptyInput", this.properties.input()));
				return ExitCode.USAGE;
			}
			List<String> sample = SampleSet.mixedIn(folder);
			if (!sample.isEmpty()) {
				logger.error(this.messages.get("run.sampleMixedIn", this.properties.input(), sample.size(),
						String.join(", ", sample)));
				return ExitCode.USAGE;
			}
			try {
				folder = this.inputs.take(folder);
			}
			catch (RunInputs.ChangedException ex) {
				logger.error(this.messages.get("run.inputChanged", ex.file(), this.properties.input()));
				return ExitCode.FAILED;
			}
			return launch(folder, started);
		}
		catch (Exception ex) {
			details.error("run failed", ex);
			logger.error(this.messages.get("run.failed", Failures.describe(ex), this.properties.layout().runLog()));
			return ExitCode.FAILED;
		}
		finally {
			discardCopy();
			tidyState();
		}
	}

	/**
	 * Checks the reference files, then starts, restarts or skips the job, all of it
	 * reading the run's copy of the input folder.
	 */
	private ExitCode launch(InputFolder folder, Instant started) throws Exception {
		if (!this.preflight.check()) {
			return ExitCode.USAGE;
		}
		logger.info(this.messages.get("run.start", this.properties.input(), folder.submissions().size(),
				folder.others().size()));
		String documents = Fingerprint.of(folder, this.properties,
				this.properties.validateOnly() ? "" : this.protection.getObject().identity());
		JobExecution execution = this.launcher.launch(Fingerprint.withFinals(documents, folder), documents,
				folder.contentHash());
		if (execution == null) {
			return this.summary.unchanged(this.launcher.currentFolder(), started);
		}
		return this.summary.finish(execution, started);
	}

	/**
	 * Deletes from the run's state what no run needs any more; a failure there is logged
	 * and changes nothing of the run's outcome.
	 */
	private void tidyState() {
		try {
			this.retention.tidy();
		}
		catch (IOException | RuntimeException ex) {
			details.warn("the run's state could not be tidied; the next run tries again", ex);
		}
	}

	private void discardCopy() {
		try {
			this.inputs.discard();
		}
		catch (IOException ex) {
			details.warn("the copy of the input folder could not be deleted; the next run replaces it", ex);
		}
	}

}
