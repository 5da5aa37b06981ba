package vn.yearendreview.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.yearendreview.YearEndReviewApplication;

/**
 * The benchmark harness: in one run, on this machine, it measures the raw baseline (the
 * same files through plain Commons CSV and JDBC batches), the job on generated inputs of
 * several sizes, the rendering rates, a catalog of 10,000 indicators, and the sample set
 * from {@code java -jar} to published PDFs. The baseline and the job on the generated
 * inputs run in this JVM, one after the other on the same files, so both have the same
 * heap (the profile gives {@code -Xmx512m}) and the same compiled code; the sample set
 * runs as a fresh {@code java -jar} process each time, cold. Step times come from the job
 * repository of each run.
 *
 * <p>
 * Run with {@code mvn -Pbenchmark -DskipTests package}; options go in
 * {@code -Dbenchmark.args="..."}: {@code --sizes=100000,1000000} (rows, in files of
 * 1,000), {@code --heap=512m}, {@code --runs=3} (baseline and sample runs, the median is
 * kept), {@code --work=DIR}. Results are printed and written to {@code results.md} in the
 * work folder.
 */
public final class Benchmark {

	private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private static final int ROWS_PER_FILE = 1_000;

	private static final int YEAR = 2023;

	private final Path project;

	private final Path work;

	private final String heap;

	private final int runs;

	private final StringBuilder report = new StringBuilder();

	private Benchmark(Path project, Path work, String heap, int runs) {
		this.project = project;
		this.work = work;
		this.heap = heap;
		this.runs = runs;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		Path project = Path.of(options.getOrDefault("project", ".")).toAbsolutePath().normalize();
		Path work = project.resolve(options.getOrDefault("work", "target/benchmark"));
		List<Long> sizes = Stream.of(options.getOrDefault("sizes", "100000,1000000").split(","))
			.map(String::trim)
			.map(Long::parseLong)
			.toList();
		Benchmark benchmark = new Benchmark(project, work, options.getOrDefault("heap", "512m"),
				Integer.parseInt(options.getOrDefault("runs", "3")));
		benchmark.run(sizes, Boolean.parseBoolean(options.getOrDefault("catalog10k", "true")));
	}

