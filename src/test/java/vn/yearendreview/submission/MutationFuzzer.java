package vn.yearendreview.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.yearendreview.Messages;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.staging.CheckQueries;
import vn.yearendreview.staging.ResultQueries;
import vn.yearendreview.report.ResultFiles;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.staging.StagingRepository;
import vn.yearendreview.staging.FileCounts;

/**
 * Runs damaged copies of a good input folder through the program and checks that nothing
 * breaks: every round reads the files, checks and stages every row and writes the data
 * check with the program's own classes in this JVM (an in-memory database, no documents),
 * and every so many rounds the whole command runs on the round's folder. A round fails on
 * an exception, on a file whose rows do not add up (read = accepted + rejected, every
 * rejected row listed with its reason), on a missing data check, and in a whole run on an
 * exit code the README does not document or a stack trace on the console.
 *
 * <p>
 * Command line (the Maven profile {@code fuzz}):
 * {@code MutationFuzzer [--rounds=10000] [--seed=1] [--whole-run-every=200] [--input=du-lieu-mau]}.
 */
public final class MutationFuzzer {

	/** Exit codes a run may end with on damaged inputs (README: 0, 2, 3). */
	private static final Set<Integer> DOCUMENTED = Set.of(0, 2, 3);

	private final Map<String, byte[]> good;

	private final Path work;

	private final Messages messages = Messages.of("vi");

	private final JdbcTemplate jdbc;

	private final StagingRepository staging;

	private final SubmissionChecks checks;

	private final ResultFiles resultFiles;

	private final ResultQueries data;

	private long instance;

	private long rejected;

	/** What the rounds found. */
	record Report(int rounds, long rows, long rejected, int wholeRuns, int refused, List<String> failures) {

		@Override
		public String toString() {
			return "rounds " + this.rounds + ", rows " + this.rows + " (" + this.rejected + " rejected), whole runs "
					+ this.wholeRuns + ", folders refused as documented (exit 2) " + this.refused + ", failures "
					+ this.failures.size();
		}

	}

