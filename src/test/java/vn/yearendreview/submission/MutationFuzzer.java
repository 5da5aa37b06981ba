package vn.yearendreview.submission;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.yearendreview.distribution.Protection;
import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.CheckedHistory;
import vn.yearendreview.model.FileCounts;
import vn.yearendreview.model.InputFile;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.StagedRow;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.report.ResultFiles;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.RecordTable;
import vn.yearendreview.staging.ResultTable;
import vn.yearendreview.staging.StagingSchema;
import vn.yearendreview.staging.TaskTable;
import vn.yearendreview.submission.Mutator.FileKind;
import vn.yearendreview.submission.figures.RowValidator;
import vn.yearendreview.submission.kind.FileProfile;
import vn.yearendreview.submission.kind.SourceRecord;
import vn.yearendreview.submission.kind.SubmissionItem;
import vn.yearendreview.support.CsvFiles;

/**
 * Runs damaged copies of a good meeting pack (the departments' figures, narrative and
 * task files, the catalog, the history, the recipients and the settings) through the
 * program and checks that nothing breaks. Every round reads the reference files and the
 * submissions, checks and stages every row and writes the data check with the program's
 * own classes in this JVM (an in-memory database, no documents); every so many rounds the
 * whole command runs on the round's folder and its documents are read
 * ({@link WholeRunChecks}).
 *
 * <p>
 * A round fails on an exception; on a catalog or settings file refused without a message
 * naming it (and its line, when the message is about a line), or with an unfilled
 * argument; on a recipients or history line that cannot be used without its line and
 * column in the data check; on a file whose rows do not add up (read = accepted +
 * rejected, every rejected row listed with its reason); on a data check that does not
 * list every problem.
 *
 * <p>
 * Command line (the Maven profile {@code fuzz}):
 * {@code MutationFuzzer [--rounds=10000] [--seed=1] [--whole-run-every=25] [--input=du-lieu-mau]}.
 */
public final class MutationFuzzer {

	/** The date the settings default to, so that every round reads them alike. */
	private static final LocalDate TODAY = LocalDate.of(2023, 12, 5);

	/** Where a message about a line of a reference file says which line. */
	private static final Pattern LINE_WITHOUT_NUMBER = Pattern.compile(", dòng (?!\\d)");

	/** A line named in a message. */
	private static final Pattern LINE = Pattern.compile("dòng \\d+");

	private final Map<String, byte[]> good;

	private final Path work;

	private final Messages messages = Messages.of("vi");

	private final JdbcTemplate jdbc;

	private final StagingSchema schema;

	private final FileTable files;

	private final ProblemTable problems;

	private final CatalogTables catalogTables;

	private final RecordTable rows;

	private final SubmissionChecks checks;

	private final ResultFiles resultFiles;

	private final WholeRunChecks wholeRuns;

	private long instance;

	private long rejected;

