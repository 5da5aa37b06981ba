package vn.yearendreview.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.yearendreview.model.CatalogDepartment;
import vn.yearendreview.model.Messages;
import vn.yearendreview.submission.TemplateValues;

/**
 * The note beside a department's templates ({@code <DEPT>-huong-dan.txt}): the year, the
 * deadline when the settings give one, which file is for what, and the values the coded
 * columns take, as {@link TemplateValues} gives them from the reading's own definitions.
 * Plain text in UTF-8 with a byte order mark and Windows line ends, lines wrapped for a
 * narrow window, so that Notepad shows it as written.
 */
final class TemplateNote {

	/** The widest line, in characters. */
	static final int WIDTH = 100;

	private TemplateNote() {
	}

	/**
	 * The files a department's note describes.
	 *
	 * @param figures its figures file, {@code null} when the catalog gives it no
	 * indicator
	 * @param indicators how many indicators the figures file lists
	 * @param narrative its narrative points' file
	 * @param tasks its registrations' file
	 */
	record SentFiles(String figures, int indicators, String narrative, String tasks) {

	}

	/**
	 * Writes a department's note.
	 * @param file where to write it
	 * @param messages the words of the note
	 * @param department the department
	 * @param year the year it reports
	 * @param deadline the day its files are due, {@code null} when not set
	 * @param files the files it is sent
	 * @throws IOException when the file cannot be written
	 */
	static void write(Path file, Messages messages, CatalogDepartment department, int year, LocalDate deadline,
			SentFiles files) throws IOException {
		StringBuilder text = new StringBuilder("\uFEFF");
		for (String line : lines(messages, department, year, deadline, files)) {
			text.append(line).append("\r\n");
		}
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	/**
	 * The lines of a department's note, wrapped at {@link #WIDTH} characters.
	 * @param messages the words of the note
	 * @param department the department
	 * @param year the year it reports
	 * @param deadline the day its files are due, {@code null} when not set
	 * @param files the files it is sent
	 * @return the lines, without line ends
	 */
	static List<String> lines(Messages messages, CatalogDepartment department, int year, LocalDate deadline,
			SentFiles files) {
		String thisYear = String.valueOf(year);
		String nextYear = String.valueOf(year + 1);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(messages.get("templates.note.title", thisYear));
		paragraphs.add(messages.get("templates.note.department", department.name(), department.department()));
		if (deadline != null) {
			paragraphs.add(messages.get("templates.note.deadline", Formats.longDate(deadline, messages.locale())));
		}
		paragraphs.add("");
		paragraphs.add(messages.get("templates.note.files"));
		int number = 0;
		if (files.figures() != null) {
			paragraphs
				.add(messages.get("templates.note.figures", ++number, files.figures(), files.indicators(), thisYear));
		}
		paragraphs.add(messages.get("templates.note.narrative", ++number, files.narrative(), thisYear));
		paragraphs.add(messages.get("templates.note.tasks", ++number, files.tasks(), nextYear));
		paragraphs.add("");
		paragraphs.add(messages.get("templates.note.values"));
		paragraphs.add(messages.get("templates.note.group", files.narrative()));
		TemplateValues.groups()
			.forEach((group) -> paragraphs.add(messages.get("templates.note.value", group.name(), group.code())));
		paragraphs.add(messages.get("templates.note.kind", files.narrative()));
		TemplateValues.kinds()
			.forEach((kind) -> paragraphs.add(messages.get("templates.note.value", kind.name(), kind.code())));
		paragraphs.add(messages.get("templates.note.month", files.tasks()));
		paragraphs.add(messages.get("templates.note.months", String.valueOf(TemplateValues.firstMonth()),
				String.valueOf(TemplateValues.lastMonth()), String.join(", ", TemplateValues.otherMonthSpellings())));
		paragraphs.add(messages.get("templates.note.quarters", String.join(", ", TemplateValues.quarters()),
				String.join(", ", TemplateValues.otherQuarterSpellings())));
		paragraphs.add(messages.get("templates.note.level", files.tasks()));
		TemplateValues.levels()
			.forEach((level) -> paragraphs.add(messages.get("templates.note.value", level.code(), level.name())));
		paragraphs.add("");
		paragraphs.add(messages.get("templates.note.empty"));
		paragraphs.add(messages.get("templates.note.keep"));
		List<String> lines = new ArrayList<>();
		paragraphs.forEach((paragraph) -> lines.addAll(wrap(paragraph)));
		return lines;
	}

	/**
	 * A paragraph in lines of at most {@link #WIDTH} characters, broken between words;
	 * the lines after the first of a numbered or dashed item are indented under its text.
	 */
	static List<String> wrap(String paragraph) {
		if (paragraph.length() <= WIDTH) {
			return List.of(paragraph);
		}
		String indent = " ".repeat(hangingIndent(paragraph));
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : words(paragraph)) {
			if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
				lines.add(line.toString());
				line = new StringBuilder(indent);
			}
			if (line.length() > 0 && !line.toString().equals(indent)) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * The words of a paragraph, a name in «» kept whole as one word, so that no line
	 * breaks what is to be typed or chosen as written.
	 */
	private static List<String> words(String paragraph) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean quoted = false;
		for (char c : paragraph.toCharArray()) {
			if (c == ' ' && !quoted) {
				words.add(word.toString());
				word.setLength(0);
				continue;
			}
			quoted = (c == '«') || (quoted && c != '»');
			word.append(c);
		}
		words.add(word.toString());
		return words;
	}

	/** How far the text of an item begins: after {@code "- "} or {@code "2. "}. */
	private static int hangingIndent(String paragraph) {
		if (paragraph.startsWith("- ")) {
			return 2;
		}
		int dot = paragraph.indexOf(". ");
		return (dot > 0 && dot <= 3 && paragraph.substring(0, dot).chars().allMatch(Character::isDigit)) ? dot + 2 : 0;
	}

}
