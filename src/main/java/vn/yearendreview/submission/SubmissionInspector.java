package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NumberStyle;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Text;
import vn.yearendreview.submission.kind.FileProfile;
import vn.yearendreview.submission.kind.LegacyTextDetector;
import vn.yearendreview.submission.kind.SubmissionColumn;
import vn.yearendreview.submission.kind.SubmissionKind;
import vn.yearendreview.submission.kind.TextEncoding;

/**
 * Looks at a submission file before its rows are read: encoding, delimiter, which header
 * is which column, number style, and whether its text is in a legacy font encoding or
 * lost its letters to question marks. Reads the file at most once and stops as soon as
 * everything is decided.
 */
final class SubmissionInspector {

	/** Rows whose text is examined for legacy encodings. */
	private static final int TEXT_SAMPLE_ROWS = 200;

	private final Messages messages;

	private final SubmissionKinds kinds;

	public SubmissionInspector(Messages messages, SubmissionKinds kinds) {
		this.messages = messages;
		this.kinds = kinds;
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
			return new FileProfile(fileNo, name, null, "", null, List.of(), 0, Map.of(), null, problems);
		}
		if (encoding.binary()) {
			problems.add(fileError(Reason.BINARY_FILE));
			return new FileProfile(fileNo, name, encoding, "", null, List.of(), 0, Map.of(), null, problems);
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
			return new FileProfile(fileNo, name, encoding, "", null, List.of(), 0, Map.of(), null, problems);
		}
	}

	private FileProfile inspect(CsvInput csv, int fileNo, String name, List<Problem> problems) throws IOException {
		List<String> header = csv.header();
		if (header.isEmpty()) {
			problems.add(fileError(Reason.EMPTY_FILE));
			return new FileProfile(fileNo, name, csv.encoding(), csv.delimiterName(), null, header, 0, Map.of(), null,
					problems);
		}
		SubmissionKinds.HeaderMatch match = this.kinds.match(header);
		SubmissionKind kind = match.kind();
		Map<SubmissionColumn, Integer> columns = match.columns();
		List<Problem> headerProblems = new ArrayList<>();
		for (String[] repeated : match.repeated()) {
			headerProblems.add(fileError(Reason.DUPLICATE_COLUMN, repeated));
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
			for (SubmissionColumn column : kind.numberColumns()) {
				numbers.observe(cell(row, columns.get(column)));
			}
			if (rows <= TEXT_SAMPLE_ROWS) {
				List<String> texts = columns.isEmpty() ? row.cells()
						: kind.textColumns().stream().map((c) -> cell(row, columns.get(c))).toList();
				for (String text : texts) {
					legacy.observe(text);
					if (suspect == null && LegacyTextDetector.isSuspect(text)) {
						suspect = text;
					}
				}
				for (SubmissionColumn column : kind.freeTextColumns()) {
					String note = cell(row, columns.get(column));
					legacy.observeNote(note);
					if (suspect == null && LegacyTextDetector.hasLegacySymbols(note)) {
						suspect = note;
					}
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
			List<String> missing = match.missing()
				.stream()
				.map((c) -> c.header() + " (" + String.join(", ", c.headers().subList(1, c.headers().size())) + ")")
				.toList();
			if (!match.alsoFits().isEmpty()) {
				problems.add(fileError(Reason.MIXED_HEADER, String.join(", ", header)));
			}
			else if (!missing.isEmpty()) {
				problems.add(fileError(Reason.MISSING_COLUMNS, String.join("; ", missing), String.join(", ", header)));
			}
			else if (!match.unknown().isEmpty()) {
				String list = Text.shorten(String.join(", ", match.unknown()), LIST_CHARS);
				problems.add(new Problem(Problem.Severity.WARNING, null, null, list, Reason.UNKNOWN_COLUMNS,
						this.messages.get("problem.UNKNOWN_COLUMNS", list)));
			}
		}
		if (rows == 0 && kind.rowsExpected() && problems.stream().noneMatch(Problem::isError)) {
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
		return new FileProfile(fileNo, name, csv.encoding(), csv.delimiterName(), kind, header, csv.headerWidth(),
				columns, style, problems);
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
