package vn.yearendreview.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for Excel: UTF-8 with a byte-order mark so Vietnamese shows, comma
 * separated, CRLF lines. A text cell that Excel would run as a formula (starting with
 * {@code =}, {@code +}, {@code -} or {@code @}) is neutralised with a leading apostrophe;
 * numbers stay numbers.
 */
public final class CsvOutput implements Closeable {

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d.,]*(?:[eE][-+]?\\d+)?");

	private final CSVPrinter printer;

	private CsvOutput(CSVPrinter printer) {
		this.printer = printer;
	}

	/**
	 * Creates a CSV file with its header.
	 * @param file the file to write
	 * @param header the column names
	 * @return the open file
	 * @throws IOException when it cannot be written
	 */
	public static CsvOutput create(Path file, String... header) throws IOException {
		return create(file, ',', header);
	}

	/**
	 * Creates a CSV file with its header and another delimiter, such as the {@code ;} of
	 * Vietnamese Windows, which its Excel opens directly.
	 * @param file the file to write
	 * @param delimiter the delimiter
	 * @param header the column names
	 * @return the open file
	 * @throws IOException when it cannot be written
	 */
	public static CsvOutput create(Path file, char delimiter, String... header) throws IOException {
		OutputStream out = Files.newOutputStream(file);
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		CSVPrinter printer = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get());
		printer.printRecord((Object[]) header);
		return new CsvOutput(printer);
	}

	/**
	 * Writes one record.
	 * @param cells the cells; {@code null} is written as an empty cell
	 * @throws IOException when it cannot be written
	 */
	public void row(Object... cells) throws IOException {
		Object[] safe = new Object[cells.length];
		for (int i = 0; i < cells.length; i++) {
			safe[i] = neutralise(cells[i]);
		}
		this.printer.printRecord(safe);
	}

	static String neutralise(Object cell) {
		if (cell == null) {
			return "";
		}
		String text = cell.toString();
		if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || isNumber(text)) {
			return text;
		}
		return "'" + text;
	}

	/**
	 * Whether a cell is a number in either style ({@code -1.5}, {@code -1.200,5}), which
	 * a spreadsheet reads as a number, not a formula.
	 */
	private static boolean isNumber(String text) {
		return NUMBER.matcher(text).matches();
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}
