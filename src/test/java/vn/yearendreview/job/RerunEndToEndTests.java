package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** Running again and again in December as corrected files arrive. */
@ExtendWith(OutputCaptureExtension.class)
class RerunEndToEndTests {

	@TempDir
	Path work;

	@Test
	void sameInputsAgainReportTheOutputsCurrentAndAChangedFileArchivesThePreviousSet(CapturedOutput output)
			throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path out = this.work.resolve("out");
		assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
		JsonNode first = manifest(out.resolve("2023"));

		assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
		assertThat(output).contains("đã cập nhật với đúng các tệp đầu vào này; không cần chạy lại");
		assertThat(manifest(out.resolve("2023")).get("jobExecutionId")).isEqualTo(first.get("jobExecutionId"));
		assertThat(out.resolve("2023/archive")).doesNotExist();

		Files.writeString(input.resolve("TC.csv"), Files.readString(input.resolve("TC.csv")).replace(",540,", ",610,"),
				StandardCharsets.UTF_8);
		assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
		JsonNode second = manifest(out.resolve("2023"));
		assertThat(second.get("fingerprint")).isNotEqualTo(first.get("fingerprint"));
		assertThat(second.get("headline").get("achieved").asInt()).isEqualTo(4);
		try (Stream<Path> archived = Files.list(out.resolve("2023/archive"))) {
			Path previous = archived.findFirst().orElseThrow();
			assertThat(manifest(previous)).isEqualTo(first);
			assertThat(previous.resolve("bao-cao-tong-hop-2023.pdf")).isRegularFile();
		}
	}

	/**
	 * The year under review asked for by name, when it is the year the inputs give
	 * anyway, is the same run: nothing is made again, in either order, and the documents
	 * are the same bytes however the year was asked for.
	 */
	@Test
	void theYearAskedForByNameIsTheSameRunAsTheLatestYear(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path first = this.work.resolve("first");
		Path second = this.work.resolve("second");
		assertThat(ReviewCommand.run(input, first).exitCode()).isZero();
		assertThat(ReviewCommand.run(input, second, "--year=2023").exitCode()).isZero();
		JsonNode published = manifest(first.resolve("2023"));
		assertThat(manifest(second.resolve("2023")).get("fingerprint")).isEqualTo(published.get("fingerprint"));
		assertThat(first.resolve("2023/bao-cao-tong-hop-2023.pdf"))
			.hasSameBinaryContentAs(second.resolve("2023/bao-cao-tong-hop-2023.pdf"));

		assertThat(ReviewCommand.run(input, first, "--year=2023").exitCode()).isZero();
		assertThat(ReviewCommand.run(input, second).exitCode()).isZero();
		assertThat(ReviewCommand.run(input, second, "--year", "2023").exitCode()).isZero();

		assertThat(output.getAll().split("không cần chạy lại", -1)).hasSize(4);
		assertThat(manifest(first.resolve("2023")).get("jobExecutionId")).isEqualTo(published.get("jobExecutionId"));
		assertThat(first.resolve("2023/archive")).doesNotExist();
		assertThat(second.resolve("2023/archive")).doesNotExist();
	}

	/**
	 * Running again on inputs already published repeats the outcome of the run that
	 * published them: a rejected row is still something to look at.
	 */
	@Test
	void sameInputsWithARejectedRowAgainStillSayWhatToLookAt(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Files.writeString(input.resolve("TC.csv"),
				Files.readString(input.resolve("TC.csv")) + "TC,2023,A9,,,,nhiều,,\n", StandardCharsets.UTF_8);
		Path out = this.work.resolve("out");
		assertThat(ReviewCommand.run(input, out).exitCode()).isEqualTo(3);
		int before = output.getOut().length();

		assertThat(ReviewCommand.run(input, out).exitCode()).isEqualTo(3);

		String again = output.getOut().substring(before);
		assertThat(again).contains("không cần chạy lại", "từ chối 1", "kiem-tra-du-lieu-2023.pdf");
	}

	/**
	 * Each edition has its own place: the English one never replaces the Vietnamese one,
	 * and a new Vietnamese set keeps the English one beside it.
	 */
	@Test
	void theEnglishEditionStandsBesideTheVietnameseOne(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path out = this.work.resolve("out");
		assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
		assertThat(ReviewCommand.run(input, out, "--lang=en").exitCode()).isZero();
		assertThat(manifest(out.resolve("2023")).get("options").get("lang").asText()).isEqualTo("vi");
		assertThat(manifest(out.resolve("2023/en")).get("options").get("lang").asText()).isEqualTo("en");
		assertThat(out.resolve("2023/archive")).doesNotExist();
		assertThat(Files.readString(out.resolve("2023/ket-qua-2023.csv"), StandardCharsets.UTF_8))
			.contains("Tăng trưởng");

		assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
		assertThat(ReviewCommand.run(input, out, "--lang=en").exitCode()).isZero();
		assertThat(output.getAll().split("không cần chạy lại|nothing to do", -1)).hasSize(3);

		Files.writeString(input.resolve("TC.csv"), Files.readString(input.resolve("TC.csv")).replace(",540,", ",610,"),
				StandardCharsets.UTF_8);
		assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
		assertThat(out.resolve("2023/en/bao-cao-tong-hop-2023.pdf")).isRegularFile();
		assertThat(out.resolve("2023/archive")).isDirectory();
		try (Stream<Path> archived = Files.list(out.resolve("2023/archive"))) {
			assertThat(archived.findFirst().orElseThrow().resolve("en")).doesNotExist();
		}
	}

	private static JsonNode manifest(Path folder) throws Exception {
		return new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
	}

}
