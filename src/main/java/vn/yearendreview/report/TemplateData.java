package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the templates of a committee document receive from it as composed: the frame as
 * parameters, the body as records carrying the headings above them, a table as records of
 * one field per column.
 */
final class TemplateData {

	private TemplateData() {
	}

	/**
	 * The parameters of the frame of a committee document: header, marks, title,
	 * signature and "Nơi nhận".
	 * @param frame the frame
	 * @param documents what the documents share
	 * @param templates the templates
	 * @return a new mutable map
	 */
	static Map<String, Object> frameParameters(CommitteeDocument.Frame frame, Documents documents,
			ReportTemplates templates) {
		Map<String, Object> parameters = documents.parameters(templates);
		parameters.put("ISSUER", frame.issuer());
		parameters.put("PARENT", frame.parent());
		parameters.put("PARTY", frame.party());
		parameters.put("NUMBER_LINE", frame.numberLine());
		parameters.put("PLACE_DATE", frame.placeDate());
		parameters.put("MARKS", frame.marks().isEmpty() ? null : String.join("\n", frame.marks()));
		parameters.put("DRAFT", frame.draft());
		parameters.put("SCOPE", frame.scope());
		parameters.put("TITLE", frame.title());
		parameters.put("SUBTITLE", frame.subtitle());
		parameters.put("SIGNER_MANDATE", frame.signerMandate());
		parameters.put("SIGNER_TITLE", frame.signerTitle());
		parameters.put("SIGNER_NAME", frame.signerName());
		parameters.put("RECIPIENTS", frame.recipients().stream().map((line) -> Map.of("line", line)).toList());
		return parameters;
	}

	/**
	 * Turns the paragraphs into records of the template: body paragraphs carrying the
	 * headings above them, so that headings are group headers kept with what follows.
	 */
	static List<Map<String, ?>> rows(List<Paragraph> body, Set<Integer> keptWhole) {
		List<Map<String, ?>> rows = new ArrayList<>();
		int h1Key = 0;
		int h2Key = 0;
		int h3Key = 0;
		String h1 = null;
		String h2 = null;
		String h3 = null;
		Map<String, Object> lastRow = null;
		for (Paragraph paragraph : body) {
			switch (paragraph.kind()) {
				case HEADING1 -> {
					h1Key++;
					h1 = paragraph.text();
					h2 = null;
					h3 = null;
				}
				case HEADING2 -> {
					h2Key++;
					h2 = paragraph.text();
					h3 = null;
				}
				case HEADING3 -> {
					h3Key++;
					h3 = paragraph.text();
				}
				default -> {
					Map<String, Object> row = new HashMap<>();
					row.put("h1Key", h1Key);
					row.put("h1", h1);
					row.put("h2Key", h2Key);
					row.put("h2", h2);
					row.put("h3Key", h3Key);
					row.put("h3", h3);
					row.put("kind", paragraph.kind().name());
					row.put("text", paragraph.text());
					row.put("index", rows.size());
					row.put("whole",
							paragraph.text().length() <= PageBreaks.KEPT_WHOLE || keptWhole.contains(rows.size()));
					row.put("last", false);
					rows.add(row);
					lastRow = row;
				}
			}
		}
		if (lastRow != null) {
			lastRow.put("last", true);
		}
		return rows;
	}

	/**
	 * The records of a template's table, one field per column named in order, and the
	 * heading of the row's group in {@code GROUP}.
	 * @param table the table
	 * @param fields the template's field of each column
	 * @return the records
	 */
	static List<Map<String, ?>> records(CommitteeDocument.Table table, String[] fields) {
		List<Map<String, ?>> records = new ArrayList<>();
		try (Stream<CommitteeDocument.Row> rows = table.rows().open()) {
			rows.forEach((row) -> records.add(record(row, fields)));
		}
		return records;
	}

	/**
	 * The record of one row of a template's table, as {@link #records} gives it.
	 * @param row the row
	 * @param fields the template's field of each column
	 * @return the record
	 */
	static Map<String, Object> record(CommitteeDocument.Row row, String[] fields) {
		Map<String, Object> record = new HashMap<>();
		record.put("GROUP", row.group());
		for (int i = 0; i < fields.length && i < row.cells().size(); i++) {
			record.put(fields[i], row.cells().get(i));
		}
		return record;
	}

}
