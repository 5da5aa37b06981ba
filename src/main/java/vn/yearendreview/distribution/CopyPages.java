package vn.yearendreview.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

/**
 * The pages of the copies, written with OpenPDF, the library JasperReports writes the
 * review with: a copy's pages marked at their foot, and the print bundle of all copies.
 */
final class CopyPages {

	private static final String FONT = "/com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Italic.ttf";

	/**
	 * The largest copy read whole into the bundle; a larger one is read in part, so that
	 * a document of thousands of pages is never held whole.
	 */
	private static final long WHOLE_READ = 4L * 1024 * 1024;

	private static final float MARK_SIZE = 8f;

	private static final float MARK_MARGIN = 28f;

	private static final float MARK_RISE = 20f;

	private static final float MARK_GRAY = 0.35f;

	private CopyPages() {
	}

	/**
	 * Marks the foot of every page, right-aligned in the bottom margin, with the same PDF
	 * library that wrote the review.
	 */
	static void mark(Path review, Path target, String text, BaseFont font) throws IOException {
		copyPages(List.of(review), target, (page, box, content) -> {
			content.beginText();
			content.setFontAndSize(font, MARK_SIZE);
			content.setGrayFill(MARK_GRAY);
			content.showTextAligned(Element.ALIGN_RIGHT, text, box.getRight() - MARK_MARGIN,
					box.getBottom() + MARK_RISE, 0);
			content.endText();
		});
	}

	/** All copies, one after the other, in one file. */
	static void concatenate(List<Path> files, Path target) throws IOException {
		copyPages(files, target, null);
	}

	/**
	 * Copies the pages of documents, in order, into one new document with the first one's
	 * title and author, drawing over each page when asked. Pages are written in order as
	 * they are copied, so the same documents give the same bytes, and a document of
	 * thousands of pages is never held whole.
	 */
	private static void copyPages(List<Path> files, Path target, PageMark mark) throws IOException {
		try (OutputStream out = Files.newOutputStream(target)) {
			Document document = new Document();
			PdfCopy copy = new PdfCopy(document, out);
			boolean opened = false;
			for (Path file : files) {
				// Read in part when only copying a large file; a mark changes the pages,
				// which must stay in memory.
				try (PdfReader reader = (mark != null || Files.size(file) < WHOLE_READ) ? new PdfReader(file.toString())
						: new PdfReader(new RandomAccessFileOrArray(file.toString(), false, true), null)) {
					if (!opened) {
						describeAs(document, reader);
						document.open();
						opened = true;
					}
					for (int page = 1; page <= reader.getNumberOfPages(); page++) {
						PdfImportedPage imported = copy.getImportedPage(reader, page);
						if (mark != null) {
							PdfCopy.PageStamp stamp = copy.createPageStamp(imported);
							mark.draw(page, reader.getPageSizeWithRotation(page), stamp.getOverContent());
							stamp.alterContents();
						}
						copy.addPage(imported);
					}
					copy.freeReader(reader);
				}
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IOException("cannot write " + target.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

	private static void describeAs(Document document, PdfReader reader) {
		Map<String, String> info = reader.getInfo();
		Optional.ofNullable(info.get("Title")).ifPresent(document::addTitle);
		Optional.ofNullable(info.get("Author")).ifPresent(document::addAuthor);
		Optional.ofNullable(info.get("Subject")).ifPresent(document::addSubject);
		Optional.ofNullable(info.get("Keywords")).ifPresent(document::addKeywords);
		Optional.ofNullable(info.get("Creator")).ifPresent(document::addCreator);
	}

	/** What is drawn over a page of a copy. */
	@FunctionalInterface
	private interface PageMark {

		void draw(int page, Rectangle box, PdfContentByte content);

	}

	/** The font of the marks: Liberation Serif Italic, embedded as a subset. */
	static BaseFont markFont() throws IOException {
		try (InputStream in = CopyPages.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IOException("font " + FONT + " is not on the class path");
			}
			return BaseFont.createFont("LiberationSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
					in.readAllBytes(), null);
		}
		catch (DocumentException ex) {
			throw new IOException("cannot load font " + FONT + ": " + ex.getMessage(), ex);
		}
	}

}
