package vn.yearendreview.settings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What a step knows of the run it belongs to: the job parameters the run was started with
 * and the year the checks decided. The one place that names the keys under which they are
 * kept in the job repository.
 *
 * @param instance the job instance
 * @param fingerprint the fingerprint of the run as it was asked for (the year as given,
 * or none), which identifies its job instance
 * @param base the fingerprint of everything but the year that shapes the outputs
 * @param documents the same without the approved finals, which shape only the copies;
 * {@code null} for a run started before finals were read
 * @param inputs the content hash of the input folder when the run started
 * @param checkOnly whether the run only checks the inputs
 * @param year the year under review, {@code null} before the checks decide it
 * @param latestYear the year the inputs are reviewed for when none is asked for,
 * {@code null} before the checks or when no row gives one
 */
public record RunFacts(long instance, String fingerprint, String base, String documents, String inputs,
		boolean checkOnly, Integer year, Integer latestYear) {

	private static final String FINGERPRINT = "fingerprint";

	private static final String ATTEMPT = "attempt";

	private static final String INPUTS = "inputs";

	private static final String CHECK_ONLY = "validateOnly";

	private static final String YEAR = "year";

	private static final String BASE = "base";

	private static final String DOCUMENTS = "documents";

	private static final String LATEST_YEAR = "latestYear";

	/**
	 * The parameters of a run. The fingerprint and the attempt identify its job instance;
	 * the others only describe it.
	 * @param base the fingerprint of everything but the year that shapes the outputs
	 * @param documents the same without the approved finals
	 * @param year the year asked for, {@code null} for the latest in the inputs
	 * @param attempt the number of the instance with this fingerprint, from 1
	 * @param inputs the content hash of the input folder
	 * @param checkOnly whether the run only checks the inputs
	 * @return the job parameters
	 */
	public static JobParameters parameters(String base, String documents, Integer year, long attempt, String inputs,
			boolean checkOnly) {
		return new JobParametersBuilder().addString(FINGERPRINT, forYear(base, year))
			.addLong(ATTEMPT, attempt)
			.addString(BASE, base, false)
			.addString(DOCUMENTS, documents, false)
			.addString(INPUTS, inputs, false)
			.addString(CHECK_ONLY, String.valueOf(checkOnly), false)
			.toJobParameters();
	}

	/**
	 * The facts of a job execution.
	 * @param execution the execution
	 * @return its facts
	 */
	public static RunFacts of(JobExecution execution) {
		JobParameters parameters = execution.getJobParameters();
		var context = execution.getExecutionContext();
		return new RunFacts(execution.getJobInstanceId(), parameters.getString(FINGERPRINT), parameters.getString(BASE),
				parameters.getString(DOCUMENTS), parameters.getString(INPUTS),
				"true".equals(parameters.getString(CHECK_ONLY)),
				context.containsKey(YEAR) ? context.getInt(YEAR) : null,
				context.containsKey(LATEST_YEAR) ? context.getInt(LATEST_YEAR) : null);
	}

	/**
	 * The number of a run among the instances of the same fingerprint.
	 * @param execution an execution of the run
	 * @return the attempt, from 1; 0 when not known
	 */
	public static long attempt(JobExecution execution) {
		Long attempt = execution.getJobParameters().getLong(ATTEMPT);
		return (attempt != null) ? attempt : 0;
	}

	/**
	 * Keeps the year the checks decided with the execution, for the steps after them and
	 * for a restart.
	 * @param execution the execution
	 * @param year the year under review
	 * @param latestYear the year the inputs would be reviewed for when none is asked for,
	 * {@code null} when none
	 */
	public static void decideYear(JobExecution execution, int year, Integer latestYear) {
		execution.getExecutionContext().putInt(YEAR, year);
		if (latestYear != null) {
			execution.getExecutionContext().putInt(LATEST_YEAR, latestYear);
		}
	}

	/**
	 * The fingerprint of a run's outputs for a year: the same inputs, options and
	 * templates give the same one whether the year was asked for or found as the latest.
	 * @param base the fingerprint of everything but the year
	 * @param year the year, {@code null} for the latest in the inputs (a run asked that
	 * way, before its checks)
	 * @return lower-case hex SHA-256
	 */
	public static String forYear(String base, Integer year) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(
					(base + "\nyear=" + ((year != null) ? year : "latest") + "\n").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * The fingerprint of the documents of this run: that of its inputs and options with
	 * the year under review, whatever way the year was asked for; it goes into each
	 * document's identifier and into the manifest.
	 * @return lower-case hex SHA-256
	 * @throws IllegalStateException before the checks decided the year
	 */
	public String documentFingerprint() {
		String shaping = (this.documents != null) ? this.documents : this.base;
		return (shaping != null) ? forYear(shaping, decidedYear()) : this.fingerprint;
	}

	/**
	 * The fingerprint of this run's outputs, the copies included: that of the documents
	 * with the approved finals the copies are made from; the manifest records it, and the
	 * same inputs again are found current by it.
	 * @return lower-case hex SHA-256
	 * @throws IllegalStateException before the checks decided the year
	 */
	public String runFingerprint() {
		return (this.base != null) ? forYear(this.base, decidedYear()) : this.fingerprint;
	}

	/**
	 * The year under review.
	 * @return the year
	 * @throws IllegalStateException before the checks decided it
	 */
	public int decidedYear() {
		if (this.year == null) {
			throw new IllegalStateException("the year under review is decided by the checks, which have not run");
		}
		return this.year;
	}

}
