package vn.yearendreview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import vn.yearendreview.distribution.Verification;
import vn.yearendreview.job.ReviewRunner;
import vn.yearendreview.model.Messages;
import vn.yearendreview.publish.Manifest;
import vn.yearendreview.publish.OutputLock;
import vn.yearendreview.settings.ExitCode;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ProcessEnvironment;
import vn.yearendreview.submission.SampleSet;

/**
 * The command: reads the submissions in the input folder and publishes the year-end
 * review in the output folder. Run with {@code --help} for the options.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YearEndReviewApplication {

	/** The system property with the folder the planner started the launcher in. */
	static final String WORKDIR = "yearend.workdir";

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs the command and returns its exit code instead of exiting.
	 * @param args the command-line arguments
	 * @param out where the usage goes
	 * @param err where usage errors go
	 * @return the exit code, see {@link ExitCode}
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, System.getenv());
	}

	/**
	 * Runs the command with given environment variables and returns its exit code.
	 * @param args the command-line arguments
	 * @param out where the usage goes
	 * @param err where usage errors go
	 * @param environment the environment variables the run reads (passwords of the
	 * copies' protection)
	 * @return the exit code, see {@link ExitCode}
	 */
	public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (UsageException ex) {
			err.println(ex.getMessage());
			err.println();
			err.println(Messages.of(languageFor(args)).get("usage.text"));
			return ExitCode.USAGE.code();
		}
		Messages messages = Messages.of(commandLine.language());
		if (commandLine.help()) {
			out.println(messages.get("usage.text"));
			return ExitCode.OK.code();
		}
		Map<String, String> properties = new LinkedHashMap<>(commandLine.properties());
		Path input = given(properties.get("yearend.input"), commandLine.sample() ? SampleSet.FOLDER : "input");
		Path output = given(properties.get("yearend.output"),
				commandLine.sample() ? "output/" + SampleSet.FOLDER : "output");
		if (commandLine.verify() != null) {
			return verify(given(commandLine.verify(), null), output, messages, out, err);
		}
		if (!Files.isDirectory(input)) {
			err.println(messages.get("usage.noInput", input));
			err.println();
			err.println(messages.get("usage.text"));
			return ExitCode.USAGE.code();
		}
		if (commandLine.templates()) {
			int year = Integer.parseInt(properties.get("yearend.year"));
			return underLock(output, messages, err,
					() -> TemplatesCommand.run(input, output, year, messages, out, err));
		}
		if (commandLine.sample()) {
			out.println(messages.get("run.sample", input, output));
		}
		properties.put("yearend.input", input.toString());
		properties.put("yearend.output", output.toString());
		return underLock(output, messages, err, () -> launch(properties, new ProcessEnvironment(environment)));
	}

	/**
	 * Runs a command that writes to the output folder while holding the folder's lock, so
	 * that no two commands write there at once.
	 * @param output the output folder
	 * @param messages the words of the console
	 * @param err where a lock that cannot be had is told
	 * @param command the command, giving its exit code
	 * @return the command's exit code, or that of a folder in use or not writable
	 */
	private static int underLock(Path output, Messages messages, PrintStream err, IntSupplier command) {
		try (OutputLock lock = OutputLock.acquire(new OutputLayout(output).stateFolder())) {
			return command.getAsInt();
		}
		catch (OutputLock.Busy ex) {
			err.println(messages.get("run.busy", output, ex.holder()));
			return ExitCode.FAILED.code();
		}
		catch (IOException ex) {
			err.println(messages.get("usage.unwritableOutput", output, ex.getMessage()));
			return ExitCode.USAGE.code();
		}
	}

	/**
	 * Says whether a file is an unaltered output of a published run in the output folder,
	 * without starting a run.
	 */
	private static int verify(Path file, Path output, Messages messages, PrintStream out, PrintStream err) {
		if (!Files.isRegularFile(file)) {
			err.println(messages.get("verify.missingFile", file));
			return ExitCode.USAGE.code();
		}
		Verification.Result result;
		try {
			result = Verification.verify(file, output);
		}
		catch (IOException ex) {
			err.println(messages.get("verify.unreadable", file, ex.getMessage()));
			return ExitCode.FAILED.code();
		}
		if (!result.found()) {
			out.println(messages.get("verify.notFound", file, output, result.sha256()));
			return ExitCode.FAILED.code();
		}
		Manifest manifest = result.manifest();
		String document = (result.copy() != null)
				? messages.get("verify.copy", result.copy(), result.recipient(), result.document()) : result.document();
		out.println(messages.get("verify.found", file, document, result.set(), publishedAt(manifest, messages),
				manifest.fingerprint().substring(0, 12)));
		if (result.copy() != null) {
			Manifest.Input approved = manifest
				.finalOf(result.document().substring(result.document().lastIndexOf('/') + 1));
			if (approved != null) {
				out.println(messages.get("verify.approved", approved.file(), approved.sha256()));
			}
		}
		if (result.archived()) {
			out.println(messages.get("verify.archived"));
		}
		return ExitCode.OK.code();
	}

	/** When a set was published, as the planner reads a time. */
	private static String publishedAt(Manifest manifest, Messages messages) {
		try {
			return LocalDateTime.parse(manifest.endTime())
				.format(DateTimeFormatter.ofPattern(messages.get("verify.time"), messages.locale()));
		}
		catch (DateTimeParseException ex) {
			return manifest.endTime();
		}
	}

	private static int launch(Map<String, String> properties, ProcessEnvironment environment) {
		String[] springArgs = properties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YearEndReviewApplication.class)
			.web(WebApplicationType.NONE)
			.initializers((starting) -> starting.getBeanFactory().registerSingleton("processEnvironment", environment))
			.run(springArgs)) {
			return context.getBean(ReviewRunner.class).run().code();
		}
	}

	/**
	 * A folder or file named on the command line. A path given relative is taken from the
	 * folder the planner started in, which the launchers pass as {@value #WORKDIR} since
	 * they run the program from their own folder; the default folders are the program's.
	 * @param given the path given, {@code null} when none was
	 * @param fallback the default, relative to the program's folder
	 * @return the absolute path
	 */
	private static Path given(String given, String fallback) {
		if (given == null) {
			return Path.of(fallback).toAbsolutePath().normalize();
		}
		return Path.of(System.getProperty(WORKDIR, "")).toAbsolutePath().resolve(given).normalize();
	}

	private static String languageFor(String[] args) {
		for (String arg : args) {
			if (arg.equals("--lang=en")) {
				return "en";
			}
		}
		return "vi";
	}

}
