package vn.yearendreview.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.yearendreview.YearEndReviewApplication;

/** Runs the command in this JVM, as a planner would run it, and keeps what it printed. */
public final class ReviewCommand {

	private ReviewCommand() {
	}

	/**
	 * Runs the command with no environment variables, so that no setting of the machine
	 * running the tests (a password of the copies' protection) changes the result.
	 * @param args its arguments
	 * @return the exit code and the usage output
	 */
	public static Result run(String... args) {
		return runWith(Map.of(), args);
	}

	/**
	 * Runs the command with given environment variables.
	 * @param environment the variables
	 * @param args its arguments
	 * @return the exit code and the usage output
	 */
	public static Result runWith(Map<String, String> environment, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = YearEndReviewApplication.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), environment);
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * Runs the command on a folder with the given output folder and extra arguments.
	 * @param input the input folder
	 * @param output the output folder
	 * @param extra more arguments
	 * @return the result
	 */
	public static Result run(Path input, Path output, String... extra) {
		List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output));
		args.addAll(List.of(extra));
		return run(args.toArray(String[]::new));
	}

	/**
	 * Copies a fixture folder from {@code src/test/resources/fixtures/} so that a test
	 * can change it.
	 * @param fixture the fixture's name, e.g. {@code good/input}
	 * @param target where to copy it
	 * @return the copy
	 */
	public static Path copyFixture(String fixture, Path target) {
		return copyFolder(fixture(fixture), target);
	}

	/**
	 * Copies a folder, e.g. the sample set in {@code input/}, so that a test can change
	 * it.
	 * @param source the folder
	 * @param target where to copy it
	 * @return the copy
	 */
	public static Path copyFolder(Path source, Path target) {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : files.toList()) {
				Path copy = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

	/**
	 * A fixture folder.
	 * @param name its name under {@code src/test/resources/fixtures/}
	 * @return its path
	 */
	public static Path fixture(String name) {
		return Path.of("src/test/resources/fixtures").resolve(name).toAbsolutePath();
	}

	/**
	 * What a run returned.
	 *
	 * @param exitCode the exit code
	 * @param out what it printed on standard output (usage)
	 * @param err what it printed on standard error (usage errors)
	 */
	public record Result(int exitCode, String out, String err) {

	}

}
