package vn.yearendreview.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.yearendreview.Messages;
import vn.yearendreview.submission.ReferenceFile;
import vn.yearendreview.submission.ReferenceFile.ColumnSpec;
import vn.yearendreview.submission.Text;

/**
 * The recipients of the review, from {@code catalog/recipients.csv}: who gets a copy, and
 * the lines of the "Nơi nhận" block. A row's line is its {@code noi_nhan} cell when given
 * (members of one body share a line such as "Các đồng chí Ủy viên Ban Thường vụ Tỉnh
 * ủy"), else its name and title.
 *
 * @param recipients the people and bodies, in file order
 */
public record Recipients(List<Recipient> recipients) {

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
	 * Reads the recipients of an input folder.
	 * @param inputFolder the drop folder
	 * @param messages for error messages
	 * @return the recipients, none when the file is absent
	 * @throws vn.yearendreview.submission.CatalogException when the file cannot be used
	 */
	public static Recipients load(Path inputFolder, Messages messages) {
		Path path = inputFolder.resolve(FILE);
		if (!Files.isRegularFile(path)) {
			return new Recipients(List.of());
		}
		ReferenceFile file = ReferenceFile.read(path, COLUMNS, messages);
		List<Recipient> recipients = new ArrayList<>();
		for (ReferenceFile.Row row : file.rows()) {
			String name = row.get("name");
			if (Text.isBlank(name)) {
				throw file.error(messages, row, "name", "recipients.missingName");
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
					throw file.error(messages, row, "copies", "recipients.badCopies", copiesText);
				}
			}
			String line = row.get("noi_nhan");
			if (Text.isBlank(line)) {
				line = title.isEmpty() ? name : name + ", " + title;
			}
			recipients.add(new Recipient(name, title, blankToEmpty(row.get("group")), copies, line));
		}
		return new Recipients(List.copyOf(recipients));
	}

	/**
	 * The "Nơi nhận" block: one dash line per recipient line, the archive last.
	 * @param archive the archive line, e.g. {@code Lưu Văn phòng Tỉnh ủy.}
	 * @return the lines joined with line breaks
	 */
	public String block(String archive) {
		Set<String> lines = new LinkedHashSet<>();
		this.recipients.forEach((r) -> lines.add(r.line()));
		StringBuilder block = new StringBuilder();
		for (String line : lines) {
			String text = line.endsWith(",") || line.endsWith(";") ? line : line + ",";
			block.append("- ").append(text).append('\n');
		}
		block.append("- ").append(archive);
		return block.toString();
	}

	private static String blankToEmpty(String text) {
		return Text.isBlank(text) ? "" : text;
	}

}
