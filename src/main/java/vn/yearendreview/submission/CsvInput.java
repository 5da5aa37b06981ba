package vn.yearendreview.submission;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.yearendreview.model.Text;
import vn.yearendreview.submission.kind.Defect;
import vn.yearendreview.submission.kind.TextEncoding;

/**
 * A CSV file opened the way an office wrote it: the encoding detected, the delimiter
 * ({@code ,}, {@code ;} or tab) sniffed from the header line or taken from Excel's
 * {@code sep=} line, every cell normalised to NFC, and each record numbered with the
 * physical line it starts on. Blank lines and rows of empty cells are skipped.
 */
final class CsvInput implements Closeable {

	/** The longest physical line read into memory. */
	static final int MAX_LINE_CHARS = 1024 * 1024;

	/**
	 * How much of the first line is looked at to find its delimiter or a {@code sep=}
	 * line; marking the whole line limit would allocate that much for every file.
	 */
	private static final int PEEK_CHARS = 64 * 1024;

	/** The longest cell accepted. */
	static final int MAX_CELL_CHARS = 10_000;

	/**
	 * The most characters of a header cell kept: headers are named in messages and
	 * stored, and no real header comes near it.
	 */
	static final int MAX_HEADER_CHARS = 200;

	private static final Pattern SEP_LINE = Pattern.compile("^sep=(.)\\s*$", Pattern.CASE_INSENSITIVE);

	/**
	 * One record.
	 *
	 * @param line the physical line it starts on, the file's first line being 1
	 * @param cells its cells, NFC
	 * @param defect why it cannot be used as it stands, or {@code null}
	 * @param defectCell the index of the cell the defect is in, {@code -1} when not known
	 */
	record Row(long line, List<String> cells, Defect defect, int defectCell) {

		Row(long line, List<String> cells, Defect defect) {
			this(line, cells, defect, -1);
		}

	}

	private final TextEncoding encoding;

	private final char delimiter;

	private final boolean sepLine;

	private final List<String> header;

	private final long headerLine;

	private final GuardedReader guard;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final int lineOffset;

	private boolean finished;

	private CsvInput(TextEncoding encoding, char delimiter, boolean sepLine, GuardedReader guard, BufferedReader text)
			throws IOException {
		this.encoding = encoding;
		this.delimiter = delimiter;
		this.sepLine = sepLine;
		this.guard = guard;
		this.lineOffset = sepLine ? 1 : 0;
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setTrailingData(true)
			.setAllowMissingColumnNames(true)
			.get();
		this.parser = CSVParser.builder().setReader(text).setFormat(format).get();
		this.records = this.parser.iterator();
		Row first = nextRow();
		this.header = (first != null) ? first.cells() : List.of();
		this.headerLine = (first != null) ? first.line() : 0;
	}

	/**
	 * Opens a file whose encoding is known.
	 * @param file the file
	 * @param encoding its encoding, not binary
	 * @return the open input, positioned after the header
	 * @throws IOException when the file cannot be read
	 */
	static CsvInput open(Path file, TextEncoding encoding) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(encoding.bomLength());
			BufferedReader sniffer = new BufferedReader(new InputStreamReader(in, encoding.charset()));
			String firstLine = peekLine(sniffer);
			Matcher sep = SEP_LINE.matcher((firstLine != null) ? firstLine : "");
			boolean sepLine = sep.matches();
			char delimiter = sepLine ? sep.group(1).charAt(0) : sniffDelimiter(firstLine);
			if (sepLine) {
				readLine(sniffer);
			}
			GuardedReader guard = new GuardedReader(sniffer, delimiter, MAX_LINE_CHARS);
			return new CsvInput(encoding, delimiter, sepLine, guard, new BufferedReader(guard));
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	TextEncoding encoding() {
		return this.encoding;
	}

	char delimiter() {
		return this.delimiter;
	}

	/**
	 * The delimiter for people: {@code ","}, {@code ";"} or {@code "tab"}.
	 * @return its name
	 */
	String delimiterName() {
		return (this.delimiter == '\t') ? "tab" : String.valueOf(this.delimiter);
	}

	boolean hasSepLine() {
		return this.sepLine;
	}

