package vn.yearendreview.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads generated PDFs the way a reader would: their text, page by page, and their fonts.
 */
public final class Pdfs {

	private Pdfs() {
	}

	/**
	 * The text of a PDF, runs of spaces (justified lines) collapsed to one.
	 * @param file the PDF
	 * @return its text, pages in order
	 */
	public static String text(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return collapse(new PDFTextStripper().getText(document));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The text of a PDF as one line: every run of white space, line breaks included,
	 * collapsed to one space, so that a phrase wrapped in a table cell can be found.
	 * @param file the PDF
	 * @return its words
	 */
	public static String words(Path file) {
		return text(file).replaceAll("\\s+", " ");
	}

	/**
	 * The text of each page.
	 * @param file the PDF
	 * @return one text per page
	 */
	public static List<String> pages(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(collapse(stripper.getText(document)));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where each line of a page begins: its text and the distance of its first glyph from
	 * the left edge, in points, for checking indents.
	 * @param file the PDF
	 * @param page the page, from 1
	 * @return one entry per line, top to bottom
	 */
	public static List<Line> lines(Path file, int page) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<Line> lines = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					if (!positions.isEmpty()) {
						lines.add(new Line(text, positions.get(0).getXDirAdj()));
					}
				}
			};
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.getText(document);
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A line of a page.
	 *
	 * @param text its text
	 * @param x where its first glyph begins, in points from the left edge
	 */
	public record Line(String text, float x) {

	}

	private static String collapse(String text) {
		return text.replaceAll("[ \\t\\u00A0]+", " ");
	}

	/**
	 * The fonts used on any page, with whether each is embedded.
	 * @param file the PDF
	 * @return "name embedded=true|false" for each font
	 */
	public static List<String> fonts(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<String> fonts = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					boolean embedded = font.isEmbedded()
							|| (font instanceof PDType0Font type0 && type0.getDescendantFont().isEmbedded());
					String entry = font.getName() + " embedded=" + embedded;
					if (!fonts.contains(entry)) {
						fonts.add(entry);
					}
				}
			}
			return fonts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Page sizes and orientation.
	 * @param file the PDF
	 * @return "595x842 rotate=0" for each page
	 */
	public static List<String> pageSizes(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<String> sizes = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				sizes.add(Math.round(page.getMediaBox().getWidth()) + "x" + Math.round(page.getMediaBox().getHeight())
						+ " rotate=" + page.getRotation());
			}
			return sizes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How a PDF is protected, as a reader opening it without a password sees it.
	 * @param file the PDF
	 * @return encryption and permissions
	 */
	public static Protection protection(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			AccessPermission permission = document.getCurrentAccessPermission();
			return new Protection(document.isEncrypted(), permission.canModify(), permission.canExtractContent(),
					permission.canPrint(), document.isEncrypted() ? document.getEncryption().getLength() : 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Encryption and permissions of a PDF.
	 *
	 * @param encrypted whether it is encrypted
	 * @param canModify whether a reader may edit it
	 * @param canCopy whether a reader may copy its text
	 * @param canPrint whether a reader may print it
	 * @param keyLength the encryption key length in bits, 0 when not encrypted
	 */
	public record Protection(boolean encrypted, boolean canModify, boolean canCopy, boolean canPrint, int keyLength) {

	}

}
