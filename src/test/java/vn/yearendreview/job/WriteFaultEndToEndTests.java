package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.support.FullDiskWhileRendering;
import vn.yearendreview.support.PublishedFiles;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disk fills up while a new set is written: the published set stays as it was, the
 * planner is told what happened and what to do, and the next run completes.
 */
@ExtendWith(OutputCaptureExtension.class)
class WriteFaultEndToEndTests {

	@TempDir
	Path work;

	@Test
	void aFullDiskWhileWritingLeavesThePublishedSetAndSaysWhatToDo(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path out = this.work.resolve("out");
		assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
		Map<String, String> published = PublishedFiles.hashes(out.resolve("2023"));
		Files.writeString(input.resolve("TC.csv"), Files.readString(input.resolve("TC.csv")) + "\n",
				StandardCharsets.UTF_8);

		List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + out));
		args.addAll(List.of(FullDiskWhileRendering.ARGUMENTS));
		ReviewCommand.Result failed = ReviewCommand.run(args.toArray(String[]::new));

		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(output).contains("Không ghi được tài liệu vào " + out, "No space left on device",
				"Bộ tài liệu đã công bố trước đó vẫn giữ nguyên", "giải phóng chỗ trống");
		assertThat(output).doesNotContain("Exception", "\tat ");
		assertThat(PublishedFiles.hashes(out.resolve("2023"))).isEqualTo(published);

		ReviewCommand.Result next = ReviewCommand.run(input, out);

		assertThat(next.exitCode()).isZero();
		assertThat(output).contains("Tiếp tục lần chạy số");
		assertThat(Files.readString(out.resolve("2023/bao-cao-tong-hop-2023.pdf"), StandardCharsets.ISO_8859_1))
			.doesNotContain("cut short");
		try (Stream<Path> archived = Files.list(out.resolve("2023/archive"))) {
			assertThat(PublishedFiles.hashes(archived.findFirst().orElseThrow())).isEqualTo(published);
		}
	}

	/**
	 * An output folder the run may not write to: a folder shared read-only, or made by
	 * another account. Run as an ordinary account the folder is made read-only; run as
	 * root, whom permissions do not stop, the run's lock file cannot be opened because a
	 * folder stands in its place.
	 */
	@Test
	void anOutputFolderThatCannotBeWrittenIsNamedAndItsSetStaysAsItWas() throws Exception {
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path out = this.work.resolve("out");
		assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
		Map<String, String> published = PublishedFiles.hashes(out.resolve("2023"));
		Files.writeString(input.resolve("TC.csv"), Files.readString(input.resolve("TC.csv")) + "\n",
				StandardCharsets.UTF_8);
		Path state = out.resolve(".state");
		boolean root = "root".equals(System.getProperty("user.name"));
		if (root) {
			Files.delete(state.resolve("run.lock"));
			Files.createDirectory(state.resolve("run.lock"));
		}
		else {
			readOnly(out, true);
		}
		ReviewCommand.Result refused;
		try {
			refused = ReviewCommand.run(input, out);
		}
		finally {
			if (!root) {
				readOnly(out, false);
			}
		}

		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains("Không ghi được vào thư mục kết quả " + out,
				"Bộ văn bản đã công bố trong thư mục này không thay đổi", "quyền ghi", "--output=");
		assertThat(refused.err()).doesNotContain("Exception", "\tat ");
		assertThat(PublishedFiles.hashes(out.resolve("2023"))).isEqualTo(published);
	}

	private static void readOnly(Path folder, boolean readOnly) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isDirectory).toList()) {
				file.toFile().setWritable(!readOnly, false);
			}
		}
	}

}
