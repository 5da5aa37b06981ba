package vn.yearendreview.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.yearendreview.ExitCode;
import vn.yearendreview.Messages;
import vn.yearendreview.OutputLayout;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.ReviewProperties;
import vn.yearendreview.RunFacts;
import vn.yearendreview.distribution.Protection;
import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.publish.Manifest;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.submission.Recipients;
import vn.yearendreview.staging.ResultQueries;
import vn.yearendreview.submission.Catalog;
import vn.yearendreview.submission.CatalogException;
import vn.yearendreview.submission.InputFolder;
import vn.yearendreview.submission.NoRowsForYearException;
import vn.yearendreview.submission.Problem;
import vn.yearendreview.submission.StrictModeException;

/**
 * Runs the year-end review once: checks the planner's reference files, decides whether
 * this is a new run, the restart of an interrupted one, or a repeat whose outputs are
 * already current, runs the job, and tells the planner what happened.
 */
@Component
public class ReviewRunner {

	private static final Logger logger = LoggerFactory.getLogger(ReviewRunner.class);

	private static final Logger details = LoggerFactory.getLogger("vn.yearendreview.details");

	private static final String JOB_NAME = "yearEndReviewJob";

	private final ReviewProperties properties;

	private final Messages messages;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job job;

	private final ObjectProvider<Catalog> catalog;

	private final ObjectProvider<ReportSettings> settings;

	private final ObjectProvider<Recipients> recipients;

	private final ObjectProvider<Protection> protection;

	private final Publisher publisher;

	private final ResultQueries data;

	ReviewRunner(ReviewProperties properties, Messages messages, JobOperator jobOperator, JobRepository jobRepository,
			Job yearEndReviewJob, ObjectProvider<Catalog> catalog, ObjectProvider<ReportSettings> settings,
			ObjectProvider<Recipients> recipients, ObjectProvider<Protection> protection, Publisher publisher,
			ResultQueries data) {
		this.properties = properties;
		this.messages = messages;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.job = yearEndReviewJob;
		this.catalog = catalog;
		this.settings = settings;
		this.recipients = recipients;
		this.protection = protection;
		this.publisher = publisher;
		this.data = data;
	}

	/**
	 * Runs the review.
	 * @return the exit code
	 */
	public ExitCode run() {
		Instant started = Instant.now();
		try {
			if (this.publisher.recover()) {
				logger.info(this.messages.get("run.recoveredPublication"));
			}
			if (!preflight()) {
				return ExitCode.USAGE;
			}
			InputFolder folder = InputFolder.scan(this.properties.input());
			logger.info(this.messages.get("run.start", this.properties.input(), folder.submissions().size(),
					folder.others().size()));
			String fingerprint = Fingerprint.of(folder, this.properties,
					this.properties.validateOnly() ? "" : this.protection.getObject().identity());
			JobExecution execution = launch(fingerprint, folder.contentHash());
			if (execution == null) {
				return ExitCode.OK;
			}
			return finish(execution, started);
		}
		catch (Exception ex) {
			details.error("run failed", ex);
			logger.error(this.messages.get("run.failed", describe(ex), logFile()));
			return ExitCode.FAILED;
		}
	}

	private boolean preflight() {
		try {
			this.catalog.getObject();
			this.settings.getObject();
			if (!this.properties.validateOnly()) {
				this.protection.getObject();
			}
		}
		catch (CatalogException | ReportSettings.SettingsException ex) {
			logger.error(this.messages.get("run.badReference", ex.getMessage()));
			return false;
		}
		catch (RuntimeException ex) {
			Throwable cause = rootCause(ex);
			if (cause instanceof CatalogException || cause instanceof ReportSettings.SettingsException) {
				logger.error(this.messages.get("run.badReference", cause.getMessage()));
				return false;
			}
			throw ex;
		}
		if (!this.properties.validateOnly()) {
			reportUnusableRecipients();
		}
		return true;
	}

