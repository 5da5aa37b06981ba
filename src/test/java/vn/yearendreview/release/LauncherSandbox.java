package vn.yearendreview.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder laid out as an unpacked release, or as a clone of the repository, around a
 * copy of the POSIX launcher, with a stand-in for Java that notes how the launcher
 * started it: the launcher's decisions run in milliseconds, with only the system commands
 * it is allowed to use on the PATH.
 */
final class LauncherSandbox {

	/** The launchers, at the root of the repository. */
	static final Path POSIX_LAUNCHER = Path.of("lap-bao-cao");

	static final Path WINDOWS_LAUNCHER = Path.of("lap-bao-cao.bat");

	/** The commands the POSIX launcher may take from the system, and nothing else. */
	static final List<String> TOOLS = List.of("sh", "dirname", "sed", "head", "find", "du", "cut", "cat", "rm", "mkdir",
			"printf", "date", "locale", "chmod", "mv");

	/**
	 * Stands in for Java: answers {@code -version}, unpacks a jar as
	 * {@code -Djarmode=tools} does (the unpacked jar keeps the jar's time), notes the
	 * arguments and the locale of a run, makes the class data archive it is asked to make
	 * (as Java does when it exits, even after a failed start) and ends with the exit code
	 * the test chose.
	 */
	private static final String JAVA = """
			#!/bin/sh
			notes="$YEAREND_TEST_NOTES"
			if [ "$1" = -version ]; then
				echo 'openjdk version "17.0.15" 2025-04-15' >&2
				exit 0
			fi
			if [ "$1" = -Djarmode=tools ]; then
				%1$s -p "$6"
				%2$s -r "$3" "$6/yearend-review.jar"
				echo extract >>"$notes/calls"
				exit 0
			fi
			echo run >>"$notes/calls"
			: >"$notes/args"
			for arg in "$@"; do
				printf '%%s\\n' "$arg" >>"$notes/args"
				case $arg in
					-XX:ArchiveClassesAtExit=*) : >"${arg#-XX:ArchiveClassesAtExit=}" ;;
				esac
			done
			printf '%%s\\n' "${LC_ALL-}" >"$notes/locale"
			code=0
			if [ -f "$notes/exit" ]; then
				read -r code <"$notes/exit"
			fi
			exit "$code"
			""";

	/** Stands in for Maven: notes that it was asked to build and builds a new jar. */
	private static final String MAVEN = """
			#!/bin/sh
			echo build >>"$YEAREND_TEST_NOTES/calls"
			: >target/yearend-review.jar
			""";

	private final Path root;

	private final Path notes;

	private final Path bin;

	private final Map<String, String> environment = new HashMap<>();

	private LauncherSandbox(Path root, Path notes, Path bin) {
		this.root = root;
		this.notes = notes;
		this.bin = bin;
	}

	/**
	 * An unpacked release: the launcher, {@code app/}, {@code runtime/} whose Java is the
	 * stand-in, {@code input/} with only the catalog, the sample set.
	 * @param work the test's folder
	 * @param name the release folder's name
	 * @return the sandbox
	 */
	static LauncherSandbox release(Path work, String name) {
		LauncherSandbox sandbox = create(work, name);
		sandbox.write("app/yearend-review.jar", "");
		sandbox.write("runtime/bin/java", java());
		sandbox.executable("runtime/bin/java", true);
		sandbox.write("runtime/bin/keytool", "#!/bin/sh\n");
		sandbox.executable("runtime/bin/keytool", true);
		sandbox.write("runtime/lib/jspawnhelper", "");
		sandbox.executable("runtime/lib/jspawnhelper", true);
		return sandbox;
	}

