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
	 * Copies the sample set shipped in {@code du-lieu-mau/} as a province's own set made
	 * from it: every file keeps its meaning but not its bytes (a CSV ends its last line
	 * the other way, CRLF or LF, a settings file gains a comment), so that a run takes
	 * none of them for a sample file left among a province's files, and a test can change
	 * any of them.
	 * @param target where to copy it
	 * @return the copy
	 */
	public static Path copySample(Path target) {
		return copyAsProvince(Path.of("du-lieu-mau").toAbsolutePath(), target);
	}

	/**
	 * Copies a folder of sample files as {@link #copySample} does.
	 * @param source the folder, the sample set or a part of it
	 * @param target where to copy it
	 * @return the copy
	 */
	public static Path copyAsProvince(Path source, Path target) {
		copyFolder(source, target);
		try (Stream<Path> files = Files.walk(target)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				if (file.getFileName().toString().endsWith(".properties")) {
					Files.write(file, "\n# bản của tỉnh\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
							java.nio.file.StandardOpenOption.APPEND);
				}
				else if (bytes.length > 1 && bytes[bytes.length - 2] == '\r' && bytes[bytes.length - 1] == '\n') {
					bytes[bytes.length - 2] = '\n';
					Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
				}
				else if (bytes.length > 0 && bytes[bytes.length - 1] == '\n') {
					bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
					bytes[bytes.length - 2] = '\r';
					bytes[bytes.length - 1] = '\n';
					Files.write(file, bytes);
				}
				else {
					Files.write(file, new byte[] { '\n' }, java.nio.file.StandardOpenOption.APPEND);
				}
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return target;
	}

	/**
	 * Copies a folder, e.g. a fixture, so that a test can change it.
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
