package vn.yearendreview.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.Messages;
import vn.yearendreview.publish.Manifest;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.PublishedFiles;
import vn.yearendreview.support.ReviewCommand;

import static vn.yearendreview.submission.MutationFuzzer.require;

/**
 * The whole command run on a damaged pack as a planner runs it, and what it published
 * read back. It fails on:
 *
 * <ul>
 * <li>an exit code the README does not document for damaged inputs (0, 2, 3), a stack
 * trace or "Exception" on the console;</li>
 * <li>exit 2 without naming a damaged file, or naming a line of it without its number, or
 * with anything published;</li>
 * <li>exit 0 or 3 without the data check (PDF and CSV), the manifest, the results and the
 * department evaluations; without the review and the draft resolution while the catalog
 * can be read; without the work programme while a task registration file has accepted
 * rows; a review or console without the manifest's headline ("đạt và vượt X/Y chỉ
 * tiêu");</li>
 * <li>a document (the review, the draft resolution, the work programme, every department
 * evaluation, the data check) whose text holds {@code null}, a template expression
 * ({@code $P{}...), an unfilled message argument ({@code {0}}), a message key, or
 * "Exception"; a committee document holding what is only for the office, text typed in
 * TCVN3, or a character its font has no glyph for (the department evaluations and the
 * data check quote rejected values as they were found);</li>
 * <li>counts that do not add up: a file of the data check whose rows read are not its
 * rows accepted and rejected, a manifest whose totals are not the sums of the files,
 * whose files do not have the data check's counts, or whose outputs are not the files
 * published; console totals other than the manifest's; an exit code that is not 3 when
 * the manifest has something to look at, and 0 when not;</li>
 * <li>a recipients list that cannot be used without every problem in the data check and
 * exit 3, or with copies; a usable one without a copy per copy it asks for, each holding
 * every committee document, and a line per copy in the register.</li>
 * </ul>
 */
final class WholeRunChecks {

	/** A message argument left unfilled: {@code {0}}, {@code {1,number}}. */
	static final Pattern UNFILLED = Pattern.compile("\\{\\d+(,[^}]*)?\\}");

	/** A value printed as Java prints a missing one. */
	static final Pattern NULL = Pattern.compile("\\bnull\\b");

	/** Template expressions of JasperReports, printed instead of evaluated. */
	private static final List<String> EXPRESSIONS = List.of("${", "$P{", "$F{", "$V{", "$R{", "$X{");

	/** What only the office reads, never the committee: the data check's wording. */
	private static final List<String> OFFICE_ONLY = List.of("chưa nêu", "chưa gửi số liệu", "Hãy ");

	/**
	 * A symbol TCVN3 puts a Vietnamese letter on, beside a letter ({@code "®Çu t­"}); not
	 * the quotes, the micro sign or the soft hyphen, which Vietnamese text may hold.
	 */
	private static final Pattern LEGACY = Pattern
		.compile("\\p{L}[\\u00A8-\\u00AA\\u00AC\\u00AE\\u00AF\\u00B4\\u00B6-\\u00BA\\u00BC-\\u00BE]"
				+ "|[\\u00A8-\\u00AA\\u00AC\\u00AE\\u00AF\\u00B4\\u00B6-\\u00BA\\u00BC-\\u00BE]\\p{L}");

	private static final Pattern ROWS = Pattern
		.compile("Số liệu: (\\d+) dòng từ (\\d+) tệp; nhận (\\d+), từ chối (\\d+); (\\d+) tệp không đọc được");

	private final Messages messages;

	/** The keys of the messages, which a document must never print in place of a text. */
	private final List<String> keys;

	/**
	 * What a whole run ended with.
	 *
	 * @param exitCode its exit code
	 * @param documents the PDFs whose text was read
	 */
	record Outcome(int exitCode, int documents) {

	}

