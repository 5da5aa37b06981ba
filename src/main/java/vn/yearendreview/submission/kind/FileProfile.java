package vn.yearendreview.submission.kind;

import java.util.List;
import java.util.Map;

import vn.yearendreview.model.NumberStyle;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Staged;
import vn.yearendreview.model.StagedFile;

/**
 * What a submission file turned out to be: its encoding and dialect, which column is
 * where, its number style, and the problems that concern the whole file.
 *
 * @param fileNo the file's place in name order, from 1
 * @param fileName the file name
 * @param encoding its encoding
 * @param delimiter {@code ","}, {@code ";"} or {@code "tab"}; empty when the file is not
 * text
 * @param kind the kind of submission its header fits best, {@code null} when it has no
 * header
 * @param header the header cells as written, without empty trailing cells
 * @param headerWidth the number of header cells, empty trailing ones included
 * @param columns the index of each column found
 * @param numberStyle the number style, {@code null} when it could not be decided
 * @param problems whole-file problems and warnings
 */
public record FileProfile(int fileNo, String fileName, TextEncoding encoding, String delimiter, SubmissionKind kind,
		List<String> header, int headerWidth, Map<SubmissionColumn, Integer> columns, NumberStyle numberStyle,
		List<Problem> problems) implements SubmissionItem, Staged {

	/**
	 * Whether the file is refused as a whole; its rows are then all counted as rejected.
	 * @return {@code true} when a whole-file problem is an error
	 */
	public boolean rejected() {
		return this.problems.stream().anyMatch(Problem::isError);
	}

	/**
	 * The header of a column as the department wrote it.
	 * @param column a column
	 * @return its header in this file, or the English header when the file lacks it
	 */
	public String headerOf(SubmissionColumn column) {
		Integer index = this.columns.get(column);
		return (index != null) ? this.header.get(index) : column.header();
	}

	/**
	 * The header of the year column as the department wrote it.
	 * @return the header, {@code null} when the file has no header
	 */
	public String yearHeader() {
		return (this.kind != null) ? headerOf(this.kind.yearColumn()) : null;
	}

	/**
	 * The header of the key column (the indicator of a figure) as the department wrote
	 * it.
	 * @return the header, {@code null} when the file has no header
	 */
	public String keyHeader() {
		return (this.kind != null) ? headerOf(this.kind.keyColumn()) : null;
	}

	/**
	 * The header of the year's figure in a file of figures, as the department wrote it.
	 * @return the header, {@code null} in a file of another kind
	 */
	public String actualHeader() {
		return (this.kind != null && this.kind.actualColumn() != null) ? headerOf(this.kind.actualColumn()) : null;
	}

	/**
	 * The header of last year's figure in a file of figures, as the department wrote it.
	 * @return the header, {@code null} in a file of another kind
	 */
	public String previousHeader() {
		return (this.kind != null && this.kind.previousColumn() != null) ? headerOf(this.kind.previousColumn()) : null;
	}

	/**
	 * What the staging tables keep of this profile.
	 * @return the file as staged
	 */
	public StagedFile staged() {
		return new StagedFile(this.fileNo, (this.kind != null) ? this.kind.code() : null,
				(this.kind != null) ? this.kind.yearOffset() : 0, this.kind != null && this.kind.rowsExpected(),
				(this.encoding != null) ? this.encoding.label() : null, this.delimiter,
				(this.numberStyle != null) ? this.numberStyle.name() : null, yearHeader(), keyHeader(), actualHeader(),
				previousHeader(), rejected(), this.problems);
	}

}
