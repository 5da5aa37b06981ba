package vn.yearendreview.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for Excel: UTF-8 with a byte-order mark so Vietnamese shows, comma
 * separated, CRLF lines. A text cell that Excel would run as a formula (starting with
 * {@code =}, {@code +}, {@code -} or {@code @}) is neutralised with a leading apostrophe;
 * numbers stay numbers.
 */
public final class CsvOutput implements Closeable {

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

	private static boolean isNumber(String text) {
		try {
			new BigDecimal(text);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}
