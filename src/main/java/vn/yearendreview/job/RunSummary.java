package vn.yearendreview.job;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.publish.Manifest;
import vn.yearendreview.settings.CommitteeFile;
import vn.yearendreview.settings.ExitCode;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.ScoreTable;
import vn.yearendreview.submission.NoRowsForYearException;
import vn.yearendreview.submission.Recipients;
import vn.yearendreview.submission.StrictModeException;

/**
 * What the planner is told when a run ends: the headline and where the documents are, the
 * rows read, accepted and rejected, or why nothing was published and what to do.
 */
@Component
class RunSummary {

	private static final Logger logger = LoggerFactory.getLogger(ReviewRunner.class);

	private static final Logger details = LoggerFactory.getLogger("vn.yearendreview.details");

	/**
	 * Indicators in the catalog beyond which the committee's documents are longer than a
	 * conference reads: a province's resolution has a few dozen.
	 */
	private static final int LONG_CATALOG = 200;

	/** Implausible figures listed on the console; the data check has them all. */
	private static final int FINDINGS_LISTED = 10;

	private final ReviewProperties properties;

	private final Messages messages;

	private final ObjectProvider<Recipients> recipients;

	private final FileTable files;

	private final ScoreTable scores;

	private final ProblemTable problems;

	private final ObjectProvider<Catalog> catalog;

	RunSummary(ReviewProperties properties, Messages messages, ObjectProvider<Recipients> recipients, FileTable files,
			ScoreTable scores, ProblemTable problems, ObjectProvider<Catalog> catalog) {
		this.properties = properties;
		this.messages = messages;
		this.recipients = recipients;
		this.files = files;
		this.scores = scores;
		this.problems = problems;
		this.catalog = catalog;
	}

