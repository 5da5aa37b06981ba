package vn.yearendreview.submission.kind;

/** Why a record could not be read as it stands. */
public enum Defect {

	/** A physical line over the longest line the reader takes (1,048,576 characters). */
	LINE_TOO_LONG,
	/** A cell over the longest cell the reader takes (10,000 characters). */
	CELL_TOO_LONG,
	/** The file ends inside a quoted cell: it was cut while copying. */
	UNTERMINATED_QUOTE,
	/** The rest of the file cannot be parsed from this record on. */
	UNREADABLE_REST

}
