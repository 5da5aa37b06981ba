package vn.yearendreview.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.submission.InputFolder;

/**
 * What step tests share: a work folder of their own under {@code target/}, the properties
 * that point the application at it, and a run of the job's steps up to the one under test
 * (the steps before it lay down what it reads).
 */
public final class StepRuns {

	private StepRuns() {
	}

	/**
	 * An empty work folder, with an {@code input} folder, under
	 * {@code target/step-tests/}.
	 * @param name the folder's name
	 * @return the folder
	 */
	public static Path workFolder(String name) {
		Path folder = Path.of("target", "step-tests", name).toAbsolutePath();
		try {
			FileSystemUtils.deleteRecursively(folder);
			Files.createDirectories(folder.resolve("input"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return folder;
	}

	/**
	 * Points the application at a work folder's {@code input} and {@code output}.
	 * @param registry the test's properties
	 * @param work the work folder
	 */
	public static void properties(DynamicPropertyRegistry registry, Path work) {
		registry.add("yearend.input", () -> work.resolve("input").toString());
		registry.add("yearend.output", () -> work.resolve("output").toString());
		registry.add("yearend.chunk-size", () -> "3");
	}

	/**
	 * Replaces the submissions of an input folder (its top-level files) with a fixture's,
	 * leaving its catalog.
	 * @param input the input folder
	 * @param fixture the fixture folder; its {@code expected.csv} is not copied
	 */
	public static void useSubmissions(Path input, Path fixture) {
		try (Stream<Path> old = Files.list(input); Stream<Path> files = Files.list(fixture)) {
			for (Path file : old.filter(Files::isRegularFile).toList()) {
				Files.delete(file);
			}
			for (Path file : files.filter(Files::isRegularFile)
				.filter((f) -> !f.getFileName().toString().equals("expected.csv"))
				.toList()) {
				Files.copy(file, input.resolve(file.getFileName().toString()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts, as a new run of the inputs as they now are, the steps one after the other
	 * as one step.
	 * @param jobs the step launcher
	 * @param jobRepository the job repository
	 * @param input the input folder
	 * @param checkOnly whether the run only checks the inputs
	 * @param steps the steps, the one under test last
	 * @return the run
	 * @throws Exception when the run cannot be started
	 */
	public static Run start(JobOperatorTestUtils jobs, JobRepository jobRepository, Path input, boolean checkOnly,
			Step... steps) throws Exception {
		FlowBuilder<SimpleFlow> flow = new FlowBuilder<SimpleFlow>("stages").start(steps[0]);
		for (int i = 1; i < steps.length; i++) {
			flow.next(steps[i]);
		}
		Step upTo = new StepBuilder("upTo-" + steps[steps.length - 1].getName(), jobRepository).flow(flow.build())
			.build();
		String base = UUID.randomUUID().toString();
		JobParameters parameters = RunFacts.parameters(base, base, null, 1, InputFolder.scan(input).contentHash(),
				checkOnly);
		return new Run(jobs.startStep(upTo, parameters, new ExecutionContext()));
	}

	/**
	 * A run of steps.
	 *
	 * @param execution its job execution
	 */
	public record Run(JobExecution execution) {

		public long instance() {
			return this.execution.getJobInstanceId();
		}

		public RunFacts facts() {
			return RunFacts.of(this.execution);
		}

		/**
		 * The execution of one of the steps.
		 * @param name the step's name
		 * @return its execution
		 */
		public StepExecution step(String name) {
			List<StepExecution> found = this.execution.getStepExecutions()
				.stream()
				.filter((step) -> step.getStepName().equals(name))
				.toList();
			if (found.size() != 1) {
				throw new AssertionError(
						"no single execution of " + name + " in " + this.execution.getStepExecutions());
			}
			return found.get(0);
		}

	}

}
