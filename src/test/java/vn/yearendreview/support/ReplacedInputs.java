package vn.yearendreview.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.submission.InputFolder;
import vn.yearendreview.submission.RunInputs;

/**
 * Files of the input folder replaced while a run goes on, as a late copy or an upload
 * replaces them: every figure of the departments' files becomes 0 and every plan of the
 * catalog 1. Added to a run with {@code --spring.main.sources=} one of the nested classes
 * (and bean overriding allowed), the files are replaced just after the run copied them,
 * or just before.
 */
public final class ReplacedInputs {

	private ReplacedInputs() {
	}

	/**
	 * Replaces the files of a folder laid out as the {@code good} fixture's: the actual
	 * and previous figures of the departments' files 0, the catalog's plans 1.
	 * @param input the input folder
	 */
	public static void replace(Path input) {
		try (Stream<Path> files = Files.list(input)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".csv")).toList()) {
				Files.writeString(file, withCells(Files.readString(file, StandardCharsets.UTF_8), List.of(6, 7), "0"),
						StandardCharsets.UTF_8);
			}
			Path catalog = input.resolve("catalog/indicators.csv");
			Files.writeString(catalog, withCells(Files.readString(catalog, StandardCharsets.UTF_8), List.of(4), "1"),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A simple CSV file (no delimiter inside quotes before the columns changed) with some
	 * columns of every row after the header set to a value where they are not empty.
	 * @param csv the file's text
	 * @param columns the columns, counted from 0
	 * @param value the value
	 * @return the changed text
	 */
	public static String withCells(String csv, List<Integer> columns, String value) {
		List<String> lines = csv.lines().toList();
		String delimiter = lines.get(0).contains(";") ? ";" : ",";
		StringBuilder changed = new StringBuilder(lines.get(0)).append('\n');
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(delimiter, -1);
			for (int column : columns) {
				if (!cells[column].isEmpty()) {
					cells[column] = value;
				}
			}
			changed.append(String.join(delimiter, cells)).append('\n');
		}
		return changed.toString();
	}

	/** The files are replaced just after the run copied them. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class AfterCopy {

		/** The arguments that add this to a run. */
		public static final String[] ARGUMENTS = { "--spring.main.sources=" + AfterCopy.class.getName(),
				"--spring.main.allow-bean-definition-overriding=true" };

		@Bean
		RunInputs runInputs(ReviewProperties properties) {
			return new RunInputs(properties.input(), properties.layout().inputsCopy()) {

				@Override
				public synchronized InputFolder take(InputFolder listed) throws IOException {
					InputFolder copy = super.take(listed);
					replace(properties.input());
					return copy;
				}

			};
		}

	}

	/**
	 * The files are replaced after the run listed them with their SHA-256, before it
	 * copied them.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class BeforeCopy {

		/** The arguments that add this to a run. */
		public static final String[] ARGUMENTS = { "--spring.main.sources=" + BeforeCopy.class.getName(),
				"--spring.main.allow-bean-definition-overriding=true" };

		@Bean
		RunInputs runInputs(ReviewProperties properties) {
			return new RunInputs(properties.input(), properties.layout().inputsCopy()) {

				@Override
				public synchronized InputFolder take(InputFolder listed) throws IOException {
					replace(properties.input());
					return super.take(listed);
				}

			};
		}

	}

}