	private void run(List<Long> sizes, boolean catalog10k) throws Exception {
		Files.createDirectories(this.work);
		line("# Benchmark results");
		line("");
		line("%s, %d cores, Java %s, heap -Xmx%s for the job and the baseline.", LocalDateTime.now().withNano(0),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), this.heap);
		line("");
		sample();
		List<Size> measured = new ArrayList<>();
		for (long rows : sizes) {
			measured.add(size(rows));
		}
		if (measured.size() > 1) {
			linearity(measured);
		}
		if (catalog10k) {
			catalog10k();
		}
		Files.writeString(this.work.resolve("results.md"), this.report);
		System.out.println();
		System.out.println("Written to " + this.work.resolve("results.md"));
	}

	/**
	 * The sample set: wall time from {@code java -jar} to published PDFs, and to the
	 * first row read.
	 */
	private void sample() throws Exception {
		List<Double> walls = new ArrayList<>();
		List<Double> firstRows = new ArrayList<>();
		for (int i = 0; i < this.runs; i++) {
			Path out = fresh(this.work.resolve("sample-out"));
			Job job = process(this.project.resolve("du-lieu-mau"), out);
			walls.add(job.wallSeconds());
			firstRows.add(job.secondsToFirstRow());
		}
		line("## Sample set (`du-lieu-mau/`), cold `java -jar` to published PDFs");
		line("");
		line("| measure | median of %d | runs |", this.runs);
		line("|---|---|---|");
		line("| wall time | %.2f s | %s |", median(walls), list(walls));
		line("| start to first row read | %.2f s | %s |", median(firstRows), list(firstRows));
		line("");
	}

	/** One input size: the baseline, then the job, on the same files. */
	private Size size(long rows) throws Exception {
		int files = (int) Math.max(1, rows / ROWS_PER_FILE);
		Path input = input("input-" + rows, files, (int) (rows / files));
		List<Double> baseline = new ArrayList<>();
		long baselineRows = 0;
		for (int i = 0; i < this.runs; i++) {
			Path database = fresh(this.work.resolve("raw-" + rows));
			long started = System.nanoTime();
			baselineRows = RawBaseline.load(input, database);
			baseline.add((System.nanoTime() - started) / 1e9);
		}
		Path out = fresh(this.work.resolve("out-" + rows));
		Job job = inProcess(input, out);
		Map<String, Double> steps = job.steps();
		double ingest = steps.getOrDefault("ingestSubmissionsStep", 0.0);
		double check = steps.getOrDefault("checkSubmissionsStep", 0.0);
		double evaluate = steps.getOrDefault("evaluateIndicatorsStep", 0.0);
		double ingestEvaluate = ingest + check + evaluate;
		double baselineSeconds = median(baseline);
		double baselineRate = baselineRows / baselineSeconds;
		double jobRate = baselineRows / ingestEvaluate;
		Path year = out.resolve(String.valueOf(YEAR));
		int departmentFiles = 0;
		long departmentPages = 0;
		try (Stream<Path> pdfs = Files.list(year.resolve("don-vi"))) {
			for (Path pdf : pdfs.toList()) {
				departmentFiles++;
				departmentPages += pages(pdf);
			}
		}
		int reviewPages = pages(year.resolve("bao-cao-tong-hop-" + YEAR + ".pdf"));
		double departmentsSeconds = steps.getOrDefault("renderDepartmentReportsStep", 0.0);
		double reviewSeconds = steps.getOrDefault("renderReviewStep", 0.0);
		line("## %,d rows in %,d files", baselineRows, files);
		line("");
		line("| measure | value |");
		line("|---|---|");
		line("| raw baseline (Commons CSV + JDBC batches), median of %d | %.1f s, %,.0f rows/s (%s) |", this.runs,
				baselineSeconds, baselineRate, list(baseline));
		line("| job: ingest %.1f s + checks %.1f s + evaluate %.1f s | %.1f s, %,.0f rows/s |", ingest, check, evaluate,
				ingestEvaluate, jobRate);
		line("| **job ÷ baseline throughput** | **%.0f%%** |", 100 * jobRate / baselineRate);
		line("| results file (`ket-qua`) | %.1f s |", steps.getOrDefault("writeResultFilesStep", 0.0));
		line("| consolidated review | %d pages in %.1f s, %.1f pages/s |", reviewPages, reviewSeconds,
				reviewPages / reviewSeconds);
		line("| department evaluations | %,d PDFs, %,d pages in %.1f s: %.1f PDFs/s, %.1f pages/s |", departmentFiles,
				departmentPages, departmentsSeconds, departmentFiles / departmentsSeconds,
				departmentPages / departmentsSeconds);
		line("| data check + publish | %.1f s + %.1f s |", steps.getOrDefault("renderDataCheckStep", 0.0),
				steps.getOrDefault("publishOutputsStep", 0.0));
		line("| whole job, exit code %d | %.1f s, live heap after GC at most %s of %s |", job.exitCode(),
				job.wallSeconds(), job.peak(), maxHeap());
		line("");
		return new Size(baselineRows, ingestEvaluate, job.wallSeconds());
	}

	private void linearity(List<Size> sizes) {
		Size small = sizes.get(0);
		line("## Linearity");
		line("");
		line("| rows | ingest + evaluate | × rows | × time | whole job | × time |");
		line("|---|---|---|---|---|---|");
		for (Size size : sizes) {
			line("| %,d | %.1f s | %.1f | %.1f | %.1f s | %.1f |", size.rows(), size.ingestEvaluate(),
					(double) size.rows() / small.rows(), size.ingestEvaluate() / small.ingestEvaluate(), size.wall(),
					size.wall() / small.wall());
		}
		line("");
	}

	/** A catalog of 10,000 indicators: the consolidated review and its appendix. */
	private void catalog10k() throws Exception {
		Path input = input("input-catalog-10000", 10, 10_000);
		Path out = fresh(this.work.resolve("out-catalog-10000"));
		Job job = inProcess(input, out);
		Map<String, Double> steps = job.steps();
		Path year = out.resolve(String.valueOf(YEAR));
		int reviewPages = pages(year.resolve("bao-cao-tong-hop-" + YEAR + ".pdf"));
		double reviewSeconds = steps.getOrDefault("renderReviewStep", 0.0);
		line("## 10,000 indicators in the consolidated review (10 departments × 10,000 rows)");
		line("");
		line("| measure | value |");
		line("|---|---|");
		line("| consolidated review with its appendix | %,d pages in %.1f s, %.1f pages/s |", reviewPages,
				reviewSeconds, reviewPages / reviewSeconds);
		line("| whole job, exit code %d | %.1f s, live heap after GC at most %s of %s |", job.exitCode(),
				job.wallSeconds(), job.peak(), maxHeap());
		line("");
	}

	private Path input(String name, int departments, int indicators) throws IOException {
		Path input = this.work.resolve(name);
		Path done = input.resolve(".generated");
		if (!Files.exists(done)) {
			fresh(input);
			InputGenerator.generate(input, departments, indicators, YEAR, 2);
			Files.writeString(done, departments + " x " + indicators);
		}
		return input;
	}

	/**
	 * Runs the job in this JVM, as {@code java -jar} would. The heap figure is the most
	 * heap still in use right after a garbage collection during the run: what the job
	 * keeps alive, which is what must fit in the maximum heap.
	 */
	private Job inProcess(Path input, Path out) throws Exception {
		System.gc();
		AtomicLong peak = new AtomicLong();
		NotificationListener listener = (notification, handback) -> {
			if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				GcInfo gc = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
					.getGcInfo();
				long used = gc.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter((pool) -> HEAP_POOLS.contains(pool.getKey()))
					.mapToLong((pool) -> pool.getValue().getUsed())
					.sum();
				peak.accumulateAndGet(used, Math::max);
			}
		};
		List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.map(NotificationEmitter.class::cast)
			.toList();
		collectors.forEach((collector) -> collector.addNotificationListener(listener, null, null));
		LocalDateTime launched = LocalDateTime.now();
		long started = System.nanoTime();
		int exit;
		try {
			exit = YearEndReviewApplication.run(new String[] { "--input=" + input, "--output=" + out }, System.out,
					System.err, Map.of());
		}
		finally {
			for (NotificationEmitter collector : collectors) {
				collector.removeNotificationListener(listener);
			}
		}
		double wall = (System.nanoTime() - started) / 1e9;
		if (exit != 0 && exit != 3) {
			throw new IllegalStateException("the job failed with exit code " + exit);
		}
		return new Job(out, launched, wall, exit, peak.get() / 1024);
	}

	private static String maxHeap() {
		return String.format(Locale.ROOT, "%.0f MB", Runtime.getRuntime().maxMemory() / 1048576.0);
	}

	/** Runs the job as a new {@code java -jar} process. */
	private Job process(Path input, Path out) throws Exception {
		Path jar = this.project.resolve("target/yearend-review.jar");
		Path log = this.work.resolve(out.getFileName() + ".log");
		LocalDateTime launched = LocalDateTime.now();
		long started = System.nanoTime();
		Process process = new ProcessBuilder("java", "-Xmx" + this.heap, "-jar", jar.toString(), "--input=" + input,
				"--output=" + out)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		process.waitFor();
		double wall = (System.nanoTime() - started) / 1e9;
		int exit = process.exitValue();
		if (exit != 0 && exit != 3) {
			throw new IllegalStateException("the job failed with exit code " + exit + ", see " + log);
		}
		System.out.printf(Locale.ROOT, "job on %s: %.1f s, exit %d%n", input.getFileName(), wall, exit);
		return new Job(out, launched, wall, exit, 0);
	}

	private static int pages(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
	}

	private static Path fresh(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> walk = Files.walk(folder)) {
				for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		Files.createDirectories(folder);
		return folder;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String list(List<Double> values) {
		return String.join(", ", values.stream().map((v) -> String.format(Locale.ROOT, "%.2f", v)).toList());
	}

	private void line(String format, Object... args) {
		String text = String.format(Locale.ROOT, format, args);
		System.out.println(text);
		this.report.append(text).append('\n');
	}

	private record Size(long rows, double ingestEvaluate, double wall) {

	}

	/** A finished run of the job. */
	private record Job(Path out, LocalDateTime launched, double wallSeconds, int exitCode, long peakKb) {

		String peak() {
			return String.format(Locale.ROOT, "%.0f MB", this.peakKb / 1024.0);
		}

		/** Step name to seconds, from the job repository of the run. */
		Map<String, Double> steps() throws SQLException {
			Map<String, Double> steps = new LinkedHashMap<>();
			query("""
					SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION
					WHERE JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
					ORDER BY STEP_EXECUTION_ID""", (rs) -> {
				Duration duration = Duration.between(rs.getTimestamp(2).toLocalDateTime(),
						rs.getTimestamp(3).toLocalDateTime());
				steps.put(rs.getString(1), duration.toMillis() / 1000.0);
			});
			return steps;
		}

		/** From the launch of the process to the start of reading the submissions. */
		double secondsToFirstRow() throws SQLException {
			double[] seconds = { Double.NaN };
			query("SELECT MIN(START_TIME) FROM BATCH_STEP_EXECUTION WHERE STEP_NAME LIKE 'ingestSubmissionFilesStep%'",
					(rs) -> {
						if (rs.getTimestamp(1) != null) {
							seconds[0] = Duration.between(this.launched, rs.getTimestamp(1).toLocalDateTime())
								.toMillis() / 1000.0;
						}
					});
			return seconds[0];
		}

		private void query(String sql, RowHandler handler) throws SQLException {
			String url = "jdbc:hsqldb:file:" + this.out.resolve(".state/db/yearend")
					+ ";shutdown=true;hsqldb.lock_file=false";
			try (Connection db = DriverManager.getConnection(url, "SA", "");
					Statement statement = db.createStatement();
					ResultSet rs = statement.executeQuery(sql)) {
				while (rs.next()) {
					handler.row(rs);
				}
			}
		}

	}

	private interface RowHandler {

		void row(ResultSet rs) throws SQLException;

	}

}
