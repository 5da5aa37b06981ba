package vn.yearendreview.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/** Reads the CSV files the program writes. */
public final class CsvFiles {

	private CsvFiles() {
	}

	/**
	 * Reads a CSV file with a header into maps.
	 * @param file the file, UTF-8 with or without BOM
	 * @return one map per record, keyed by header
	 */
	public static List<Map<String, String>> read(Path file) {
		return read(file, ',');
	}

	/**
	 * The problems of a data check CSV: its rows without those that list the files read.
	 * @param file the data check CSV
	 * @return one map per problem, keyed by header
	 */
	public static List<Map<String, String>> problems(Path file) {
		return read(file).stream().filter((row) -> !"FILE_READ".equals(row.get("reason_code"))).toList();
	}

	/**
	 * Reads a CSV file with a header into maps.
	 * @param file the file, UTF-8 with or without BOM
	 * @param delimiter its delimiter
	 * @return one map per record, keyed by header
	 */
	public static List<Map<String, String>> read(Path file, char delimiter) {
		try (Reader reader = new java.io.InputStreamReader(
				BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setDelimiter(delimiter)
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				rows.add(record.toMap());
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
