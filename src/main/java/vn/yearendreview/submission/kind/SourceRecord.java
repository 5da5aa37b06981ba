package vn.yearendreview.submission.kind;

import java.util.List;

import vn.yearendreview.model.Text;

/**
 * One record of a submission file, as read.
 *
 * @param profile the file it comes from
 * @param line the physical line it starts on
 * @param cells its cells, NFC
 * @param defect why it could not be read as it stands, or {@code null}
 * @param defectCell the index of the cell the defect is in, {@code -1} when not known
 */
public record SourceRecord(FileProfile profile, long line, List<String> cells, Defect defect,
		int defectCell) implements SubmissionItem {

	/**
	 * The header of the cell at an index, as the file writes it.
	 * @param index a cell index
	 * @return the header, or {@code null} when the header has no such column
	 */
	public String headerAt(int index) {
		return (index >= 0 && index < this.profile.header().size()) ? this.profile.header().get(index) : null;
	}

	/**
	 * The cell of a column.
	 * @param column the column
	 * @return the trimmed cell, {@code null} when the file has no such column or the row
	 * is short
	 */
	public String cell(SubmissionColumn column) {
		Integer index = this.profile.columns().get(column);
		if (index == null || index >= this.cells.size()) {
			return null;
		}
		return Text.trim(this.cells.get(index));
	}

}
