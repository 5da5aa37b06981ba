package vn.yearendreview.submission;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.ColumnSpec;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.SourceFolder;
import vn.yearendreview.model.Text;
import vn.yearendreview.submission.kind.LegacyTextDetector;

/**
 * The recipients of the review, from {@code catalog/recipients.csv}: who gets a copy, and
 * the lines of the "Nơi nhận" block. A row's line is its {@code noi_nhan} cell when given
 * (members of one body share a line such as "Các đồng chí Ủy viên Ban Thường vụ Tỉnh
 * ủy"), else its name and title.
 *
 * @param recipients the people and bodies, in file order; none when the file has problems
 * @param problems what makes the file unusable, each with its line and column; the copies
 * are made only from a list without problems
 */
public record Recipients(List<Recipient> recipients, List<Problem> problems) {

	/** The recipients file, relative to the input folder. */
	public static final String FILE = "catalog/recipients.csv";

	private static final List<ColumnSpec> COLUMNS = List.of(ColumnSpec.required("name", "ten", "Tên", "Họ và tên"),
			ColumnSpec.optional("title", "chuc_vu", "Chức vụ", "Chức danh"),
			ColumnSpec.optional("group", "nhom", "Nhóm"), ColumnSpec.optional("copies", "so_ban", "Số bản"),
			ColumnSpec.optional("noi_nhan", "Nơi nhận", "recipient_line"));

	/**
	 * One recipient.
	 *
	 * @param name person or body
	 * @param title title, may be empty
	 * @param group group code, may be empty
	 * @param copies copies to send
	 * @param line the line in "Nơi nhận"
	 */
	public record Recipient(String name, String title, String group, int copies, String line) {

	}

	/**
	 * No recipients: no copies, and only the archive under "Nơi nhận".
	 * @return the empty list
	 */
	public static Recipients none() {
		return new Recipients(List.of(), List.of());
	}

	/**
	 * Whether the copies can be made from this list.
	 * @return {@code true} when the file had no problem
	 */
	public boolean usable() {
		return this.problems.isEmpty();
	}

	/**
	 * Reads the recipients of an input folder, noting every line that cannot be used.
	 * @param inputFolder the drop folder
	 * @param messages for the problems' messages
	 * @return the recipients, none when the file is absent; with its problems, and no
	 * recipient, when it cannot be used
	 */
	public static Recipients load(Path inputFolder, Messages messages) {
		return load(SourceFolder.of(inputFolder), messages);
	}

	/**
	 * Reads the recipients of an input folder from where the run reads it.
	 * @param inputFolder the drop folder, read from the run's copy
	 * @param messages for the problems' messages
	 * @return the recipients, as {@link #load(Path, Messages)} gives them
	 */
	public static Recipients load(SourceFolder inputFolder, Messages messages) {
		if (!Files.isRegularFile(inputFolder.file(FILE))) {
			return none();
		}
		ReferenceFile file;
		try {
			file = ReferenceFile.read(inputFolder.file(FILE), inputFolder.shown(FILE), COLUMNS, messages);
		}
		catch (CatalogException ex) {
			return new Recipients(List.of(), List.of(problem(messages, null, null, null, ex.getMessage())));
		}
		List<Recipient> recipients = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (ReferenceFile.Row row : file.rows()) {
			String name = row.get("name");
			if (Text.isBlank(name)) {
				problems.add(problem(messages, row.line(), row.header("name"), null,
						messages.get("recipients.missingName")));
				continue;
			}
			String unreadable = unreadable(row);
			if (unreadable != null) {
				String text = Text.nfc(row.get(unreadable));
				problems.add(problem(messages, row.line(), row.header(unreadable), text,
						messages.get("recipients.legacyText", Problem.quote(text))));
				continue;
			}
			String title = blankToEmpty(row.get("title"));
			int copies = 1;
			String copiesText = row.get("copies");
			if (!Text.isBlank(copiesText)) {
				try {
					copies = Integer.parseInt(copiesText.strip());
				}
				catch (NumberFormatException ex) {
					copies = 0;
				}
				if (copies < 1 || copies > 999) {
					problems.add(problem(messages, row.line(), row.header("copies"), copiesText,
							messages.get("recipients.badCopies", Problem.quote(copiesText))));
					continue;
				}
			}
			String line = row.get("noi_nhan");
			if (Text.isBlank(line)) {
				line = title.isEmpty() ? name : name + ", " + title;
			}
			recipients.add(new Recipient(name, title, blankToEmpty(row.get("group")), copies, line));
		}
		return problems.isEmpty() ? new Recipients(List.copyOf(recipients), List.of())
				: new Recipients(List.of(), List.copyOf(problems));
	}

	/**
	 * The column of a row whose text the documents would print unreadable (typed in a
	 * legacy font encoding, or garbled by another encoding), {@code null} when none.
	 */
	private static String unreadable(ReferenceFile.Row row) {
		for (String column : List.of("name", "title", "noi_nhan")) {
			if (LegacyTextDetector.hasForeignLetters(Text.nfc(row.get(column)))) {
				return column;
			}
		}
		return null;
	}

	private static Problem problem(Messages messages, Long line, String column, String value, String what) {
		return new Problem(Problem.Severity.ERROR, line, column, value, Reason.BAD_RECIPIENTS,
				messages.get("problem.BAD_RECIPIENTS", what));
	}

	/**
	 * The lines of the "Nơi nhận" block, each printed after a dash: one per recipient
	 * line, the archive last.
	 * @param archive the archive line, e.g. {@code Lưu Văn phòng Tỉnh ủy.}
	 * @return the lines, without their dashes
	 */
	public List<String> lines(String archive) {
		Set<String> lines = new LinkedHashSet<>();
		this.recipients.forEach((r) -> lines.add(r.line()));
		List<String> block = new ArrayList<>();
		for (String line : lines) {
			block.add(line.endsWith(",") || line.endsWith(";") ? line : line + ",");
		}
		block.add(archive);
		return block;
	}

	private static String blankToEmpty(String text) {
		return Text.isBlank(text) ? "" : text;
	}

}