	/**
	 * Tells the planner how a run ended, and gives its exit code.
	 * @param execution the finished execution
	 * @param started when the command started
	 * @return the exit code
	 */
	ExitCode finish(JobExecution execution, Instant started) {
		String elapsed = elapsed(started);
		long instance = execution.getJobInstanceId();
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			List<Throwable> failures = execution.getAllFailureExceptions();
			StrictModeException strict = Failures.rootCauseOf(failures, StrictModeException.class);
			if (strict != null) {
				logger.error(strict.getMessage());
				printProblems(instance);
				logger.error(this.messages.get("run.strictHint"));
				return ExitCode.FAILED;
			}
			NoRowsForYearException noRows = Failures.rootCauseOf(failures, NoRowsForYearException.class);
			if (noRows != null) {
				explainNoRows(noRows, instance);
				return ExitCode.USAGE;
			}
			failures.forEach((failure) -> details.error("job failed", failure));
			Throwable cause = failures.isEmpty() ? null : Failures.rootCause(failures.get(0));
			if (cause instanceof IOException) {
				logger.error(this.messages.get("run.writeFailed", this.properties.output(), Failures.describe(cause),
						logFile()));
				return ExitCode.FAILED;
			}
			String reason = (cause == null) ? execution.getExitStatus().getExitDescription() : Failures.describe(cause);
			logger.error(this.messages.get("run.failed", reason, logFile()));
			return ExitCode.FAILED;
		}
		int year = RunFacts.of(execution).decidedYear();
		Path folder = this.properties.publishedFolder(year);
		FileTable.Totals totals = this.files.totals(instance);
		if (!this.properties.validateOnly()) {
			Scoreboard scoreboard = this.scores.scoreboard(instance);
			summariseDocuments(folder, year, scoreboard.overall().achieved(), scoreboard.overall().total());
		}
		logger.info(this.messages.get("summary.rows", totals.rowsRead(), totals.files(), totals.rowsAccepted(),
				totals.rowsRejected(), totals.filesRejected(), totals.warnings()));
		if (totals.plausibility() > 0) {
			try (Stream<ProblemTable.ProblemRow> findings = this.problems.problems(instance,
					ProblemTable.ProblemSection.PLAUSIBILITY)) {
				listFindings(totals.plausibility(),
						findings.map((row) -> new Finding(row.file(), row.line(), row.message())).iterator());
			}
		}
		if (totals.needsAttention() || totals.warnings() > 0) {
			logger.info(this.messages.get("summary.seeCheck", folder.resolve(OutputLayout.dataCheckPdf(year)),
					folder.resolve(OutputLayout.dataCheckCsv(year))));
		}
		logger.info(this.messages.get("summary.elapsed", elapsed));
		return totals.needsAttention() ? ExitCode.REJECTS : ExitCode.OK;
	}

	/**
	 * Sums up a run that found its outputs already current: the outcome of the run that
	 * published them, from their manifest, with the same exit code, so that running again
	 * never hides what is left to look at.
	 * @param folder the published folder
	 * @param started when the run started
	 * @return the exit code of the run that published the folder
	 * @throws IOException when the manifest cannot be read
	 */
	ExitCode unchanged(Path folder, Instant started) throws IOException {
		Manifest manifest = Manifest.read(folder.resolve(OutputLayout.MANIFEST));
		int year = manifest.year();
		Manifest.Totals totals = manifest.totals();
		if (!this.properties.validateOnly() && manifest.headline() != null) {
			summariseDocuments(folder, year, manifest.headline().achieved(), manifest.headline().total());
		}
		logger.info(this.messages.get("summary.rows", totals.rowsRead(), totals.files(), totals.rowsAccepted(),
				totals.rowsRejected(), totals.filesRejected(), totals.warnings()));
		if (totals.plausibility() > 0) {
			listFindings(totals.plausibility(), publishedFindings(folder.resolve(OutputLayout.dataCheckCsv(year))));
		}
		if (totals.needsAttention() || totals.warnings() > 0) {
			logger.info(this.messages.get("summary.seeCheck", folder.resolve(OutputLayout.dataCheckPdf(year)),
					folder.resolve(OutputLayout.dataCheckCsv(year))));
		}
		logger.info(this.messages.get("summary.elapsed", elapsed(started)));
		return totals.needsAttention() ? ExitCode.REJECTS : ExitCode.OK;
	}

	/**
	 * The headline and where the published documents are. Without the review (no
	 * catalog), the headline counts every indicator (DESIGN.md 5) and the console says
	 * why there is no review.
	 */
	private void summariseDocuments(Path folder, int year, long achieved, long total) {
		logger.info(this.messages.get("summary.headline", achieved, total, year));
		Path review = folder.resolve(CommitteeFile.REVIEW.pdf(year));
		if (!Files.isRegularFile(review)) {
			logger.info(this.messages.get("summary.departments", countDepartmentReports(folder),
					folder.resolve(OutputLayout.DEPARTMENTS)));
			logger.warn(this.messages.get("run.noCatalog"));
			return;
		}
		logger.info(this.messages.get(CommitteeFile.REVIEW.summaryKey(), review));
		int indicators = this.catalog.getObject().indicators().size();
		if (indicators > LONG_CATALOG) {
			logger.warn(this.messages.get("summary.longDocuments", indicators));
		}
		for (CommitteeFile document : CommitteeFile.values()) {
			Path file = folder.resolve(document.pdf(year));
			if (document != CommitteeFile.REVIEW && Files.isRegularFile(file)) {
				logger.info(this.messages.get(document.summaryKey(), file));
			}
		}
		if (Files.isRegularFile(folder.resolve(OutputLayout.termProgress(year)))) {
			logger.info(this.messages.get("summary.termProgress", folder.resolve(OutputLayout.termProgress(year))));
		}
		logger.info(this.messages.get("summary.departments", countDepartmentReports(folder),
				folder.resolve(OutputLayout.DEPARTMENTS)));
		summariseCopies(folder, year);
	}

	/**
	 * Lists the first implausible figures on the console, then how many more there are: a
	 * slip of a thousand times must be seen before the documents go to the committee.
	 */
	private void listFindings(long count, Iterator<Finding> findings) {
		logger.warn(this.messages.get("summary.findings", count));
		int listed = 0;
		while (listed < FINDINGS_LISTED && findings.hasNext()) {
			Finding finding = findings.next();
			logger.warn(this.messages.get("summary.finding", finding.file(),
					(finding.line() != null) ? finding.line() : "", finding.message()));
			listed++;
		}
		if (count > listed) {
			logger.warn(this.messages.get("summary.moreFindings", count - listed));
		}
	}

	/**
	 * The implausible figures of a published set, from its data check, for a run that
	 * found the set current.
	 */
	private static Iterator<Finding> publishedFindings(Path dataCheck) throws IOException {
		List<Finding> findings = new ArrayList<>();
		Set<String> codes = Reason.PLAUSIBILITY.stream().map(Reason::name).collect(Collectors.toSet());
		try (Reader reader = new InputStreamReader(BOMInputStream.builder().setPath(dataCheck).get(),
				StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			for (CSVRecord record : csv) {
				if (codes.contains(record.get("reason_code"))) {
					String line = record.get("line");
					findings.add(new Finding(record.get("file"), line.isEmpty() ? null : Long.valueOf(line),
							record.get("message")));
					if (findings.size() == FINDINGS_LISTED) {
						break;
					}
				}
			}
		}
		return findings.iterator();
	}

	/** An implausible figure as the console lists it. */
	private record Finding(String file, Long line, String message) {

	}

	/** The seconds since a run started, with one decimal. */
	private static String elapsed(Instant started) {
		return String.format(Locale.ROOT, "%.1f", Duration.between(started, Instant.now()).toMillis() / 1000.0);
	}

	private void printProblems(long instance) {
		List<String> lines = new ArrayList<>();
		this.problems.forEachProblem(instance, (problem) -> {
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

}
