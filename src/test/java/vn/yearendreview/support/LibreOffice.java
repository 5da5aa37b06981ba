package vn.yearendreview.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Converts files with LibreOffice started headless, as an office without Word would open
 * the drafts and save them as PDF. A test that needs it fails, saying how to install it,
 * when it is not installed: {@code .ci/run} installs it.
 */
public final class LibreOffice {

	private static final long TIMEOUT_SECONDS = 300;

	private LibreOffice() {
	}

	/**
	 * Converts a file to PDF.
	 * @param file the file, e.g. a {@code .docx}
	 * @param folder the folder the PDF is written to, under the file's name
	 * @return the PDF
	 */
	public static Path toPdf(Path file, Path folder) {
		String name = file.getFileName().toString();
		Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
		try {
			Files.createDirectories(folder);
			Path profile = Files.createTempDirectory("libreoffice-profile");
			Path log = Files.createTempFile("libreoffice", ".log");
			Process process = new ProcessBuilder(command(), "-env:UserInstallation=" + profile.toUri(), "--headless",
					"--norestore", "--convert-to", "pdf", "--outdir", folder.toString(), file.toString())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail("LibreOffice did not convert " + file + " within " + TIMEOUT_SECONDS + " s");
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
				fail("LibreOffice could not convert " + file + " (exit " + process.exitValue() + "): " + output);
			}
			return pdf;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot run LibreOffice on " + file, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while LibreOffice converted " + file, ex);
		}
	}

	/**
	 * The LibreOffice command found on the {@code PATH}.
	 * @return its path
	 */
	private static String command() {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			for (String name : List.of("soffice", "libreoffice")) {
				Path command = Path.of(directory, name);
				if (Files.isExecutable(command)) {
					return command.toString();
				}
			}
		}
		fail("LibreOffice is not installed (no soffice on the PATH): these tests open the Word drafts with it."
				+ " Install it with: apt-get install -y libreoffice-writer-nogui (.ci/run does when it is missing)");
		return null;
	}

}
