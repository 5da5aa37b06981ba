package vn.yearendreview.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.yearendreview.benchmark.InputShapes;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small copy of each shape of BENCHMARKS.md (about 100,000 rows) run in a new JVM
 * whose heap could not hold every row at once: a list that grows with the input fails
 * here, not in an office. Every row read is accounted for in the data check. The six runs
 * are started before the tests, two at a time (one per core), and each test reads its
 * run's outcome.
 */
class InputShapesEndToEndTests {

	/**
	 * A heap in which 100,000 rows held at once do not fit beside the program, which
	 * needs about 50 MB of it (the database's cache of rows among them).
	 */
	private static final String HEAP = "96m";

	/**
	 * The one-file shape's heap: its department's 100,000 rows are read in one query, and
	 * a result held in memory (as on a new output folder before the connections were told
	 * to keep large results on disk) does not fit in it (out of memory at 64, 72 and 80
	 * MB), where it did in 96 MB on most runs; kept on disk, the run passes in it. With the
	 * quick compiler alone, as the runs are now started, it still fails at 80 MB without
	 * the connection URL's {@code hsqldb.result_max_memory_rows} (inside HSQLDB, while the
	 * department's evaluation is written), and half the rows no longer tell the two apart
	 * (both pass at 72 MB, both fail at 64 MB).
	 */
	private static final String ONE_FILE_HEAP = "80m";

	private static final Map<InputShapes, Future<Outcome>> RUNS = new EnumMap<>(InputShapes.class);

	private static Path work;

	private static ExecutorService runner;

	@BeforeAll
	static void runEveryShape() throws IOException {
		work = Files.createTempDirectory("shapes");
		runner = Executors.newFixedThreadPool(2);
		for (InputShapes shape : InputShapes.values()) {
			RUNS.put(shape, runner.submit(() -> run(shape, work.resolve(shape.name()))));
		}
		runner.shutdown();
	}

	@AfterAll
	static void deleteRuns() throws Exception {
		runner.shutdownNow();
		try (Stream<Path> files = Files.walk(work)) {
			files.sorted((a, b) -> b.compareTo(a)).forEach((file) -> file.toFile().delete());
		}
	}

	@ParameterizedTest
	@EnumSource(InputShapes.class)
	void theSmallCopyOfTheShapeRunsInASmallHeap(InputShapes shape) throws Exception {
		Outcome outcome = RUNS.get(shape).get();

		assertThat(outcome.console()).doesNotContain("OutOfMemoryError", "heap space", "Exception");
		assertThat(outcome.exitCode()).as(outcome.console()).isEqualTo(3);
		long read = 0;
		for (Map<String, String> file : CsvFiles.read(dataCheck(outcome.output()))) {
			if ("FILE_READ".equals(file.get("reason_code")) && !file.get("rows_read").isEmpty()
					&& !file.get("file").startsWith("catalog/")) {
				long fileRows = Long.parseLong(file.get("rows_read"));
				assertThat(Long.parseLong(file.get("rows_accepted")) + Long.parseLong(file.get("rows_rejected")))
					.as(file.get("file"))
					.isEqualTo(fileRows);
				read += fileRows;
			}
		}
		assertThat(read).isGreaterThanOrEqualTo(outcome.rows());
		switch (shape) {
			case LONG_CATALOG -> assertThat(outcome.console())
				.contains("Danh mục có 300 chỉ tiêu, nên báo cáo tổng hợp, dự thảo nghị quyết và phụ lục rất dài");
			case ONE_FILE -> {
				// one department's evaluation stays readable; the results file lists
				// every row
				Path evaluation = outcome.output().resolve("2023/don-vi/D0001.pdf");
				String text = Pdfs.words(evaluation);
				assertThat(text).contains("Bảng trên liệt kê 1.000 chỉ tiêu đầu tiên; 98.",
						"chỉ tiêu còn lại của đơn vị có trong tệp ket-qua-2023.csv");
				assertThat(Pdfs.pages(evaluation)).hasSizeLessThan(100);
				assertThat(CsvFiles.read(outcome.output().resolve("2023/ket-qua-2023.csv"))).hasSizeGreaterThan(98_000);
			}
			case MANY_PARAGRAPHS -> assertThat(outcome.console())
				.contains("Các đơn vị đã gửi 5.013 đoạn nội dung; báo cáo tổng hợp chỉ in 2.000 đoạn đầu tiên");
			case ALL_REJECTED -> {
				Path check = outcome.output().resolve("2023/kiem-tra/kiem-tra-du-lieu-2023.pdf");
				assertThat(Pdfs.pages(check)).hasSizeLessThan(30);
				// the CSV lists every refused row
				assertThat(CsvFiles.read(dataCheck(outcome.output()))
					.stream()
					.filter((problem) -> !problem.get("line").isEmpty())
					.map((problem) -> problem.get("file") + ":" + problem.get("line"))
					.distinct()
					.count()).isEqualTo(outcome.rows());
			}
			default -> {
			}
		}
	}

	private static Outcome run(InputShapes shape, Path dir) throws Exception {
		Path input = dir.resolve("input");
		long rows = shape.writeSmallCopyTo(input);
		Path output = dir.resolve("output");
		// with every row refused there is nothing to review: the check of the files is
		// what goes back to the departments
		String mode = (shape == InputShapes.ALL_REJECTED) ? "--validate-only" : "--strict=false";
		try (ReviewProcess run = ReviewProcess.startWithHeap(dir.resolve("run.log"),
				(shape == InputShapes.ONE_FILE) ? ONE_FILE_HEAP : HEAP, "--input=" + input, "--output=" + output,
				mode)) {
			int exitCode = run.waitFor(Duration.ofMinutes(5));
			return new Outcome(rows, output, exitCode, run.output());
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

	private record Outcome(long rows, Path output, int exitCode, String console) {

	}

}
