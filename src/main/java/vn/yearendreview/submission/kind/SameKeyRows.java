package vn.yearendreview.submission.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;

/**
 * Which of the rows that report the same department and indicator counts. Rows with the
 * same figures are one row reported twice: the first with a note, else the first, counts
 * (a department's own file first) and the others are duplicates. Rows with different
 * figures are decided by the department's own file: when its own files agree on one
 * figure, that figure counts and the rows of other files are refused; otherwise no row
 * counts, and the department is asked which figure is right. A figure is never chosen by
 * the order of file names.
 */
public final class SameKeyRows {

	/** The other rows a conflict names; more are shown as "…". */
	public static final int PLACES_LISTED = 5;

	private SameKeyRows() {
	}

	/**
	 * The same row sent twice counts once and is only a warning: nothing is lost and
	 * nothing needs correcting. Two different versions of it are rejected.
	 * @param reason why a row does not count
	 * @return the severity of its problem
	 */
	public static Problem.Severity severity(Reason reason) {
		return (reason == Reason.DUPLICATE) ? Problem.Severity.WARNING : Problem.Severity.ERROR;
	}

	/**
	 * One row of the key.
	 *
	 * @param fileNo its file
	 * @param line its line
	 * @param ownFile whether its file is the department's own (see {@link #isOwnFile})
	 * @param figures what is compared: its actual, previous and plan values
	 * @param note its note, empty when it has none
	 */
	public record Row(int fileNo, long line, boolean ownFile, String figures, String note) {

		/**
		 * A row without a note.
		 * @param fileNo its file
		 * @param line its line
		 * @param ownFile whether its file is the department's own
		 * @param figures what is compared
		 */
		public Row(int fileNo, long line, boolean ownFile, String figures) {
			this(fileNo, line, ownFile, figures, "");
		}

		public Row {
			note = (note != null) ? note.strip() : "";
		}

	}

	/**
	 * What becomes of one row.
	 *
	 * @param row the row
	 * @param reason why it does not count: {@link Reason#DUPLICATE},
	 * {@link Reason#NOT_OWN_FILE} or {@link Reason#CONFLICT}; {@code null} when it counts
	 * @param kept the row that counts instead, {@code null} for a conflict
	 */
	public record Verdict(Row row, Reason reason, Row kept) {

	}

	/**
	 * Decides between the rows of one key.
	 * @param rows two or more rows, in file and line order
	 * @return a verdict per row, in the same order
	 */
	public static List<Verdict> decide(List<Row> rows) {
		List<Row> own = rows.stream().filter(Row::ownFile).toList();
		List<Row> deciding = own.isEmpty() ? rows : own;
		Row kept = oneVersion(deciding) ? withNote(deciding) : null;
		List<Verdict> verdicts = new ArrayList<>(rows.size());
		for (Row row : rows) {
			if (kept == null) {
				verdicts.add(new Verdict(row, Reason.CONFLICT, null));
			}
			else if (row == kept) {
				verdicts.add(new Verdict(row, null, null));
			}
			else {
				Reason reason = oneVersion(List.of(row, kept)) ? Reason.DUPLICATE : Reason.NOT_OWN_FILE;
				verdicts.add(new Verdict(row, reason, kept));
			}
		}
		return verdicts;
	}

	/** Whether rows report the same figures, whatever their notes. */
	private static boolean oneVersion(List<Row> rows) {
		return rows.stream().map(Row::figures).distinct().count() == 1;
	}

	/**
	 * Of rows with the same figures, the first that gives a note, else the first: a
	 * second file that adds the cause of a miss to the same figures keeps the cause.
	 */
	private static Row withNote(List<Row> rows) {
		return rows.stream().filter((row) -> !row.note().isEmpty()).findFirst().orElse(rows.get(0));
	}

	/**
	 * Whether a file is a department's own: its name is the department's code, alone or
	 * followed by {@code -}, {@code _}, {@code .} or a space ({@code SKHDT.csv},
	 * {@code SKHDT_bo_sung.csv}, {@code SKHDT-nhan-dinh.csv}), in any case.
	 * @param fileName the file name
	 * @param department the department code
	 * @return {@code true} when the file is the department's own
	 */
	public static boolean isOwnFile(String fileName, String department) {
		String name = fileName.toUpperCase(Locale.ROOT);
		String code = department.toUpperCase(Locale.ROOT);
		if (!name.startsWith(code) || name.length() == code.length()) {
			return false;
		}
		return "-_. ".indexOf(name.charAt(code.length())) >= 0;
	}

}
