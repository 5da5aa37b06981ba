package vn.yearendreview.submission;

import java.util.List;

/**
 * One record of a submission file, as read.
 *
 * @param profile the file it comes from
 * @param line the physical line it starts on
 * @param cells its cells, NFC
 * @param defect why it could not be read as it stands, or {@code null}
 */
public record SourceRecord(FileProfile profile, long line, List<String> cells,
		CsvInput.Defect defect) implements SubmissionItem {

	/**
	 * The cell of a column.
	 * @param column the column
	 * @return the trimmed cell, {@code null} when the file has no such column or the row
	 * is short
	 */
	public String cell(Column column) {
		Integer index = this.profile.columns().get(column);
		if (index == null || index >= this.cells.size()) {
			return null;
		}
		return Text.trim(this.cells.get(index));
	}

}
