package vn.yearendreview.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import vn.yearendreview.YearEndReviewApplication;

/**
 * The command run as a separate process, as on a planner's PC, so that a test can kill
 * it.
 */
public final class ReviewProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private ReviewProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts the command in a new JVM with this JVM's class path.
	 * @param log where its output goes
	 * @param args its arguments
	 * @return the running process
	 */
	public static ReviewProcess start(Path log, String... args) {
		return startWithHeap(log, "512m", args);
	}

	/**
	 * Starts the command in a new JVM with this JVM's class path and the given most heap,
	 * so that a test can show that a run fits in it. The JVM gets the options the
	 * launcher gives a folder under 50 MB, as every folder of the tests is: the serial
	 * collector and the quick compiler alone (the six shapes of
	 * {@code InputShapesEndToEndTests} took 226 s of processor time with the optimising
	 * compiler, 136 s without).
	 * @param log where its output goes
	 * @param heap the most heap, as {@code -Xmx} takes it ({@code 64m})
	 * @param args its arguments
	 * @return the running process
	 */
	public static ReviewProcess startWithHeap(Path log, String heap, String... args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + heap);
		command.add("-XX:+UseSerialGC");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(classPath());
		command.add(YearEndReviewApplication.class.getName());
		command.addAll(List.of(args));
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().keySet().removeIf((name) -> name.startsWith("YEAREND_"));
			Process process = builder.start();
			return new ReviewProcess(process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * This JVM's class path without its empty entries: the test JVM's ends with a
	 * separator, which a new JVM would read as its working folder, the project's, and
	 * find there a second copy of the templates, which changes the run's fingerprint.
	 */
	private static String classPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isEmpty())
			.collect(Collectors.joining(File.pathSeparator));
	}

	/**
	 * Waits until the process prints a line matching a pattern.
	 * @param pattern the pattern
	 * @param timeout how long to wait at most
	 * @return whether it printed one before the timeout (and before ending)
	 */
	public boolean awaitLine(Pattern pattern, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (output().lines().anyMatch((line) -> pattern.matcher(line).find())) {
				return true;
			}
			if (!this.process.isAlive()) {
				return false;
			}
			sleep(50);
		}
		return false;
	}

	/**
	 * Kills the process at once (SIGKILL): no shutdown hook, no clean-up.
	 */
	public void kill() {
		this.process.destroyForcibly();
		waitFor(Duration.ofSeconds(30));
	}

	/**
	 * Waits for the process to end.
	 * @param timeout how long to wait at most
	 * @return its exit code
	 */
	public int waitFor(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly();
				throw new IllegalStateException("the run did not end in " + timeout + ":\n" + output());
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What the process printed so far.
	 * @return its output
	 */
	public String output() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
