package vn.yearendreview.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.yearendreview.benchmark.InputShapes;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.ReviewProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenth of each shape of BENCHMARKS.md (about 100,000 rows) run in a new JVM whose heap
 * could not hold every row at once: a list that grows with the input fails here, not in
 * an office. Every row read is accounted for in the data check.
 */
class InputShapesEndToEndTests {

	/** A heap in which 100,000 rows held at once do not fit beside the program. */
	private static final String HEAP = "64m";

	@TempDir
	Path work;

	@ParameterizedTest
	@EnumSource(names = "NO_CATALOG")
	void aTenthOfTheShapeRunsInASmallHeap(InputShapes shape) throws Exception {
		Path input = this.work.resolve("input");
		long rows = shape.writeTo(input, 0.1);
		Path output = this.work.resolve("output");

		int exitCode;
		String console;
		// with every row refused there is nothing to review: the check of the files is
		// what goes back to the departments
		String mode = (shape == InputShapes.ALL_REJECTED) ? "--validate-only" : "--strict=false";
		try (ReviewProcess run = ReviewProcess.startWithHeap(this.work.resolve("run.log"), HEAP, "--input=" + input,
				"--output=" + output, mode)) {
			exitCode = run.waitFor(Duration.ofMinutes(4));
			console = run.output();
		}

		assertThat(console).doesNotContain("OutOfMemoryError", "heap space", "Exception");
		assertThat(exitCode).as(console).isEqualTo(3);
		Path dataCheck = dataCheck(output);
		long read = 0;
		for (Map<String, String> file : CsvFiles.read(dataCheck)) {
			if ("FILE_READ".equals(file.get("reason_code")) && !file.get("rows_read").isEmpty()
					&& !file.get("file").startsWith("catalog/")) {
				long fileRows = Long.parseLong(file.get("rows_read"));
				assertThat(Long.parseLong(file.get("rows_accepted")) + Long.parseLong(file.get("rows_rejected")))
					.as(file.get("file"))
					.isEqualTo(fileRows);
				read += fileRows;
			}
		}
		assertThat(read).isGreaterThanOrEqualTo(rows);
		if (shape == InputShapes.LONG_CATALOG) {
			assertThat(console)
				.contains("Danh mục có 1000 chỉ tiêu, nên báo cáo tổng hợp, dự thảo nghị quyết và phụ lục rất dài");
		}
	}

	private static Path dataCheck(Path output) throws Exception {
		try (Stream<Path> files = Files.walk(output)) {
			List<Path> found = files
				.filter((file) -> file.getFileName().toString().matches("kiem-tra-du-lieu-\\d{4}\\.csv"))
				.filter((file) -> !file.toString().contains(".state"))
				.toList();
			assertThat(found).hasSize(1);
			return found.get(0);
		}
	}

}
