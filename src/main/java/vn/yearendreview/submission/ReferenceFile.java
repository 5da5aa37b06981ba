package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.ColumnSpec;
import vn.yearendreview.model.HeaderMatcher;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Text;
import vn.yearendreview.submission.kind.TextEncoding;

/**
 * A small CSV file the planner keeps (the catalog, the recipients), read like a
 * submission: any encoding and delimiter an office produces, headers matched loosely. Any
 * problem is a {@link CatalogException} naming the file, line and column.
 *
 * @param path the file, as messages name it
 * @param delimiter its delimiter
 * @param rows its records
 */
record ReferenceFile(Path path, char delimiter, List<Row> rows) {

	/**
	 * One record.
	 *
	 * @param line the physical line it starts on
	 * @param cells the trimmed cell of each column found, by canonical name
	 * @param headers the header as written of each column found, by canonical name
	 */
	public record Row(long line, Map<String, String> cells, Map<String, String> headers) {

		/**
		 * @param column a canonical column name
		 * @return the trimmed cell, {@code null} when the column is absent or the row
		 * short
		 */
		public String get(String column) {
			return this.cells.get(column);
		}

		/**
		 * @param column a canonical column name
		 * @return whether the file has the column
		 */
		public boolean has(String column) {
			return this.headers.containsKey(column);
		}

		/**
		 * @param column a canonical column name
		 * @return its header as written, or the canonical name
		 */
		public String header(String column) {
			return this.headers.getOrDefault(column, column);
		}

	}

	/**
	 * Reads a reference file.
	 * @param file the file
	 * @param columns its columns
	 * @param messages for error messages
	 * @return the file's records
	 * @throws CatalogException when it cannot be used
	 */
	public static ReferenceFile read(Path file, List<ColumnSpec> columns, Messages messages) {
		return read(file, file, columns, messages);
	}

	/**
	 * Reads a reference file from one place and names it in messages as another.
	 * @param read where it is read: the run's copy
	 * @param file how messages name it: its path in the input folder
	 * @param columns its columns
	 * @param messages for error messages
	 * @return the file's records
	 * @throws CatalogException when it cannot be used
	 */
	static ReferenceFile read(Path read, Path file, List<ColumnSpec> columns, Messages messages) {
		try {
			TextEncoding encoding = TextEncoding.detect(read);
			if (encoding.binary()) {
				throw new CatalogException(file + ": " + messages.get("catalog.binary"));
			}
			try (CsvInput csv = CsvInput.open(read, encoding)) {
				HeaderMatcher<ColumnSpec> matcher = new HeaderMatcher<>(columns, ColumnSpec::headers);
				List<String> header = csv.header();
				Map<String, Integer> index = new LinkedHashMap<>();
				Map<String, String> headers = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					int at = i;
					matcher.match(header.get(i)).ifPresent((c) -> {
						if (index.putIfAbsent(c.name(), at) == null) {
							headers.put(c.name(), header.get(at));
						}
					});
				}
				List<String> missing = columns.stream()
					.filter((c) -> c.required() && !index.containsKey(c.name()))
					.map(ColumnSpec::name)
					.toList();
				if (!missing.isEmpty()) {
					throw new CatalogException(file + ": " + messages.get("catalog.missingColumns",
							String.join(", ", missing), String.join(", ", header)));
				}
				List<Row> rows = new ArrayList<>();
				CsvInput.Row record;
				while ((record = csv.next()) != null) {
					if (record.defect() != null) {
						throw new CatalogException(messages.get("catalog.whereLine", file, record.line()) + ": "
								+ messages.get("catalog.defect." + record.defect().name()));
					}
					Map<String, String> cells = new LinkedHashMap<>();
					for (Map.Entry<String, Integer> column : index.entrySet()) {
						int i = column.getValue();
						cells.put(column.getKey(),
								(i < record.cells().size()) ? Text.trim(record.cells().get(i)) : null);
					}
					rows.add(new Row(record.line(), cells, headers));
				}
				return new ReferenceFile(file, csv.delimiter(), rows);
			}
		}
		catch (IOException ex) {
			throw new CatalogException(messages.get("catalog.unreadable", file, ex.getMessage()), ex);
		}
	}

	/**
	 * An error about one cell or line of this file.
	 * @param messages the messages
	 * @param row the record, {@code null} for the whole file
	 * @param column the canonical column, {@code null} for the whole line
	 * @param key the message key
	 * @param args the message arguments
	 * @return the exception to throw
	 */
	public CatalogException error(Messages messages, Row row, String column, String key, Object... args) {
		String where;
		if (row == null) {
			where = this.path.toString();
		}
		else if (column == null) {
			where = messages.get("catalog.whereLine", this.path, row.line());
		}
		else {
			where = messages.get("catalog.whereCell", this.path, row.line(), row.header(column));
		}
		return new CatalogException(where + ": " + messages.get(key, args));
	}

}
