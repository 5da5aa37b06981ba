package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.benchmark.InputGenerator;
import vn.yearendreview.model.Digests;
import vn.yearendreview.publish.Manifest;
import vn.yearendreview.support.PublishedFiles;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.ReviewProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Office PCs get switched off in the middle of a run: the command is run as a separate
 * process and killed (SIGKILL), then run again. A run to compare with is made in this
 * JVM. The inputs are as small as leaves the kill a few seconds of the stage it must fall
 * in, so that it cannot miss it: at most a few hundred milliseconds pass between the line
 * a test waits for and the kill.
 */
class CrashRecoveryTests {

	private static final Duration RUN = Duration.ofMinutes(6);

	@TempDir
	Path work;

	/**
	 * The checks only ({@code --validate-only}): ingest is the same in every run, and the
	 * data check holds every row's fate, byte for byte. The kill comes after the first of
	 * 200 files, which take about two seconds to read.
	 */
	@Test
	void killedDuringIngestResumesAndGivesTheResultsOfACleanRun() throws Exception {
		Path input = this.work.resolve("input");
		long rows = InputGenerator.generate(input, 200, 200, 2023, 2);
		assertThat(rows).isGreaterThanOrEqualTo(40_000);
		Path out = this.work.resolve("out");
		try (ReviewProcess killed = ReviewProcess.start(this.work.resolve("killed.log"), "--input=" + input,
				"--output=" + out, "--validate-only", "--yearend.progress-interval-millis=200")) {
			assertThat(killed.awaitLine(Pattern.compile("Đã đọc \\d+/200 tệp"), RUN)).as(killed.output()).isTrue();
			killed.kill();
			assertThat(killed.output()).doesNotContain("Đã đọc 200/200 tệp");
		}
		assertThat(out.resolve("2023")).doesNotExist();

		ReviewProcess restarted = ReviewProcess.start(this.work.resolve("restarted.log"), "--input=" + input,
				"--output=" + out, "--validate-only");
		assertThat(restarted.waitFor(RUN)).as(restarted.output()).isEqualTo(3);
		assertThat(restarted.output()).contains("bị ngắt giữa chừng; tiếp tục từ chỗ đã dừng");

		assertThat(ReviewCommand.run(input, this.work.resolve("clean"), "--validate-only").exitCode()).isEqualTo(3);

		assertThat(Files.readAllBytes(out.resolve("2023/kiem-tra/kiem-tra-du-lieu-2023.csv")))
			.isEqualTo(Files.readAllBytes(this.work.resolve("clean/2023/kiem-tra/kiem-tra-du-lieu-2023.csv")));
		assertThat(Files.readAllBytes(out.resolve("2023/kiem-tra/kiem-tra-du-lieu-2023.pdf")))
			.isEqualTo(Files.readAllBytes(this.work.resolve("clean/2023/kiem-tra/kiem-tra-du-lieu-2023.pdf")));
		// Every row counted once: the counts of the published check are those of the
		// files (the staged rows themselves are released once the run is published).
		Manifest.Totals totals = Manifest.read(out.resolve("2023/kiem-tra/manifest.json")).totals();
		assertThat(totals.rowsRead()).isEqualTo(rows);
		assertThat(totals.rowsAccepted() + totals.rowsRejected()).isEqualTo(rows);
	}

	/**
	 * The kill comes once the review is written, with the draft resolution, 30 department
	 * evaluations and the data check still to make (about three seconds).
	 */
	@Test
	void killedWhileRenderingLeavesThePreviousSetWholeAndTheNextRunCompletes() throws Exception {
		Path input = this.work.resolve("input");
		InputGenerator.generate(input, 30, 200, 2023, 2);
		Path out = this.work.resolve("out");
		assertThat(ReviewCommand.run(input, out).exitCode()).isEqualTo(3);
		Map<String, String> published = PublishedFiles.hashes(out.resolve("2023"));
		JsonNode manifest = new ObjectMapper().readTree(out.resolve("2023/manifest.json").toFile());
		assertThat(published).hasSize(manifest.get("outputs").size() + 1);

		Path changed = input.resolve("D0001.csv");
		Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8) + "\r\n", StandardCharsets.UTF_8);
		try (ReviewProcess killed = ReviewProcess.start(this.work.resolve("killed.log"), "--input=" + input,
				"--output=" + out)) {
			assertThat(killed.awaitLine(Pattern.compile("Đã lập báo cáo tổng hợp"), RUN)).as(killed.output()).isTrue();
			killed.kill();
			assertThat(killed.output()).doesNotContain("Đã công bố");
		}
		assertThat(PublishedFiles.hashes(out.resolve("2023"))).isEqualTo(published);
		for (JsonNode file : manifest.get("outputs")) {
			assertThat(Digests.sha256(out.resolve("2023").resolve(file.get("file").asText())))
				.isEqualTo(file.get("sha256").asText());
		}

		ReviewProcess next = ReviewProcess.start(this.work.resolve("next.log"), "--input=" + input, "--output=" + out);
		assertThat(next.waitFor(RUN)).as(next.output()).isEqualTo(3);
		assertThat(new ObjectMapper().readTree(out.resolve("2023/manifest.json").toFile()).get("fingerprint"))
			.isNotEqualTo(manifest.get("fingerprint"));
		try (Stream<Path> archived = Files.list(out.resolve("2023/archive"))) {
			assertThat(PublishedFiles.hashes(archived.findFirst().orElseThrow())).isEqualTo(published);
		}
	}

	/**
	 * The second run is refused as soon as it starts, before the application starts, so a
	 * small first run, which takes some seconds to write its documents, is still running.
	 */
	@Test
	void aSecondRunWhileOneIsRunningRefusesAndChangesNothing() throws Exception {
		Path input = this.work.resolve("input");
		InputGenerator.generate(input, 10, 100, 2023, 2);
		Path out = this.work.resolve("out");
		try (ReviewProcess first = ReviewProcess.start(this.work.resolve("first.log"), "--input=" + input,
				"--output=" + out)) {
			assertThat(first.awaitLine(Pattern.compile("Đọc thư mục"), RUN)).as(first.output()).isTrue();
			String holder = Files.readString(out.resolve(".state/run.holder"));

			ReviewCommand.Result second = ReviewCommand.run(input, out);

			assertThat(second.exitCode()).isEqualTo(1);
			assertThat(second.err()).contains("Thư mục kết quả " + out, "đang được một lần chạy khác sử dụng", holder,
					"Hãy đợi lần chạy đó kết thúc rồi chạy lại");
			assertThat(Files.readString(out.resolve(".state/run.holder"))).isEqualTo(holder);
			assertThat(first.waitFor(RUN)).as(first.output()).isEqualTo(3);
		}
		assertThat(out.resolve("2023/manifest.json")).isRegularFile();
	}

}
