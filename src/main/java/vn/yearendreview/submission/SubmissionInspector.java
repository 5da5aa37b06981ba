package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.yearendreview.Messages;

/**
 * Looks at a submission file before its rows are read: encoding, delimiter, which header
 * is which column, number style, and whether its text is in a legacy font encoding or
 * lost its letters to question marks. Reads the file at most once and stops as soon as
 * everything is decided.
 */
public final class SubmissionInspector {

	/** Rows whose text is examined for legacy encodings. */
	private static final int TEXT_SAMPLE_ROWS = 200;

	private static final HeaderMatcher<Column> HEADERS = new HeaderMatcher<>(Arrays.asList(Column.values()),
			Column::headers);

	private static final List<Column> TEXT_COLUMNS = List.of(Column.NAME, Column.UNIT, Column.DEPARTMENT,
			Column.INDICATOR);

	private static final List<Column> NUMBER_COLUMNS = List.of(Column.PLAN, Column.ACTUAL, Column.PREVIOUS);

	private final Messages messages;

	public SubmissionInspector(Messages messages) {
		this.messages = messages;
	}

	/**
	 * Inspects a file.
	 * @param file the file
	 * @param fileNo its place in name order
	 * @return its profile; a file that cannot be read has a profile with an error
	 */
	public FileProfile inspect(Path file, int fileNo) {
		String name = file.getFileName().toString();
		List<Problem> problems = new ArrayList<>();
		TextEncoding encoding;
		try {
			encoding = TextEncoding.detect(file);
		}
		catch (IOException ex) {
			problems.add(fileError(Reason.UNREADABLE_FILE, String.valueOf(ex.getMessage())));
			return new FileProfile(fileNo, name, null, "", List.of(), 0, Map.of(), null, problems);
		}
		if (encoding.binary()) {
			problems.add(fileError(Reason.BINARY_FILE));
			return new FileProfile(fileNo, name, encoding, "", List.of(), 0, Map.of(), null, problems);
		}
		if (encoding.fallback()) {
			problems.add(new Problem(Problem.Severity.WARNING, null, null, null, Reason.WINDOWS_1258,
					this.messages.get("problem.WINDOWS_1258")));
		}
		try (CsvInput csv = CsvInput.open(file, encoding)) {
			return inspect(csv, fileNo, name, problems);
		}
		catch (IOException ex) {
			problems.add(fileError(Reason.UNREADABLE_FILE, String.valueOf(ex.getMessage())));
			return new FileProfile(fileNo, name, encoding, "", List.of(), 0, Map.of(), null, problems);
		}
	}

	private FileProfile inspect(CsvInput csv, int fileNo, String name, List<Problem> problems) throws IOException {
		List<String> header = csv.header();
		if (header.isEmpty()) {
			problems.add(fileError(Reason.EMPTY_FILE));
			return new FileProfile(fileNo, name, csv.encoding(), csv.delimiterName(), header, 0, Map.of(), null,
					problems);
		}
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		List<Problem> headerProblems = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String cell = header.get(i);
			if (cell.isEmpty()) {
				continue;
			}
			var column = HEADERS.match(cell);
			if (column.isEmpty()) {
				unknown.add(cell);
			}
			else if (columns.containsKey(column.get())) {
				headerProblems.add(fileError(Reason.DUPLICATE_COLUMN,
						header.get(columns.get(column.get())) + ", " + cell, column.get().header()));
			}
			else {
				columns.put(column.get(), i);
			}
		}
		LegacyTextDetector legacy = new LegacyTextDetector();
		header.forEach(legacy::observe);
		NumberStyleDetector numbers = new NumberStyleDetector();
		String suspect = header.stream().filter(LegacyTextDetector::isSuspect).findFirst().orElse(null);
		int rows = 0;
		CsvInput.Row next;
		while ((rows < TEXT_SAMPLE_ROWS || !numbers.decided()) && (next = csv.next()) != null) {
			CsvInput.Row row = next;
			rows++;
			for (Column column : NUMBER_COLUMNS) {
				numbers.observe(cell(row, columns.get(column)));
			}
			if (rows <= TEXT_SAMPLE_ROWS) {
				List<String> texts = columns.isEmpty() ? row.cells()
						: TEXT_COLUMNS.stream().map((c) -> cell(row, columns.get(c))).toList();
				for (String text : texts) {
					legacy.observe(text);
					if (suspect == null && LegacyTextDetector.isSuspect(text)) {
						suspect = text;
					}
				}
				String note = cell(row, columns.get(Column.NOTE));
				legacy.observeNote(note);
				if (suspect == null && LegacyTextDetector.hasLegacySymbols(note)) {
					suspect = note;
				}
			}
		}
		if (legacy.legacyFont()) {
			problems.removeIf((problem) -> problem.reason() == Reason.WINDOWS_1258);
			problems.add(fileError(Reason.LEGACY_FONT, shorten(suspect)));
		}
		else if (legacy.questionMarks()) {
			problems.add(fileError(Reason.QUESTION_MARKS, shorten(suspect)));
		}
		else {
			problems.addAll(headerProblems);
			List<String> missing = Arrays.stream(Column.values())
				.filter((c) -> c.required() && !columns.containsKey(c))
				.map((c) -> c.header() + " (" + String.join(", ", c.headers().subList(1, c.headers().size())) + ")")
				.toList();
			if (!missing.isEmpty()) {
				problems.add(fileError(Reason.MISSING_COLUMNS, String.join("; ", missing), String.join(", ", header)));
			}
			else if (!unknown.isEmpty()) {
				String list = Text.shorten(String.join(", ", unknown), LIST_CHARS);
				problems.add(new Problem(Problem.Severity.WARNING, null, null, list, Reason.UNKNOWN_COLUMNS,
						this.messages.get("problem.UNKNOWN_COLUMNS", list)));
			}
		}
		if (rows == 0 && problems.stream().noneMatch(Problem::isError)) {
			problems.add(new Problem(Problem.Severity.WARNING, null, null, null, Reason.NO_ROWS,
					this.messages.get("problem.NO_ROWS")));
		}
		NumberStyle style = numbers.style(csv.delimiter());
		if (style == null && problems.stream().noneMatch(Problem::isError)) {
			String values = numbers.ambiguousSamples()
				.stream()
				.map((v) -> "«" + v + "»")
				.collect(Collectors.joining(", "));
			problems.add(fileError(Reason.AMBIGUOUS_NUMBERS, values));
		}
		return new FileProfile(fileNo, name, csv.encoding(), csv.delimiterName(), header, csv.headerWidth(), columns,
				style, problems);
	}

	private static String cell(CsvInput.Row row, Integer index) {
		return (index != null && index < row.cells().size()) ? row.cells().get(index) : null;
	}

	private static String shorten(String text) {
		if (text == null) {
			return "";
		}
		return (text.length() > 60) ? text.substring(0, 60) + "…" : text;
	}

	/** The most characters of a list of headers quoted in a message. */
	private static final int LIST_CHARS = 500;

	private Problem fileError(Reason reason, String... args) {
		Object[] quoted = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			quoted[i] = Text.shorten(args[i], LIST_CHARS);
		}
		return new Problem(Problem.Severity.ERROR, null, null, (args.length > 0) ? args[0] : null, reason,
				this.messages.get("problem." + reason.name(), quoted));
	}

}
