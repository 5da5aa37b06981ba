package vn.yearendreview.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the Word drafts back with POI, as Word would open them: their text in reading
 * order, their paragraphs and tables.
 */
public final class WordFiles {

	private WordFiles() {
	}

	/**
	 * Opens a Word file.
	 * @param file the {@code .docx}
	 * @return the document, to be closed
	 */
	public static XWPFDocument open(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The words of a Word file's main text in reading order: paragraphs and, for a table,
	 * its cells row by row; headers and comments left out.
	 * @param file the {@code .docx}
	 * @return the words
	 */
	public static List<String> words(Path file) {
		try (XWPFDocument document = open(file)) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				append(element, text);
			}
			return split(text.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void append(IBodyElement element, StringBuilder text) {
		if (element instanceof XWPFParagraph paragraph) {
			text.append(paragraph.getText()).append('\n');
		}
		else if (element instanceof XWPFTable table) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					for (IBodyElement inner : cell.getBodyElements()) {
						append(inner, text);
					}
				}
			}
		}
	}

	/**
	 * The words of a PDF as a reader reads them, without what a page repeats: the page
	 * number at the top of a page, and a table's heading row printed again at the top of
	 * each page after the first (a Word file holds both once, as a field in its header
	 * and as a heading row that repeats).
	 * @param pdf the PDF
	 * @param docx the Word file of the same document, whose tables' heading rows are
	 * looked for
	 * @return the words
	 */
	public static List<String> pdfWords(Path pdf, Path docx) {
		List<String> pages = Pdfs.pages(pdf);
		List<String> words = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			List<String> lines = new ArrayList<>(List.of(pages.get(i).strip().split("\n")));
			if (!lines.isEmpty() && lines.get(0).strip().equals(String.valueOf(i + 1))) {
				lines.remove(0);
			}
			words.addAll(split(String.join("\n", lines)));
		}
		for (List<String> heading : headingRows(docx)) {
			boolean first = true;
			for (int at = indexOf(words, heading, 0); at >= 0; at = indexOf(words, heading, at)) {
				if (first) {
					first = false;
					at += heading.size();
				}
				else {
					words.subList(at, at + heading.size()).clear();
				}
			}
		}
		return words;
	}

	private static List<List<String>> headingRows(Path docx) {
		List<List<String>> rows = new ArrayList<>();
		try (XWPFDocument document = open(docx)) {
			for (XWPFTable table : document.getTables()) {
				XWPFTableRow first = table.getRow(0);
				if (first != null && first.isRepeatHeader()) {
					rows.add(split(first.getTableCells()
						.stream()
						.map(XWPFTableCell::getText)
						.reduce("", (a, b) -> a + " " + b)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	private static int indexOf(List<String> words, List<String> part, int from) {
		for (int i = from; i + part.size() <= words.size(); i++) {
			if (words.subList(i, i + part.size()).equals(part)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Splits a text into words at white space.
	 * @param text the text
	 * @return its words
	 */
	public static List<String> split(String text) {
		return Arrays.stream(text.strip().split("\\s+")).filter((word) -> !word.isEmpty()).toList();
	}

	/**
	 * The share of the words of a text found in another in the same order: the longest
	 * common subsequence of words over the first text's words.
	 * @param expected the words that should be there, in order
	 * @param actual the words found
	 * @return from 0 to 1
	 */
	public static double inOrder(List<String> expected, List<String> actual) {
		if (expected.isEmpty()) {
			return 1;
		}
		int[] previous = new int[actual.size() + 1];
		int[] current = new int[actual.size() + 1];
		for (String word : expected) {
			for (int j = 1; j <= actual.size(); j++) {
				current[j] = word.equals(actual.get(j - 1)) ? previous[j - 1] + 1
						: Math.max(previous[j], current[j - 1]);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return (double) previous[actual.size()] / expected.size();
	}

	/**
	 * The words of the first list missing from the longest common subsequence, for a
	 * message.
	 * @param expected the words that should be there
	 * @param actual the words found
	 * @return the words of {@code expected} not found in order, at most 60
	 */
	public static List<String> missing(List<String> expected, List<String> actual) {
		int[][] lengths = new int[expected.size() + 1][actual.size() + 1];
		for (int i = expected.size() - 1; i >= 0; i--) {
			for (int j = actual.size() - 1; j >= 0; j--) {
				lengths[i][j] = expected.get(i).equals(actual.get(j)) ? lengths[i + 1][j + 1] + 1
						: Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		List<String> missing = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < expected.size() && missing.size() < 60) {
			if (j < actual.size() && expected.get(i).equals(actual.get(j))) {
				i++;
				j++;
			}
			else if (j < actual.size() && lengths[i][j + 1] >= lengths[i + 1][j]) {
				j++;
			}
			else {
				missing.add(expected.get(i));
				i++;
			}
		}
		return missing;
	}

}
