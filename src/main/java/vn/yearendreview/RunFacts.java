package vn.yearendreview;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What a step knows of the run it belongs to: the job parameters the run was started with
 * and the year the checks decided. The one place that names the keys under which they are
 * kept in the job repository.
 *
 * @param instance the job instance
 * @param fingerprint the fingerprint of everything that shapes the outputs
 * @param inputs the content hash of the input folder when the run started
 * @param checkOnly whether the run only checks the inputs
 * @param year the year under review, {@code null} before the checks decide it
 */
public record RunFacts(long instance, String fingerprint, String inputs, boolean checkOnly, Integer year) {

	private static final String FINGERPRINT = "fingerprint";

	private static final String ATTEMPT = "attempt";

	private static final String INPUTS = "inputs";

	private static final String CHECK_ONLY = "validateOnly";

	private static final String YEAR = "year";

	/**
	 * The parameters of a run. The fingerprint and the attempt identify its job instance;
	 * the others only describe it.
	 * @param fingerprint the fingerprint of everything that shapes the outputs
	 * @param attempt the number of the instance with this fingerprint, from 1
	 * @param inputs the content hash of the input folder
	 * @param checkOnly whether the run only checks the inputs
	 * @return the job parameters
	 */
	public static JobParameters parameters(String fingerprint, long attempt, String inputs, boolean checkOnly) {
		return new JobParametersBuilder().addString(FINGERPRINT, fingerprint)
			.addLong(ATTEMPT, attempt)
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
		return new RunFacts(execution.getJobInstanceId(), parameters.getString(FINGERPRINT),
				parameters.getString(INPUTS), "true".equals(parameters.getString(CHECK_ONLY)),
				context.containsKey(YEAR) ? context.getInt(YEAR) : null);
	}

	/**
	 * Keeps the year the checks decided with the execution, for the steps after them and
	 * for a restart.
	 * @param execution the execution
	 * @param year the year under review
	 */
	public static void decideYear(JobExecution execution, int year) {
		execution.getExecutionContext().putInt(YEAR, year);
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
