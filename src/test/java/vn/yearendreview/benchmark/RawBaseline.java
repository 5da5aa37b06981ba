package vn.yearendreview.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The raw baseline of the ingest benchmark: the same files parsed with plain Commons CSV
 * and inserted with plain JDBC batches of 1,000 into a CACHED table of the same HSQLDB
 * file database settings, one writer, no checks.
 */
final class RawBaseline {

	private RawBaseline() {
	}

	/**
	 * Runs the baseline as a process of its own, to be timed beside the program's
	 * {@code --validate-only} on the same files and heap.
	 * @param args the input folder and a database folder that does not exist yet
	 * @throws Exception when the files cannot be read or the database refuses
	 */
	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		long rows = load(Path.of(args[0]), Path.of(args[1]));
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(java.util.Locale.ROOT, "%d rows in %.1f s, %.0f rows/s%n", rows, seconds, rows / seconds);
	}

	/**
	 * Loads every CSV file of a folder into a fresh database.
	 * @param input the folder
	 * @param database the database files' folder, created
	 * @return the rows inserted
	 * @throws IOException when a file cannot be read
	 * @throws SQLException when the database refuses
	 */
	static long load(Path input, Path database) throws IOException, SQLException {
		Files.createDirectories(database);
		String url = "jdbc:hsqldb:file:" + database.resolve("raw")
				+ ";hsqldb.lock_file=false;shutdown=true;hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.nio_max_size=64";
		long rows = 0;
		try (Connection db = DriverManager.getConnection(url, "SA", "")) {
			try (Statement ddl = db.createStatement()) {
				ddl.execute("""
						CREATE CACHED TABLE RAW_ROW (FILE_NO INT NOT NULL, LINE BIGINT NOT NULL, DEPARTMENT VARCHAR(32),
							REPORTED_YEAR INT, INDICATOR VARCHAR(32), PLAN VARCHAR(200), ACTUAL VARCHAR(60),
							PREVIOUS VARCHAR(60), NOTE VARCHAR(10000), PRIMARY KEY (FILE_NO, LINE))""");
			}
			db.setAutoCommit(false);
			List<Path> files;
			try (Stream<Path> listing = Files.list(input)) {
				files = listing.filter((f) -> f.toString().endsWith(".csv")).sorted().toList();
			}
			try (PreparedStatement insert = db
				.prepareStatement("INSERT INTO RAW_ROW VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				int fileNo = 0;
				int batch = 0;
				for (Path file : files) {
					fileNo++;
					try (BufferedReader reader = new BufferedReader(new InputStreamReader(
							BOMInputStream.builder().setInputStream(Files.newInputStream(file)).get(),
							StandardCharsets.UTF_8))) {
						reader.mark(100);
						String first = reader.readLine();
						char delimiter = first.startsWith("sep=") ? first.charAt(4) : (first.contains(";") ? ';' : ',');
						if (!first.startsWith("sep=")) {
							reader.reset();
						}
						CSVParser parser = CSVFormat.DEFAULT.builder()
							.setDelimiter(delimiter)
							.setHeader()
							.setSkipHeaderRecord(true)
							.get()
							.parse(reader);
						for (CSVRecord record : parser) {
							insert.setInt(1, fileNo);
							insert.setLong(2, record.getRecordNumber());
							insert.setString(3, record.get(0));
							insert.setInt(4, Integer.parseInt(record.get(1)));
							insert.setString(5, record.get(2));
							insert.setString(6, record.get(3));
							insert.setString(7, record.get(4));
							insert.setString(8, record.get(5));
							insert.setString(9, record.get(6));
							insert.addBatch();
							rows++;
							if (++batch == 1000) {
								insert.executeBatch();
								db.commit();
								batch = 0;
							}
						}
					}
				}
				if (batch > 0) {
					insert.executeBatch();
				}
				db.commit();
			}
		}
		return rows;
	}

}
