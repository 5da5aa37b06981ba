package vn.yearendreview.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which of the rows that report the same department and indicator counts. Rows with the
 * same figures are one row reported twice: the first counts (a department's own file
 * first) and the others are duplicates. Rows with different figures are decided by the
 * department's own file: when its own files agree on one figure, that figure counts and
 * the rows of other files are refused; otherwise no row counts, and the department is
 * asked which figure is right. A figure is never chosen by the order of file names.
 */
final class SameKeyRows {

	private SameKeyRows() {
	}

	/**
	 * One row of the key.
	 *
	 * @param fileNo its file
	 * @param line its line
	 * @param ownFile whether its file is the department's own (see {@link #isOwnFile})
	 * @param figures what is compared: its actual, previous and plan values
	 */
	record Row(int fileNo, long line, boolean ownFile, String figures) {

	}

	/**
	 * What becomes of one row.
	 *
	 * @param row the row
	 * @param reason why it does not count: {@link Reason#DUPLICATE},
	 * {@link Reason#NOT_OWN_FILE} or {@link Reason#CONFLICT}; {@code null} when it counts
	 * @param kept the row that counts instead, {@code null} for a conflict
	 */
	record Verdict(Row row, Reason reason, Row kept) {

	}

	/**
	 * Decides between the rows of one key.
	 * @param rows two or more rows, in file and line order
	 * @return a verdict per row, in the same order
	 */
	static List<Verdict> decide(List<Row> rows) {
		List<Row> own = rows.stream().filter(Row::ownFile).toList();
		Row kept;
		if (!own.isEmpty()) {
			kept = allSame(own) ? own.get(0) : null;
		}
		else {
			kept = allSame(rows) ? rows.get(0) : null;
		}
		List<Verdict> verdicts = new ArrayList<>(rows.size());
		for (Row row : rows) {
			if (kept == null) {
				verdicts.add(new Verdict(row, Reason.CONFLICT, null));
			}
			else if (row == kept) {
				verdicts.add(new Verdict(row, null, null));
			}
			else {
				Reason reason = row.figures().equals(kept.figures()) ? Reason.DUPLICATE : Reason.NOT_OWN_FILE;
				verdicts.add(new Verdict(row, reason, kept));
			}
		}
		return verdicts;
	}

	private static boolean allSame(List<Row> rows) {
		return rows.stream().map(Row::figures).distinct().count() == 1;
	}

	/**
	 * Whether a file is a department's own: its name is the department's code, alone or
	 * followed by {@code -}, {@code _}, {@code .} or a space ({@code SKHDT.csv},
	 * {@code SKHDT_bo_sung.csv}, {@code SKHDT-nhan-dinh.csv}), in any case.
	 * @param fileName the file name
	 * @param department the department code
	 * @return {@code true} when the file is the department's own
	 */
	static boolean isOwnFile(String fileName, String department) {
		String name = fileName.toUpperCase(Locale.ROOT);
		String code = department.toUpperCase(Locale.ROOT);
		if (!name.startsWith(code) || name.length() == code.length()) {
			return false;
		}
		return "-_. ".indexOf(name.charAt(code.length())) >= 0;
	}

}