	/**
	 * A clone of the repository: the launcher, {@code pom.xml}, {@code src/main},
	 * {@code reports}, a Java found through {@code JAVA_HOME} and Maven on the PATH (both
	 * stand-ins), and the program built an hour after the sources were last changed.
	 * @param work the test's folder
	 * @return the sandbox
	 */
	static LauncherSandbox repository(Path work) {
		LauncherSandbox sandbox = create(work, "yearend-review");
		Instant edited = Instant.now().minusSeconds(7200);
		sandbox.write("pom.xml", "");
		sandbox.write("src/main/java/vn/yearendreview/YearEndReviewApplication.java", "");
		sandbox.write("reports/bao-cao-tong-hop.jrxml", "");
		for (String sources : List.of("pom.xml", "src", "reports")) {
			try (Stream<Path> files = Files.walk(sandbox.resolve(sources))) {
				files.forEach((file) -> touch(file, edited));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		sandbox.write("target/yearend-review.jar", "");
		sandbox.touch("target/yearend-review.jar", edited.plusSeconds(3600));
		Path home = work.resolve("jdk");
		write(home.resolve("bin/java"), java());
		setExecutable(home.resolve("bin/java"), true);
		sandbox.environment.put("JAVA_HOME", home.toString());
		sandbox.tool("mvn", MAVEN);
		return sandbox;
	}

	private static LauncherSandbox create(Path work, String name) {
		Path root = work.resolve(name);
		LauncherSandbox sandbox = new LauncherSandbox(root, work.resolve("notes"), work.resolve("bin"));
		try {
			Files.createDirectories(sandbox.notes);
			Files.createDirectories(sandbox.bin);
			for (String tool : TOOLS) {
				Files.createSymbolicLink(sandbox.bin.resolve(tool), which(tool));
			}
			Files.createDirectories(root);
			Files.copy(POSIX_LAUNCHER, root.resolve("lap-bao-cao"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		sandbox.executable("lap-bao-cao", true);
		sandbox.write("input/catalog/indicators.csv", "indicator,group,name,unit,plan,plan_next,department\n");
		sandbox.write("du-lieu-mau/SKHDT.csv", "department,year,indicator,actual\nSKHDT,2023,KT01,9.4\n");
		sandbox.environment.put("HOME", root.toString());
		sandbox.environment.put("YEAREND_TEST_NOTES", sandbox.notes.toString());
		return sandbox;
	}

	private static String java() {
		return JAVA.formatted(which("mkdir"), which("touch"));
	}

	Path root() {
		return this.root;
	}

	Path resolve(String path) {
		return this.root.resolve(path);
	}

	/**
	 * Sets a variable of the environment the launcher starts in (nothing else is set but
	 * {@code PATH}, {@code HOME} and what the stand-ins need).
	 * @param name the variable
	 * @param value its value
	 * @return this sandbox
	 */
	LauncherSandbox environment(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	/**
	 * Replaces a command of the PATH with a script.
	 * @param name the command
	 * @param script its text
	 * @return this sandbox
	 */
	LauncherSandbox tool(String name, String script) {
		Path tool = this.bin.resolve(name);
		try {
			Files.deleteIfExists(tool);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		write(tool, script);
		setExecutable(tool, true);
		return this;
	}

	/**
	 * Puts a command of the system back on the PATH.
	 * @param name the command
	 * @return this sandbox
	 */
	LauncherSandbox withTool(String name) {
		try {
			Files.deleteIfExists(this.bin.resolve(name));
			Files.createSymbolicLink(this.bin.resolve(name), which(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/**
	 * Takes a command off the PATH.
	 * @param name the command
	 * @return this sandbox
	 */
	LauncherSandbox withoutTool(String name) {
		try {
			Files.deleteIfExists(this.bin.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/**
	 * Sets the exit code the stand-in for Java ends the next runs with.
	 * @param code the code
	 * @return this sandbox
	 */
	LauncherSandbox programExits(int code) {
		write(this.notes.resolve("exit"), code + "\n");
		return this;
	}

	void write(String path, String content) {
		write(this.root.resolve(path), content);
	}

	void executable(String path, boolean executable) {
		setExecutable(this.root.resolve(path), executable);
	}

	void touch(String path, Instant time) {
		touch(this.root.resolve(path), time);
	}

	private static void touch(Path file, Instant time) {
		try {
			Files.setLastModifiedTime(file, FileTime.from(time));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs the launcher by its path from the release folder, as {@code ./lap-bao-cao}.
	 * @param args its arguments
	 * @return what happened
	 */
	Run run(String... args) {
		return runFrom(this.root, args);
	}

	/**
	 * Runs the launcher by its path from another folder.
	 * @param from the folder the command is started in
	 * @param args its arguments
	 * @return what happened
	 */
	Run runFrom(Path from, String... args) {
		List<String> command = new ArrayList<>(List.of(this.root.resolve("lap-bao-cao").toString()));
		command.addAll(List.of(args));
		return start(command, from);
	}

	/**
	 * Runs the launcher as {@code sh lap-bao-cao}, as a planner does when the file lost
	 * its execute bit.
	 * @param args its arguments
	 * @return what happened
	 */
	Run runWithSh(String... args) {
		List<String> command = new ArrayList<>(List.of(this.bin.resolve("sh").toString(), "lap-bao-cao"));
		command.addAll(List.of(args));
		return start(command, this.root);
	}

	private Run start(List<String> command, Path from) {
		try {
			Files.deleteIfExists(this.notes.resolve("calls"));
			Files.deleteIfExists(this.notes.resolve("args"));
			Files.deleteIfExists(this.notes.resolve("locale"));
			ProcessBuilder builder = new ProcessBuilder(command).directory(from.toFile()).redirectErrorStream(true);
			builder.environment().clear();
			builder.environment().putAll(this.environment);
			builder.environment().put("PATH", this.bin.toString());
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
			return new Run(process.exitValue(), output, lines("calls"), lines("args"),
					lines("locale").stream().findFirst().orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private List<String> lines(String note) throws IOException {
		Path file = this.notes.resolve(note);
		return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
	}

	/**
	 * The files of the program folder whose name starts with the class data archive's.
	 */
	List<String> archives(String app) {
		try (Stream<Path> files = Files.list(this.root.resolve(app))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.startsWith("yearend-review.jsa"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a launch did.
	 *
	 * @param exitCode the launcher's exit code
	 * @param output what it printed
	 * @param calls what the stand-ins were asked to do, in order: {@code build} (Maven),
	 * {@code extract}, {@code run} (Java)
	 * @param javaArgs the arguments Java was run with
	 * @param locale {@code LC_ALL} as Java got it, empty when unset, {@code null} when
	 * Java did not run
	 */
	record Run(int exitCode, String output, List<String> calls, List<String> javaArgs, String locale) {

		boolean javaRan() {
			return this.calls.contains("run");
		}

		/**
		 * The value of a {@code -Dname=value} or {@code -XX:Name=value} Java was given.
		 */
		String option(String prefix) {
			return this.javaArgs.stream()
				.filter((arg) -> arg.startsWith(prefix))
				.map((arg) -> arg.substring(prefix.length()))
				.findFirst()
				.orElse(null);
		}

	}

	static Path which(String tool) {
		for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
			Path candidate = Path.of(dir, tool);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException(tool + " not found");
	}

	/**
	 * Writes an executable script.
	 * @param file where
	 * @param content its text
	 */
	static void script(Path file, String content) {
		write(file, content);
		setExecutable(file, true);
	}

	/**
	 * Deletes a folder and everything in it.
	 * @param folder the folder
	 */
	static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void setExecutable(Path file, boolean executable) {
		try {
			Files.setPosixFilePermissions(file,
					PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