	WholeRunChecks(Messages messages) {
		this.messages = messages;
		this.keys = messages.bundle().keySet().stream().filter((key) -> key.contains(".")).sorted().toList();
	}

	/**
	 * Runs the command on a folder and checks what it printed and published.
	 * @param folder the round's input folder
	 * @param output an output folder, emptied first
	 * @param damaged the files the round damaged
	 * @return the exit code and the documents read
	 * @throws IOException when the output cannot be read
	 */
	Outcome check(Path folder, Path output, List<String> damaged) throws IOException {
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
		int exit = result.exitCode();
		require(exit == 0 || exit == 2 || exit == 3, "exit code " + exit + ": " + printed);
		require(!printed.contains("Exception") && !printed.contains("\tat ") && !printed.contains("Caused by"),
				"stack trace on the console: " + printed);
		require(!UNFILLED.matcher(printed).find(), "an unfilled message argument on the console: " + printed);
		if (exit == 2) {
			require(damaged.stream().anyMatch(printed::contains),
					"exit 2 without naming a damaged file " + damaged + ": " + printed);
			require(!Pattern.compile(", dòng (?!\\d)").matcher(printed).find(),
					"exit 2 naming a line without its number: " + printed);
			require(pdfs(output).isEmpty(), "exit 2 with documents published: " + pdfs(output));
			return new Outcome(exit, 0);
		}
		return new Outcome(exit, published(folder, output, exit, printed));
	}

	/** Checks a published set; gives the number of PDFs read. */
	private int published(Path folder, Path output, int exit, String printed) throws IOException {
		List<Path> years;
		try (Stream<Path> children = Files.list(output)) {
			years = children.filter((path) -> path.getFileName().toString().matches("\\d{4}")).toList();
		}
		require(years.size() == 1, "not one year published: " + years + ": " + printed);
		Path set = years.get(0);
		int year = Integer.parseInt(set.getFileName().toString());
		Path checkCsv = set.resolve("kiem-tra-du-lieu-" + year + ".csv");
		Path checkPdf = set.resolve("kiem-tra-du-lieu-" + year + ".pdf");
		Path manifestFile = set.resolve("manifest.json");
		for (Path needed : List.of(checkCsv, checkPdf, manifestFile, set.resolve("ket-qua-" + year + ".csv"))) {
			require(Files.isRegularFile(needed), "no " + needed.getFileName() + ": " + printed);
		}
		List<Map<String, String>> check = CsvFiles.read(checkCsv);
		Manifest manifest = Manifest.read(manifestFile);
		countsAddUp(check, manifest, set, exit, printed);

		List<Path> committee = new ArrayList<>();
		boolean catalog;
		try {
			catalog = new CatalogReader(this.messages).read(folder).hasIndicators();
		}
		catch (CatalogException ex) {
			throw new IllegalStateException("a run with a catalog that cannot be read ended with exit " + exit);
		}
		if (catalog) {
			committee.add(set.resolve("bao-cao-tong-hop-" + year + ".pdf"));
			committee.add(set.resolve("nghi-quyet-" + (year + 1) + ".pdf"));
			boolean tasks = check.stream()
				.filter((row) -> "FILE_READ".equals(row.get("reason_code")) && row.get("file").contains("-nhiem-vu-"))
				.anyMatch((row) -> number(row.get("rows_accepted")) > 0);
			Path programme = set.resolve("chuong-trinh-cong-tac-" + (year + 1) + ".pdf");
			if (tasks || Files.exists(programme)) {
				committee.add(programme);
			}
		}
		List<Path> documents = new ArrayList<>(committee);
		try (Stream<Path> departments = Files.list(set.resolve("don-vi"))) {
			List<Path> evaluations = departments.sorted().toList();
			require(!evaluations.isEmpty(), "no department evaluation: " + printed);
			documents.addAll(evaluations);
		}
		documents.add(checkPdf);
		for (Path document : documents) {
			require(Files.isRegularFile(document), "no " + document.getFileName() + ": " + printed);
			String text = Pdfs.text(document);
			String name = document.getFileName().toString();
			require(!NULL.matcher(text).find(), name + " prints null: " + excerpt(text, NULL));
			require(!UNFILLED.matcher(text).find(), name + " has an unfilled argument: " + excerpt(text, UNFILLED));
			for (String expression : EXPRESSIONS) {
				require(!text.contains(expression), name + " prints a template expression: " + expression);
			}
			require(!text.contains("Exception"), name + " prints an exception");
			for (String key : this.keys) {
				require(!text.contains(key), name + " prints the message key " + key);
			}
			if (committee.contains(document)) {
				for (String office : OFFICE_ONLY) {
					require(!text.contains(office), name + " prints what is for the office: " + office);
				}
				require(!LEGACY.matcher(text).find(), name + " prints text typed in TCVN3: " + excerpt(text, LEGACY));
				List<String> missing = Pdfs.missingGlyphs(document);
				require(missing.isEmpty(), name + " prints characters its font does not have, after " + missing);
			}
		}
		if (catalog) {
			Manifest.Headline headline = manifest.headline();
			String count = headline.achieved() + "/" + headline.total();
			require(Pdfs.words(committee.get(0)).contains("đạt và vượt " + count + " chỉ tiêu"),
					"the review does not give the headline " + count);
			require(printed.contains("Kết quả: đạt và vượt " + count + " chỉ tiêu năm " + year),
					"the console does not give the headline " + count + ": " + printed);
		}
		copies(folder, set, check, exit, catalog,
				committee.stream().map((document) -> document.getFileName().toString()).sorted().toList());
		return documents.size();
	}

