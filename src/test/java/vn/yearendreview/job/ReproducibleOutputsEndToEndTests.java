package vn.yearendreview.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same inputs give the same bytes, so that anyone can prove that a copy in a member's
 * hands is the one that was published; {@code --verify} does it.
 */
class ReproducibleOutputsEndToEndTests {

	/** What DESIGN.md section 6 allows to differ: the run's times. */
	private static final Set<String> DIFFERING = Set.of("manifest.json", "so-phat-hanh-2023.csv",
			"so-phat-hanh-2023.pdf");

	@TempDir
	static Path work;

	static Path first;

	static Path second;

	@BeforeAll
	static void runTwice() {
		Path input = ReviewCommand.copySample(work.resolve("input"));
		first = work.resolve("first");
		second = work.resolve("second");
		assertThat(ReviewCommand.run(input, first).exitCode()).isZero();
		assertThat(ReviewCommand.run(input, second).exitCode()).isZero();
	}

	@Test
	void twoRunsOfTheSameInputsGiveTheSameBytes() throws Exception {
		List<Path> files = files(first.resolve("2023"));
		assertThat(files).hasSizeGreaterThan(20)
			.anySatisfy((file) -> assertThat(file.toString()).startsWith("phat-hanh/"))
			.anySatisfy((file) -> assertThat(file.toString()).startsWith("don-vi/"));
		for (Path file : files) {
			if (!DIFFERING.contains(file.toString())) {
				assertThat(first.resolve("2023").resolve(file)).as(file.toString())
					.hasSameBinaryContentAs(second.resolve("2023").resolve(file));
			}
		}
		assertThat(files(second.resolve("2023"))).isEqualTo(files);
	}

	@Test
	void verifyNamesTheDocumentTheCopyAndItsRecipient() {
		ReviewCommand.Result result = ReviewCommand.run("--output=" + first, "--verify",
				second.resolve("2023/phat-hanh/04-pham-van-hau/nghi-quyet-2024.pdf").toString());

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("là bản không bị sửa đổi của bản cá nhân số 04/06 của Phạm Văn Hậu",
				"phat-hanh/04-pham-van-hau/nghi-quyet-2024.pdf");
		assertThat(result.out())
			.containsPattern("công bố lúc \\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4} \\(mã bộ tài liệu [0-9a-f]{12}\\)")
			.doesNotContain("lần chạy số");
	}

	@Test
	void verifyNamesAnyPublishedDocument() {
		ReviewCommand.Result result = ReviewCommand.run("--output=" + first,
				"--verify=" + first.resolve("2023/don-vi/SYT.pdf"));
		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).contains("là bản không bị sửa đổi của don-vi/SYT.pdf");
	}

	@Test
	void verifyRefusesACopyWithOneByteChanged() throws Exception {
		Path changed = work.resolve("changed.pdf");
		byte[] bytes = Files.readAllBytes(first.resolve("2023/phat-hanh/04-pham-van-hau/nghi-quyet-2024.pdf"));
		bytes[bytes.length / 2] ^= 1;
		Files.write(changed, bytes);

		ReviewCommand.Result result = ReviewCommand.run("--output=" + first, "--verify=" + changed);

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.out()).contains("KHÔNG phải là bản không bị sửa đổi");
	}

	private static List<Path> files(Path folder) throws Exception {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
		}
	}

}
