package vn.yearendreview.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.PublishedFiles;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.ReviewProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A republication killed (SIGKILL) just after each line a run prints, from the reading of
 * the input folder to the publication: the office finds the previous set, whole (or,
 * killed after the publication, the new one), and the next run gives the set an
 * uninterrupted run gives, byte for byte apart from the times the manifest and the
 * register of the copies record.
 *
 * <p>
 * Not part of the test command: about four minutes. Run it with
 * {@code mvn -Pkill-points verify}; RELIABILITY.md records the last run.
 */
class KillPointsTests {

	private static final Duration RUN = Duration.ofMinutes(3);

	/** A figure of the sample, and the figure a department's corrected file gives. */
	private static final String FIGURE = ";22.710;20.315;";

	private static final String CORRECTED = ";22.750;20.315;";

	@TempDir
	static Path work;

	/** An uninterrupted republication with the corrected file. */
	private static Map<String, byte[]> uninterrupted;

	@BeforeAll
	static void publishTheCorrectedSetWithoutAKill() throws IOException {
		Path input = work.resolve("clean/input");
		Path output = work.resolve("clean/output");
		ReviewCommand.copySample(input);
		assertThat(ReviewCommand.run(input, output).exitCode()).isZero();
		correct(input);
		assertThat(ReviewCommand.run(input, output).exitCode()).isZero();
		uninterrupted = contents(output.resolve("2023"));
	}

	@ParameterizedTest(name = "killed after \"{0}\"")
	@ValueSource(strings = { "Đọc thư mục", "Đăng ký \\d+ tệp", "SKHDT.csv: \\d+ dòng", "Năm báo cáo",
			"catalog/history.csv", "Đã đánh giá", "Đã ghi tệp kết quả", "Đã ghi tiến độ nhiệm kỳ",
			"Đã lập báo cáo của \\d+ đơn vị", "Đã lập báo cáo tổng hợp", "Đã lập dự thảo nghị quyết",
			"Đã lập chương trình công tác", "Đã phát hành", "Đã lập báo cáo kiểm tra dữ liệu", "Đã công bố" })
	void theOfficeFindsAWholeSetAndTheNextRunCompletesIt(String line) throws Exception {
		Path dir = work.resolve(String.valueOf(Math.abs(line.hashCode())));
		Path input = dir.resolve("input");
		Path output = dir.resolve("output");
		ReviewCommand.copySample(input);
		assertThat(ReviewCommand.run(input, output).exitCode()).isZero();
		Map<String, String> previous = PublishedFiles.hashes(output.resolve("2023"));
		correct(input);

		boolean killed;
		try (ReviewProcess run = ReviewProcess.start(dir.resolve("killed.log"), "--input=" + input,
				"--output=" + output)) {
			assertThat(run.awaitLine(Pattern.compile(line), RUN)).as(run.output()).isTrue();
			run.kill();
			killed = !run.output().contains("Thời gian:");
		}
		// The record of RELIABILITY.md: whether the kill came before the run's end.
		System.out.println("killed after \"" + line + "\": " + (killed ? "stopped" : "had already ended"));
		Map<String, String> found = PublishedFiles.hashes(output.resolve("2023"));
		if (line.equals("Đã công bố")) {
			assertThat(contents(output.resolve("2023"))).containsOnlyKeys(uninterrupted.keySet());
		}
		else {
			assertThat(found).as("killed: %s", killed).isEqualTo(previous);
		}

		ReviewCommand.Result next = ReviewCommand.run(input, output);
		assertThat(next.exitCode()).as(next.out()).isZero();
		Map<String, byte[]> republished = contents(output.resolve("2023"));
		assertThat(republished).containsOnlyKeys(uninterrupted.keySet());
		republished.forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(uninterrupted.get(file)));
		assertThat(registerWithoutTimes(output.resolve("2023")))
			.isEqualTo(registerWithoutTimes(work.resolve("clean/output/2023")));
	}

	private static void correct(Path input) throws IOException {
		Path file = input.resolve("SKHDT.csv");
		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(text).contains(FIGURE);
		Files.writeString(file, text.replace(FIGURE, CORRECTED), StandardCharsets.UTF_8);
	}

	/**
	 * The register of the copies without the time they were made, which its CSV and PDF
	 * record as the manifest does.
	 */
	private static List<String> registerWithoutTimes(Path folder) throws IOException {
		List<String> register = new ArrayList<>();
		for (String line : Files.readAllLines(folder.resolve("so-phat-hanh-2023.csv"), StandardCharsets.UTF_8)) {
			register.add(line.substring(0, line.lastIndexOf(',')));
		}
		register.add(Pdfs.text(folder.resolve("so-phat-hanh-2023.pdf")).replaceAll("\\d\\d:\\d\\d", "hh:mm"));
		return register;
	}

	/**
	 * The published files but the manifest and the register of the copies, which record
	 * when the set was made.
	 */
	private static Map<String, byte[]> contents(Path folder) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = folder.relativize(file).toString().replace('\\', '/');
				if (!name.startsWith("archive/") && !name.equals("manifest.json")
						&& !name.startsWith("so-phat-hanh-")) {
					contents.put(name, Files.readAllBytes(file));
				}
			}
		}
		return contents;
	}

}
