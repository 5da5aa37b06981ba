package vn.yearendreview.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.evaluation.FailingEvaluation;
import vn.yearendreview.model.Digests;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.ReplacedInputs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files replaced in the input folder while a run goes on (a copy arriving late, an
 * upload): the run publishes what the files held when it listed them, with their SHA-256,
 * or, when a file changed before it could be copied, names it and publishes nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplacedInputsEndToEndTests {

	private static final List<String> COMPARED = List.of("ket-qua-2023.csv", "kiem-tra-du-lieu-2023.csv",
			"bao-cao-tong-hop-2023.pdf", "don-vi/TC.pdf");

	@TempDir
	Path work;

	@Test
	void filesReplacedOnceTheRunListedThemChangeNothingItPublishes() throws Exception {
		// given
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Map<String, String> listed = digests(input);
		ReviewCommand.Result clean = ReviewCommand
			.run(ReviewCommand.copyFixture("good/input", this.work.resolve("same")), this.work.resolve("clean"));

		// when
		ReviewCommand.Result replaced = run(input, this.work.resolve("out"), ReplacedInputs.AfterCopy.ARGUMENTS);

		// then
		assertThat(digests(input)).as("the files were replaced").isNotEqualTo(listed);
		assertThat(replaced.exitCode()).isEqualTo(clean.exitCode()).isZero();
		assertSameDocuments(this.work.resolve("out/2023"), this.work.resolve("clean/2023"));
		assertThat(filesRead(this.work.resolve("out/2023"))).isEqualTo(listed);
	}

	@Test
	void aRestartedRunReadsTheFilesAsTheyWereWhenItStarted(CapturedOutput output) throws Exception {
		// given: a run stopped in the evaluation, its inputs replaced once the restart
		// has listed them
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Map<String, String> listed = digests(input);
		Path out = this.work.resolve("out");
		assertThat(run(input, out, FailingEvaluation.ARGUMENTS, "--yearend.chunk-size=1").exitCode()).isEqualTo(1);
		ReviewCommand.Result clean = ReviewCommand.run(
				ReviewCommand.copyFixture("good/input", this.work.resolve("same")), this.work.resolve("clean"),
				"--yearend.chunk-size=1");

		// when
		ReviewCommand.Result resumed = run(input, out, ReplacedInputs.AfterCopy.ARGUMENTS, "--yearend.chunk-size=1");

		// then
		assertThat(output).contains("Tiếp tục lần chạy số");
		assertThat(resumed.exitCode()).isEqualTo(clean.exitCode()).isZero();
		assertSameDocuments(out.resolve("2023"), this.work.resolve("clean/2023"));
		assertThat(filesRead(out.resolve("2023"))).isEqualTo(listed);
	}

	@Test
	void aFileThatChangesWhileTheRunCopiesItIsNamedAndNothingIsPublished(CapturedOutput output) throws Exception {
		// given
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path out = this.work.resolve("out");

		// when
		ReviewCommand.Result changed = run(input, out, ReplacedInputs.BeforeCopy.ARGUMENTS);

		// then
		assertThat(changed.exitCode()).isEqualTo(1);
		assertThat(output).contains(
				"Tệp KHDT.csv trong thư mục " + input + " đã thay đổi trong lúc chương trình đang đọc",
				"không công bố gì", "Hãy đợi tệp được chép xong rồi chạy lại");
		assertThat(output).doesNotContain("Exception", "\tat ");
		assertThat(out.resolve("2023")).doesNotExist();
		assertThat(out.resolve(".state/inputs")).doesNotExist();
	}

	private static ReviewCommand.Result run(Path input, Path out, String[] hook, String... more) {
		List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + out));
		args.addAll(List.of(hook));
		args.addAll(List.of(more));
		return ReviewCommand.run(args.toArray(String[]::new));
	}

	private static void assertSameDocuments(Path published, Path clean) throws Exception {
		for (String file : COMPARED) {
			assertThat(Files.readAllBytes(published.resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(clean.resolve(file)));
		}
	}

	/** The files the data check lists as read, with their SHA-256. */
	private static Map<String, String> filesRead(Path published) throws Exception {
		Map<String, String> files = new LinkedHashMap<>();
		for (Map<String, String> row : CsvFiles.read(published.resolve("kiem-tra-du-lieu-2023.csv"))) {
			if (row.get("reason_code").equals("FILE_READ")) {
				files.put(row.get("file"), row.get("sha256"));
			}
		}
		return files;
	}

	private static Map<String, String> digests(Path input) throws Exception {
		Map<String, String> digests = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(input)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				digests.put(input.relativize(file).toString().replace('\\', '/'), Digests.sha256(file));
			}
		}
		return digests;
	}

}