	/**
	 * The header cells, NFC and trimmed, without empty trailing cells.
	 * @return the header, empty for an empty file
	 */
	List<String> header() {
		List<String> cells = new ArrayList<>();
		for (String cell : this.header) {
			cells.add(Text.shorten(Text.trim(cell), MAX_HEADER_CHARS));
		}
		while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
			cells.remove(cells.size() - 1);
		}
		return cells;
	}

	/**
	 * The number of header cells as written, trailing empty ones included: rows may have
	 * as many.
	 * @return the raw width of the header
	 */
	int headerWidth() {
		return this.header.size();
	}

	long headerLine() {
		return this.headerLine;
	}

	/**
	 * Reads the next record that holds anything.
	 * @return the record, or {@code null} at the end of the file
	 * @throws IOException when the file cannot be read
	 */
	Row next() throws IOException {
		Row row;
		do {
			row = nextRow();
		}
		while (row != null && row.defect() == null && isEmpty(row.cells()));
		return row;
	}

	private Row nextRow() throws IOException {
		if (this.finished) {
			return null;
		}
		long start = this.parser.getCurrentLineNumber() + 1 + this.lineOffset;
		CSVRecord record;
		try {
			if (!this.records.hasNext()) {
				this.finished = true;
				return null;
			}
			record = this.records.next();
		}
		catch (UncheckedIOException ex) {
			this.finished = true;
			if (ex.getCause() != null && ex.getCause().getMessage() != null
					&& ex.getCause().getMessage().toLowerCase(Locale.ROOT).contains("eof")) {
				return new Row(start, List.of(), Defect.UNTERMINATED_QUOTE, this.guard.lastQuoteField());
			}
			return new Row(start, List.of(), Defect.UNREADABLE_REST);
		}
		long end = this.parser.getCurrentLineNumber() + this.lineOffset;
		List<String> cells = new ArrayList<>(record.size());
		GuardedReader.Cut cut = cutIn(start, Math.max(start, end));
		Defect defect = null;
		int defectCell = -1;
		if (cut != null) {
			defect = (cut.kind() == GuardedReader.Cut.Kind.LINE_TOO_LONG) ? Defect.LINE_TOO_LONG : Defect.CELL_TOO_LONG;
			defectCell = cut.field();
		}
		for (String value : record) {
			String cell = Text.nfc(value);
			if (cell.length() > MAX_CELL_CHARS && defect == null) {
				defect = Defect.CELL_TOO_LONG;
				defectCell = cells.size();
			}
			cells.add(cell);
		}
		return new Row(start, cells, defect, defectCell);
	}

	private GuardedReader.Cut cutIn(long start, long end) {
		for (GuardedReader.Cut cut : this.guard.cuts()) {
			long line = cut.line() + this.lineOffset;
			if (line >= start && line <= end) {
				return cut;
			}
		}
		return null;
	}

	private static boolean isEmpty(List<String> cells) {
		for (String cell : cells) {
			if (!Text.isBlank(cell)) {
				return false;
			}
		}
		return true;
	}

	private static char sniffDelimiter(String line) {
		if (line == null) {
			return ',';
		}
		int commas = 0;
		int semicolons = 0;
		int tabs = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				switch (c) {
					case ',' -> commas++;
					case ';' -> semicolons++;
					case '\t' -> tabs++;
					default -> {
					}
				}
			}
		}
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return (semicolons > commas) ? ';' : ',';
	}

	private static String peekLine(BufferedReader reader) throws IOException {
		reader.mark(PEEK_CHARS + 2);
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = reader.read()) >= 0 && c != '\n' && c != '\r' && line.length() <= PEEK_CHARS) {
			line.append((char) c);
		}
		reader.reset();
		return (c < 0 && line.length() == 0) ? null : line.toString();
	}

	private static String readLine(BufferedReader reader) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = reader.read()) >= 0 && c != '\n' && c != '\r') {
			if (line.length() < MAX_LINE_CHARS) {
				line.append((char) c);
			}
		}
		if (c < 0 && line.length() == 0) {
			return null;
		}
		if (c == '\r') {
			reader.mark(1);
			if (reader.read() != '\n') {
				reader.reset();
			}
		}
		return line.toString();
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

}