	/** The data check's files, the manifest and the console agree. */
	private void countsAddUp(List<Map<String, String>> check, Manifest manifest, Path set, int exit, String printed) {
		long read = 0;
		long accepted = 0;
		long rejected = 0;
		long files = 0;
		for (Map<String, String> row : check) {
			if (!"FILE_READ".equals(row.get("reason_code")) || row.get("rows_read").isEmpty()) {
				continue;
			}
			long fileRead = number(row.get("rows_read"));
			long fileAccepted = number(row.get("rows_accepted"));
			long fileRejected = number(row.get("rows_rejected"));
			require(fileRead == fileAccepted + fileRejected, row.get("file") + ": " + fileRead + " rows read, "
					+ fileAccepted + " accepted, " + fileRejected + " rejected in the data check");
			read += fileRead;
			accepted += fileAccepted;
			rejected += fileRejected;
			files++;
		}
		Manifest.Totals totals = manifest.totals();
		require(totals.rowsRead() == read && totals.rowsAccepted() == accepted && totals.rowsRejected() == rejected
				&& totals.files() == files,
				"manifest totals " + totals + ", data check " + files + " files, " + read + " read, " + accepted
						+ " accepted, " + rejected + " rejected");
		long rejectedFiles = manifest.inputs()
			.stream()
			.filter((input) -> Boolean.TRUE.equals(input.rejected()))
			.count();
		require(totals.filesRejected() == rejectedFiles,
				"manifest: " + totals.filesRejected() + " files rejected, " + rejectedFiles + " inputs rejected");
		long inputsRead = manifest.inputs()
			.stream()
			.filter((input) -> input.rowsRead() != null)
			.mapToLong(Manifest.Input::rowsRead)
			.sum();
		long inputsAccepted = manifest.inputs()
			.stream()
			.filter((input) -> input.rowsAccepted() != null)
			.mapToLong(Manifest.Input::rowsAccepted)
			.sum();
		require(inputsRead == totals.rowsRead() && inputsAccepted == totals.rowsAccepted(), "manifest totals " + totals
				+ ", its inputs " + inputsRead + " rows read, " + inputsAccepted + " accepted");
		for (Manifest.Input input : manifest.inputs()) {
			if (input.rowsRead() == null) {
				continue;
			}
			Map<String, String> row = check.stream()
				.filter((r) -> "FILE_READ".equals(r.get("reason_code")) && input.file().equals(r.get("file")))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(input.file() + " is not in the data check"));
			require(input.rowsRead() == number(row.get("rows_read"))
					&& input.rowsAccepted() == number(row.get("rows_accepted"))
					&& input.rowsRejected() == number(row.get("rows_rejected")),
					input.file() + ": manifest " + input + ", data check " + row);
		}
		Map<String, String> published = PublishedFiles.hashes(set);
		published.remove("manifest.json");
		Map<String, String> listed = new java.util.TreeMap<>();
		manifest.outputs().forEach((output) -> listed.put(output.file(), output.sha256()));
		require(published.equals(listed), "manifest outputs " + listed.keySet() + ", published " + published.keySet());
		require(exit == (totals.needsAttention() ? 3 : 0), "exit " + exit + " with totals " + totals);
		Matcher summary = ROWS.matcher(printed);
		require(summary.find(), "no totals on the console: " + printed);
		require(Long.parseLong(summary.group(1)) == totals.rowsRead()
				&& Long.parseLong(summary.group(2)) == totals.files()
				&& Long.parseLong(summary.group(3)) == totals.rowsAccepted()
				&& Long.parseLong(summary.group(4)) == totals.rowsRejected()
				&& Long.parseLong(summary.group(5)) == totals.filesRejected(),
				"console " + summary.group() + ", manifest " + totals);
	}

	/**
	 * A usable recipients list gives its copies; an unusable one is listed and gives
	 * none.
	 */
	private void copies(Path folder, Path set, List<Map<String, String>> check, int exit, boolean catalog,
			List<String> committee) throws IOException {
		Recipients recipients = Recipients.load(folder, this.messages);
		Path copies = set.resolve("phat-hanh");
		List<Path> copyFolders = List.of();
		if (Files.isDirectory(copies)) {
			try (Stream<Path> children = Files.list(copies)) {
				copyFolders = children.filter(Files::isDirectory).sorted().toList();
			}
		}
		long folders = copyFolders.size();
		if (!recipients.usable()) {
			long listed = check.stream()
				.filter((row) -> Recipients.FILE.equals(row.get("file"))
						&& "BAD_RECIPIENTS".equals(row.get("reason_code")))
				.count();
			require(listed == recipients.problems().size(),
					"the data check lists " + listed + " of the recipients' problems " + recipients.problems());
			require(exit == 3, "exit " + exit + " with an unusable recipients list");
			require(folders == 0, folders + " copies from an unusable recipients list");
			return;
		}
		if (catalog) {
			int wanted = recipients.recipients().stream().mapToInt(Recipients.Recipient::copies).sum();
			require(folders == wanted, folders + " copies for " + wanted + " asked");
			for (Path copy : copyFolders) {
				try (Stream<Path> documents = Files.list(copy)) {
					List<String> held = documents.map((document) -> document.getFileName().toString())
						.sorted()
						.toList();
					require(held.equals(committee), copy.getFileName() + " holds " + held + ", not " + committee);
				}
			}
			if (wanted > 0) {
				Path register = set.resolve("so-phat-hanh-" + set.getFileName() + ".csv");
				require(Files.isRegularFile(register) && CsvFiles.read(register).size() == wanted,
						"the register does not have a line per copy");
			}
		}
	}

	private static List<Path> pdfs(Path output) throws IOException {
		if (!Files.isDirectory(output)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(output)) {
			return files.filter((path) -> path.toString().endsWith(".pdf")).toList();
		}
	}

	private static long number(String cell) {
		return (cell == null || cell.isEmpty()) ? 0 : Long.parseLong(cell);
	}

	private static String excerpt(String text, Pattern pattern) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			return "";
		}
		return text.substring(Math.max(0, matcher.start() - 80), Math.min(text.length(), matcher.end() + 80));
	}

}