	/**
	 * @param input the good input folder to damage
	 * @param work a folder for the rounds
	 * @throws IOException when the input cannot be read
	 */
	MutationFuzzer(Path input, Path work) throws IOException {
		this.good = read(input);
		this.work = work;
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
				"jdbc:hsqldb:mem:fuzz" + System.identityHashCode(this), "SA", "");
		this.jdbc = new JdbcTemplate(dataSource);
		this.staging = new StagingRepository(this.jdbc);
		this.checks = new SubmissionChecks(new CheckQueries(this.jdbc, this.staging), this.messages);
		this.data = new ResultQueries(this.jdbc, this.staging);
		this.resultFiles = new ResultFiles(this.data, work.resolve("sort"));
	}

	/**
	 * Runs rounds.
	 * @param rounds how many
	 * @param seed the first round's seed; round {@code n} uses {@code seed + n}
	 * @param wholeRunEvery every how many rounds the whole command runs too (0: never)
	 * @param log receives a line per thousand rounds and per failure
	 * @return what was found
	 * @throws IOException when the work folder cannot be written
	 */
	Report run(int rounds, long seed, int wholeRunEvery, PrintStream log) throws IOException {
		List<String> failures = new ArrayList<>();
		long rows = 0;
		int wholeRuns = 0;
		int refused = 0;
		for (int round = 0; round < rounds; round++) {
			long roundSeed = seed + round;
			List<String> damage = new ArrayList<>();
			Map<String, byte[]> files = new Mutator(roundSeed).mutate(this.good, damage);
			Path folder = write(files);
			try {
				long read = checkRound(folder);
				if (read < 0) {
					refused++;
				}
				else {
					rows += read;
				}
				if (wholeRunEvery > 0 && round % wholeRunEvery == wholeRunEvery - 1) {
					wholeRuns++;
					wholeRun(folder, this.work.resolve("out"));
				}
			}
			catch (Throwable failure) {
				String report = "seed " + roundSeed + " " + damage + ": " + describe(failure);
				failures.add(report);
				log.println("FAILED " + report);
			}
			if ((round + 1) % 1000 == 0) {
				log.println("rounds " + (round + 1) + ", rows " + rows + ", failures " + failures.size());
			}
		}
		return new Report(rounds, rows, this.rejected, wholeRuns, refused, failures);
	}

	/**
	 * Reads, checks and stages a folder as the job does, then writes its data check.
	 * @return the rows read, or -1 when the folder is refused as documented (an unusable
	 * catalog)
	 */
	private long checkRound(Path folder) throws Exception {
		long instance = ++this.instance;
		this.staging.clear();
		InputFolder input = InputFolder.scan(folder);
		Catalog catalog;
		try {
			catalog = new CatalogReader(this.messages).read(folder);
		}
		catch (CatalogException ex) {
			return -1;
		}
		int fileNo = 0;
		List<SubmissionFilesReader.SubmissionFile> submissions = new ArrayList<>();
		for (InputFile file : input.topLevel()) {
			fileNo++;
			boolean submission = input.submissions().contains(file);
			this.staging.registerFile(instance, fileNo, file, submission);
			if (submission) {
				submissions.add(new SubmissionFilesReader.SubmissionFile(fileNo, file.path()));
			}
		}
		for (InputFile reference : input.references()) {
			this.staging.registerReference(instance, ++fileNo, reference);
		}
		this.staging.saveCatalog(instance, catalog);
		Map<String, Long> fed = new HashMap<>();
		SubmissionFilesReader reader = new SubmissionFilesReader(submissions, new SubmissionInspector(this.messages),
				fed::put);
		RowValidator validator = new RowValidator(catalog, this.messages, 2023);
		reader.open(new ExecutionContext());
		List<StagedRow> rows = new ArrayList<>();
		SubmissionItem item;
		while ((item = reader.read()) != null) {
			if (item instanceof FileProfile profile) {
				this.staging.saveProfile(instance, profile);
			}
			else if (item instanceof SourceRecord record) {
				rows.add(validator.check(record));
			}
		}
		reader.close();
		this.staging.saveRows(instance, rows);
		this.checks.check(instance, null, true);
		Path check = this.work.resolve("kiem-tra.csv");
		this.resultFiles.writeDataCheck(instance, check);
		return verifyCounts(instance, fed, check);
	}

	/** Every file's rows add up and every rejected row is listed with its reason. */
	private long verifyCounts(long instance, Map<String, Long> fed, Path check) {
		long total = 0;
		for (FileCounts file : this.staging.fileCounts(instance)) {
			if (!file.submission()) {
				continue;
			}
			long records = fed.getOrDefault(file.name(), 0L);
			long staged = count("SELECT COUNT(*) FROM YR_ROW WHERE INSTANCE_ID = ? AND FILE_NO = ?", instance,
					file.fileNo());
			// a row sent again with the same figures is accepted as the same row: it
			// counts once
			long accepted = count("SELECT COUNT(*) FROM YR_ROW WHERE INSTANCE_ID = ? AND FILE_NO = ? "
					+ "AND (ACCEPTED OR REASON_CODE = 'DUPLICATE')", instance, file.fileNo());
			require(records == staged && staged == file.read(),
					file.name() + ": " + records + " records read, " + staged + " staged, " + file.read() + " counted");
			require(accepted == file.accepted(),
					file.name() + ": " + accepted + " accepted, " + file.accepted() + " counted");
			total += file.read();
			this.rejected += file.rejectedRows();
		}
		long unexplained = count(
				"""
						SELECT COUNT(*) FROM YR_ROW r WHERE r.INSTANCE_ID = ? AND NOT r.ACCEPTED AND (r.REASON_CODE IS NULL
							OR NOT EXISTS (SELECT 1 FROM YR_PROBLEM p WHERE p.INSTANCE_ID = r.INSTANCE_ID AND p.FILE_NO = r.FILE_NO
								AND (p.LINE = r.LINE OR p.LINE IS NULL)
								AND (p.SEVERITY = 'ERROR' OR p.REASON_CODE = 'DUPLICATE' AND r.REASON_CODE = 'DUPLICATE')))""",
				instance);
		// a row sent again with the same figures is not counted twice and is listed as a
		// warning
		require(unexplained == 0, unexplained + " rows not counted without a reason in the data check");
		long problems = count("SELECT COUNT(*) FROM YR_PROBLEM WHERE INSTANCE_ID = ?", instance);
		require(CsvFiles.problems(check).size() == problems, "the data check does not list every problem");
		require(CsvFiles.read(check).size() == problems + this.staging.fileCounts(instance).size(),
				"the data check does not list every file read");
		return total;
	}

	/**
	 * The whole command on the round's folder: a documented exit, no stack trace, a data
	 * check.
	 */
	private void wholeRun(Path folder, Path output) throws IOException {
		Publisher.deleteTree(output);
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = System.out;
		PrintStream err = System.err;
		ReviewCommand.Result result;
		try (PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8)) {
			System.setOut(captured);
			System.setErr(captured);
			result = ReviewCommand.run(folder, output);
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		String printed = console.toString(StandardCharsets.UTF_8) + result.out() + result.err();
		require(DOCUMENTED.contains(result.exitCode()), "exit code " + result.exitCode() + ": " + printed);
		require(!printed.contains("Exception") && !printed.contains("\tat "), "stack trace on the console: " + printed);
		if (result.exitCode() != 2) {
			try (Stream<Path> checks = Files.find(output, 3,
					(path, attributes) -> path.getFileName().toString().startsWith("kiem-tra-du-lieu-"))) {
				require(checks.count() == 2, "no data check (PDF and CSV): " + printed);
			}
		}
	}

	private long count(String sql, Object... arguments) {
		Long count = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (count != null) ? count : 0;
	}

	private static void require(boolean condition, String failure) {
		if (!condition) {
			throw new IllegalStateException(failure);
		}
	}

	private Path write(Map<String, byte[]> files) throws IOException {
		Path folder = this.work.resolve("input");
		Publisher.deleteTree(folder);
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path path = folder.resolve(file.getKey());
			Files.createDirectories(path.getParent());
			Files.write(path, file.getValue());
		}
		return folder;
	}

	private static Map<String, byte[]> read(Path input) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.walk(input)) {
			for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
				files.put(input.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		return files;
	}

	private static String describe(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		String text = trace.toString();
		return (text.length() > 4000) ? text.substring(0, 4000) + "…" : text;
	}

	/**
	 * Runs the fuzzer from the command line and prints what it found.
	 * @param args {@code --rounds=N --seed=S --whole-run-every=K --input=DIR}
	 * @throws IOException when the work folder cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Map<String, String> options = new HashMap<>(
				Map.of("rounds", "10000", "seed", "1", "whole-run-every", "200", "input", "du-lieu-mau"));
		for (String arg : args) {
			int equals = arg.indexOf('=');
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		Path work = Files.createTempDirectory("fuzz-");
		long started = System.nanoTime();
		Path good = vn.yearendreview.support.ReviewCommand
			.copyAsProvince(Path.of(options.get("input")).toAbsolutePath(), work.resolve("good"));
		Report report = new MutationFuzzer(good, work).run(Integer.parseInt(options.get("rounds")),
				Long.parseLong(options.get("seed")), Integer.parseInt(options.get("whole-run-every")), System.out);
		System.out.println(report + " in " + (System.nanoTime() - started) / 1_000_000_000 + " s (seeds "
				+ options.get("seed") + " to " + (Long.parseLong(options.get("seed")) + report.rounds() - 1) + ")");
		report.failures().forEach(System.out::println);
		Publisher.deleteTree(work);
		System.exit(report.failures().isEmpty() ? 0 : 1);
	}

}