	/**
	 * Starts, restarts or skips the job for a fingerprint.
	 * @return the finished execution, or {@code null} when the outputs are already
	 * current
	 */
	private JobExecution launch(String fingerprint, String inputsHash) throws Exception {
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

	private ExitCode finish(JobExecution execution, Instant started) {
		String elapsed = String.format(Locale.ROOT, "%.1f",
				Duration.between(started, Instant.now()).toMillis() / 1000.0);
		long instance = execution.getJobInstanceId();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			List<Throwable> failures = execution.getAllFailureExceptions();
			StrictModeException strict = rootCauseOf(failures, StrictModeException.class);
			if (strict != null) {
				logger.error(strict.getMessage());
				printProblems(instance);
				logger.error(this.messages.get("run.strictHint"));
				return ExitCode.FAILED;
			}
			NoRowsForYearException noRows = rootCauseOf(failures, NoRowsForYearException.class);
			if (noRows != null) {
				explainNoRows(noRows, instance);
				return ExitCode.USAGE;
			}
			failures.forEach((failure) -> details.error("job failed", failure));
			Throwable cause = failures.isEmpty() ? null : rootCause(failures.get(0));
			if (cause instanceof IOException) {
				logger
					.error(this.messages.get("run.writeFailed", this.properties.output(), describe(cause), logFile()));
				return ExitCode.FAILED;
			}
			String reason = (cause == null) ? execution.getExitStatus().getExitDescription() : describe(cause);
			logger.error(this.messages.get("run.failed", reason, logFile()));
			return ExitCode.FAILED;
		}
		int year = RunFacts.of(execution).decidedYear();
		Path folder = this.properties.layout().publishedFolder(year, this.properties.validateOnly());
		ResultQueries.Totals totals = this.data.totals(instance);
		if (!this.properties.validateOnly() && !this.catalog.getObject().hasIndicators()) {
			logger.info(this.messages.get("summary.departments", countDepartmentReports(folder),
					folder.resolve(OutputLayout.DEPARTMENTS)));
			logger.warn(this.messages.get("run.noCatalog"));
		}
		else if (!this.properties.validateOnly()) {
			Scoreboard scoreboard = this.data.scoreboard(instance);
			logger.info(this.messages.get("summary.headline", scoreboard.overall().achieved(),
					scoreboard.overall().total(), year));
			logger.info(this.messages.get("summary.review", folder.resolve(OutputLayout.review(year))));
			logger.info(this.messages.get("summary.departments", countDepartmentReports(folder),
					folder.resolve(OutputLayout.DEPARTMENTS)));
			summariseCopies(folder, year);
		}
		logger.info(this.messages.get("summary.rows", totals.rowsRead(), totals.files(), totals.rowsAccepted(),
				totals.rowsRejected(), totals.filesRejected(), totals.warnings()));
		boolean rejects = totals.needsAttention();
		if (rejects) {
			logger.info(this.messages.get("summary.seeCheck", folder.resolve(OutputLayout.dataCheckPdf(year)),
					folder.resolve(OutputLayout.dataCheckCsv(year))));
		}
		logger.info(this.messages.get("summary.elapsed", elapsed));
		return rejects ? ExitCode.REJECTS : ExitCode.OK;
	}

	private void printProblems(long instance) {
		List<String> lines = new ArrayList<>();
		this.data.forEachProblem(instance, (problem) -> {
			if ("ERROR".equals(problem.severity()) && lines.size() < 20) {
				lines.add(this.messages.get("run.problemLine", problem.file(),
						(problem.line() != null) ? problem.line() : "",
						(problem.column() != null) ? problem.column() : "", problem.message()));
			}
		});
		lines.forEach(logger::error);
	}

	private void explainNoRows(NoRowsForYearException noRows, long instance) {
		List<String> years = new ArrayList<>();
		noRows.present().forEach((year, rows) -> years.add(this.messages.get("run.yearRows", year, rows)));
		if (noRows.requested() != null) {
			logger.error(this.messages.get("run.noRowsForYear", noRows.requested(),
					years.isEmpty() ? this.messages.get("run.noYears") : String.join(", ", years)));
			return;
		}
		logger.error(this.messages.get("run.noRows",
				years.isEmpty() ? this.messages.get("run.noYears") : String.join(", ", years)));
		printProblems(instance);
		logger.error(this.messages.get("run.noRowsHint"));
	}

	/**
	 * Says before any work that the copies will not be made, and names every bad line.
	 */
	private void reportUnusableRecipients() {
		Recipients list = this.recipients.getObject();
		if (list.usable()) {
			return;
		}
		logger.warn(this.messages.get("run.badRecipients", Recipients.FILE));
		for (Problem problem : list.problems()) {
			logger.warn(this.messages.get("run.problemLine", Recipients.FILE,
					(problem.line() != null) ? problem.line() : "", (problem.column() != null) ? problem.column() : "",
					problem.message()));
		}
	}

	private void summariseCopies(Path folder, int year) {
		Recipients list = this.recipients.getObject();
		if (!list.usable()) {
			logger.warn(this.messages.get("summary.noCopies", Recipients.FILE, list.problems().size()));
			return;
		}
		if (list.recipients().isEmpty()) {
			return;
		}
		Path copies = folder.resolve(OutputLayout.COPIES);
		long count;
		try (Stream<Path> files = Files.list(copies)) {
			String bundle = OutputLayout.bundle(year);
			count = files.filter((file) -> !file.getFileName().toString().equals(bundle)).count();
		}
		catch (IOException ex) {
			count = 0;
		}
		logger.info(this.messages.get("summary.copies", count, copies, folder.resolve(OutputLayout.registerPdf(year))));
	}

	private static long countDepartmentReports(Path folder) {
		try (var files = Files.list(folder.resolve(OutputLayout.DEPARTMENTS))) {
			return files.count();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private Path logFile() {
		return this.properties.layout().runLog();
	}

	/** The first failure whose root cause is of a type, as that cause. */
	private static <T extends Throwable> T rootCauseOf(List<Throwable> failures, Class<T> type) {
		return failures.stream()
			.map(ReviewRunner::rootCause)
			.filter(type::isInstance)
			.map(type::cast)
			.findFirst()
			.orElse(null);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String describe(Throwable failure) {
		Throwable cause = rootCause(failure);
		String message = cause.getMessage();
		return (message != null) ? message : cause.getClass().getSimpleName();
	}

}
