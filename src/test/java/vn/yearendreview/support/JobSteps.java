package vn.yearendreview.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.test.JobOperatorTestUtils;

/**
 * The job's steps, by name and in the order a run takes them, and runs of some of them as
 * one step of a new run: what the step tests share. A bean of every {@link StepTest}'s
 * context.
 */
public final class JobSteps {

	/**
	 * The steps of a review run in the order they run
	 * ({@code YearEndReviewJobConfiguration}). The job writes the committee's documents
	 * and their copies beside the department evaluations; here they come first.
	 */
	public static final List<String> ORDER = List.of("registerInputsStep", "ingestSubmissionsStep",
			"checkSubmissionsStep", "checkPlausibilityStep", "evaluateIndicatorsStep", "scoreIndicatorsStep",
			"writeResultFilesStep", "renderReviewStep", "renderResolutionStep", "renderProgrammeStep",
			"distributeCopiesStep", "renderDepartmentReportsStep", "renderDataCheckStep", "publishOutputsStep");

	private final Map<String, Step> steps = new HashMap<>();

	private final JobOperatorTestUtils jobs;

	private final JobRepository jobRepository;

	/**
	 * The job's steps.
	 * @param job the job, every step of whose main flow {@link #ORDER} must name
	 * @param steps the context's steps, among them every step {@link #ORDER} names
	 * @param jobs the step launcher
	 * @param jobRepository the job repository
	 */
	JobSteps(Job job, List<Step> steps, JobOperatorTestUtils jobs, JobRepository jobRepository) {
		steps.forEach((step) -> this.steps.put(step.getName(), step));
		this.jobs = jobs;
		this.jobRepository = jobRepository;
		Collection<String> run = ((ListableStepLocator) job).getStepNames();
		if (!ORDER.containsAll(run) || !this.steps.keySet().containsAll(ORDER)) {
			throw new IllegalStateException("the steps in order " + ORDER + " are not those the job runs " + run
					+ " among the context's " + this.steps.keySet());
		}
	}

	/**
	 * A step of the job.
	 * @param name its name
	 * @return the step
	 */
	public Step step(String name) {
		return this.steps.get(known(name));
	}

	/**
	 * The job's steps from the first one to a given one.
	 * @param last the last step's name
	 * @return the steps in order, that one included
	 */
	public Sequence upTo(String last) {
		return of(ORDER.subList(0, ORDER.indexOf(known(last)) + 1).toArray(String[]::new));
	}

	/**
	 * Some of the job's steps, in the order given.
	 * @param names the steps' names
	 * @return the steps
	 */
	public Sequence of(String... names) {
		return new Sequence(List.of()).then(names);
	}

	private static String known(String name) {
		if (!ORDER.contains(name)) {
			throw new IllegalArgumentException("no step " + name + " in " + ORDER);
		}
		return name;
	}

	/**
	 * Steps run one after the other as one step of a new run, the one under test last.
	 */
	public final class Sequence {

		private final List<Step> steps;

		private Sequence(List<Step> steps) {
			this.steps = List.copyOf(steps);
		}

		/**
		 * These steps, then some of the job's.
		 * @param names the steps' names
		 * @return the longer sequence
		 */
		public Sequence then(String... names) {
			List<Step> longer = new ArrayList<>(this.steps);
			for (String name : names) {
				longer.add(step(name));
			}
			return new Sequence(longer);
		}

		/**
		 * These steps, then one of the test's own.
		 * @param step the step
		 * @return the longer sequence
		 */
		public Sequence then(Step step) {
			List<Step> longer = new ArrayList<>(this.steps);
			longer.add(step);
			return new Sequence(longer);
		}

		/**
		 * Starts the steps as a new run of the inputs as they now are.
		 * @param input the input folder
		 * @param checkOnly whether the run only checks the inputs
		 * @return the run
		 * @throws Exception when the run cannot be started
		 */
		public StepRuns.Run start(Path input, boolean checkOnly) throws Exception {
			return StepRuns.start(JobSteps.this.jobs, JobSteps.this.jobRepository, input, checkOnly,
					this.steps.toArray(Step[]::new));
		}

	}

}