	/**
	 * What the rounds found.
	 *
	 * @param rounds rounds run
	 * @param rows submission rows read
	 * @param rejected of which rejected
	 * @param refused rounds whose catalog or settings the program refused, as documented
	 * @param damaged rounds that damaged each kind of file
	 * @param wholeRuns whole runs of the command, by exit code
	 * @param documents PDFs of whole runs whose text was read
	 * @param failures what failed, one entry per failing round
	 */
	record Report(int rounds, long rows, long rejected, int refused, Map<FileKind, Integer> damaged,
			Map<Integer, Integer> wholeRuns, long documents, List<String> failures) {

		/**
		 * @return how many whole runs there were
		 */
		int wholeRunCount() {
			return this.wholeRuns.values().stream().mapToInt(Integer::intValue).sum();
		}

		@Override
		public String toString() {
			return "rounds " + this.rounds + ", rows " + this.rows + " (" + this.rejected + " rejected), catalog or "
					+ "settings refused as documented " + this.refused + ", files damaged " + this.damaged
					+ ", whole runs " + wholeRunCount() + " by exit code " + this.wholeRuns + ", documents read "
					+ this.documents + ", failures " + this.failures.size();
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
		this.schema = new StagingSchema(this.jdbc);
		this.problems = new ProblemTable(this.schema);
		this.files = new FileTable(this.schema, this.problems);
		this.catalogTables = new CatalogTables(this.schema, this.files, this.problems);
		this.rows = new RecordTable(this.schema, this.problems);
		this.checks = new SubmissionChecks(this.files, this.rows, new TaskTable(this.schema, this.rows),
				this.catalogTables, this.problems, this.messages, SubmissionKinds.standard());
		this.resultFiles = new ResultFiles(new ResultTable(this.schema, this.files, this.rows), this.files,
				this.problems, work.resolve("sort"));
		this.wholeRuns = new WholeRunChecks(this.messages);
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
		int refused = 0;
		long documents = 0;
		Map<FileKind, Integer> damagedKinds = new EnumMap<>(FileKind.class);
		Map<Integer, Integer> wholeRunExits = new TreeMap<>();
		for (int round = 0; round < rounds; round++) {
			long roundSeed = seed + round;
			List<String> damage = new ArrayList<>();
			Map<String, byte[]> files = new Mutator(roundSeed).mutate(this.good, damage);
			List<String> damaged = Mutator.files(damage);
			damaged.stream().map(FileKind::of).distinct().forEach((kind) -> damagedKinds.merge(kind, 1, Integer::sum));
			Path folder = write(files);
			try {
				long read = checkRound(folder, damaged);
				if (read < 0) {
					refused++;
				}
				else {
					rows += read;
				}
				if (wholeRunEvery > 0 && round % wholeRunEvery == wholeRunEvery - 1) {
					WholeRunChecks.Outcome outcome = this.wholeRuns.check(folder, this.work.resolve("out"), damaged);
					wholeRunExits.merge(outcome.exitCode(), 1, Integer::sum);
					documents += outcome.documents();
				}
			}
			catch (Throwable failure) {
				String report = "seed " + roundSeed + " " + damage + ": " + describe(failure);
				failures.add(report);
				log.println("FAILED " + report);
			}
			if ((round + 1) % 1000 == 0) {
				log.println("rounds " + (round + 1) + ", rows " + rows + ", whole runs " + wholeRunExits + ", failures "
						+ failures.size());
			}
		}
		return new Report(rounds, rows, this.rejected, refused, damagedKinds, wholeRunExits, documents, failures);
	}

	/**
	 * Reads the reference files, then reads, checks and stages the submissions as the job
	 * does, and writes the data check.
	 * @return the submission rows read, or -1 when the catalog or the settings are
	 * refused as documented (the rows are then read as a run without a catalog reads
	 * them)
	 */
	private long checkRound(Path folder, List<String> damaged) throws Exception {
		long instance = ++this.instance;
		this.schema.clear();
		boolean refused = false;
		ReportSettings settings = null;
		try {
			settings = ReportSettings.load(folder, TODAY, this.messages);
			Protection.load(folder, this.messages, Map.of(), settings.place());
		}
		catch (ReportSettings.SettingsException ex) {
			requireRefusal(ex.getMessage(), damaged, FileKind.SETTINGS);
			refused = true;
		}
		Catalog catalog;
		try {
			catalog = new CatalogReader(this.messages).read(folder);
		}
		catch (CatalogException ex) {
			requireRefusal(ex.getMessage(), damaged, FileKind.INDICATORS, FileKind.DEPARTMENTS);
			refused = true;
			catalog = Catalog.empty();
		}
		Recipients recipients = Recipients.load(folder, this.messages);
		requireListable(recipients.problems(), Recipients.FILE);
		require(recipients.usable() || damaged.contains(Recipients.FILE),
				"an undamaged recipients list refused: " + recipients.problems());
		History history = History.load(folder, this.messages);
		InputFolder input = InputFolder.scan(folder);
		int fileNo = 0;
		List<SubmissionFilesReader.SubmissionFile> submissions = new ArrayList<>();
		for (InputFile file : input.topLevel()) {
			fileNo++;
			boolean submission = input.submissions().contains(file);
			this.files.registerFile(instance, fileNo, file, submission);
			if (submission) {
				submissions.add(new SubmissionFilesReader.SubmissionFile(fileNo, file.path()));
			}
		}
		for (InputFile reference : input.references()) {
			this.files.registerReference(instance, ++fileNo, reference);
			if (reference.name().equals(Recipients.FILE)) {
				this.problems.insertProblems(instance, fileNo, recipients.problems());
			}
		}
		this.catalogTables.saveCatalog(instance, catalog);
		Map<String, Long> fed = new HashMap<>();
		SubmissionFilesReader reader = new SubmissionFilesReader(submissions,
				new SubmissionInspector(this.messages, SubmissionKinds.standard()), fed::put);
		RowValidator validator = new RowValidator(catalog, this.messages, 2023);
		reader.open(new ExecutionContext());
		List<StagedRow> rows = new ArrayList<>();
		SubmissionItem item;
		while ((item = reader.read()) != null) {
			if (item instanceof FileProfile profile) {
				this.files.saveProfile(instance, profile.staged());
			}
			else if (item instanceof SourceRecord record) {
				rows.add(validator.check(record));
			}
		}
		reader.close();
		this.rows.saveRows(instance, rows);
		SubmissionChecks.Outcome outcome = this.checks.check(instance, null, true);
		if (history.present() && catalog.hasIndicators()) {
			ReportSettings.Term term = (settings != null) ? settings.term() : new ReportSettings.Term(2021, 2025, "");
			CheckedHistory checked = history.check(catalog, term, outcome.year(), this.messages);
			requireListable(checked.problems(), History.FILE);
			long rejectedLines = checked.problems().stream().filter((p) -> p.isError() && p.line() != null).count();
			boolean wholeFile = checked.problems().stream().anyMatch((p) -> p.isError() && p.line() == null);
			require(wholeFile ? checked.accepted().isEmpty()
					: checked.read() == checked.accepted().size() + rejectedLines,
					History.FILE + ": " + checked.read() + " lines read, " + checked.accepted().size() + " accepted, "
							+ rejectedLines + " listed");
			this.catalogTables.saveHistory(instance, this.files.fileNumber(instance, History.FILE), checked);
		}
		Path check = this.work.resolve("kiem-tra.csv");
		this.resultFiles.writeDataCheck(instance, check);
		long read = verifyCounts(instance, fed, check);
		return refused ? -1 : read;
	}

	/**
	 * A catalog or settings file refused: only when damaged, with a message naming it and
	 * the line it is about, every argument filled in.
	 */
	private static void requireRefusal(String message, List<String> damaged, FileKind... kinds) {
		List<String> names = damaged.stream().filter((name) -> List.of(kinds).contains(FileKind.of(name))).toList();
		require(!names.isEmpty(), "an undamaged file refused: " + message);
		require(names.stream().anyMatch((name) -> message.contains(name)),
				"the refusal does not name the file " + names + ": " + message);
		require(!LINE_WITHOUT_NUMBER.matcher(message).find(), "the refusal does not say which line: " + message);
		if (List.of(kinds).contains(FileKind.SETTINGS)) {
			// every setting is on a line; only a file that cannot be read as text is not
			require(LINE.matcher(message).find() || message.contains("không phải UTF-8")
					|| message.contains("Không đọc được"),
					"the refusal of a setting does not say its line: " + message);
		}
		requireFilledIn(message);
	}

	/**
	 * The problems of a reference file listed in the data check: each about a line with
	 * its line and column, or about the whole file.
	 */
	private static void requireListable(List<Problem> problems, String file) {
		for (Problem problem : problems) {
			if (!problem.isError()) {
				continue;
			}
			// a problem about no line is about the file, which its row in the data check
			// names
			require(problem.line() == null || problem.column() != null,
					file + ": a problem about a line without its column: " + problem.message());
			requireFilledIn(problem.message());
		}
	}

	/** A message for the planner with every argument filled in. */
	static void requireFilledIn(String message) {
		require(!WholeRunChecks.UNFILLED.matcher(message).find() && !WholeRunChecks.NULL.matcher(message).find(),
				"a message with an unfilled argument: " + message);
	}

	/**
	 * Every file's rows add up and every rejected row is listed with its reason.
	 * @return the submission rows read
	 */
	private long verifyCounts(long instance, Map<String, Long> fed, Path check) {
		long total = 0;
		for (FileCounts file : this.files.fileCounts(instance)) {
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
		List<Map<String, String>> listed = CsvFiles.problems(check);
		require(listed.size() == problems, "the data check does not list every problem");
		require(CsvFiles.read(check).size() == problems + this.files.fileCounts(instance).size(),
				"the data check does not list every file read");
		for (Map<String, String> problem : listed) {
			requireFilledIn(problem.get("message"));
		}
		return total;
	}

	private long count(String sql, Object... arguments) {
		Long count = this.jdbc.queryForObject(sql, Long.class, arguments);
		return (count != null) ? count : 0;
	}

	static void require(boolean condition, String failure) {
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
				Map.of("rounds", "10000", "seed", "1", "whole-run-every", "25", "input", "du-lieu-mau"));
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
