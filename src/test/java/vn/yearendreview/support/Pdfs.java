package vn.yearendreview.support;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

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
	 * The fonts a line is printed in: the names of the fonts of its glyphs, for the first
	 * line of the PDF whose text, stripped, equals the given text.
	 * @param file the PDF
	 * @param text the whole text of the line
	 * @return the fonts' names in the order first used, empty when no line has that text
	 */
	public static List<String> fontsOfLine(Path file, String text) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<String> fonts = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String line, List<TextPosition> positions) {
					if (fonts.isEmpty() && line.strip().equals(text)) {
						positions.stream()
							.filter((glyph) -> !glyph.getUnicode().isBlank())
							.map((glyph) -> glyph.getFont().getName())
							.distinct()
							.forEach(fonts::add);
					}
				}
			};
			stripper.getText(document);
			return fonts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether a font, by its name as the PDF gives it, is a bold face.
	 * @param font the font's name ({@code ABCDEF+LiberationSerif-Bold})
	 * @return whether it is bold
	 */
	public static boolean isBold(String font) {
		return font.contains("Bold");
	}

	/**
	 * A line of a page.
	 *
	 * @param text its text
	 * @param x where its first glyph begins, in points from the left edge
	 */
	public record Line(String text, float x) {

	}

	/**
	 * The width of a table column as printed: the distance between the vertical rules
	 * either side of where its heading is printed on a page, in points, on the page as it
	 * is read (a landscape page turned upright).
	 * @param file the PDF
	 * @param page the page, from 1
	 * @param heading the text of the column's heading, or of one of its lines
	 * @return the width in points
	 */
	public static float columnWidth(Path file, int page, String heading) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			PDPage pdfPage = document.getPage(page - 1);
			List<TextPosition> glyphs = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					if (!text.getUnicode().isBlank()) {
						glyphs.add(text);
					}
				}
			};
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			stripper.getText(document);
			StringBuilder printed = new StringBuilder();
			glyphs.forEach((glyph) -> printed.append(glyph.getUnicode().charAt(0)));
			String wanted = heading.replaceAll("\\s+", "");
			int at = printed.indexOf(wanted);
			if (at < 0) {
				throw new IllegalArgumentException(heading + " is not printed on page " + page + " of " + file);
			}
			TextPosition first = glyphs.get(at);
			TextPosition last = glyphs.get(at + wanted.length() - 1);
			float centre = (first.getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
			float baseline = first.getYDirAdj();
			float left = Float.NEGATIVE_INFINITY;
			float right = Float.POSITIVE_INFINITY;
			for (float[] rule : verticalRules(pdfPage)) {
				if (rule[1] <= baseline && baseline <= rule[2]) {
					if (rule[0] < centre) {
						left = Math.max(left, rule[0]);
					}
					else {
						right = Math.min(right, rule[0]);
					}
				}
			}
			if (Float.isInfinite(left) || Float.isInfinite(right)) {
				throw new IllegalArgumentException(heading + " is not between two rules on page " + page);
			}
			return right - left;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The vertical lines stroked on a page, on the page as it is read: each as its
	 * distance from the left edge, and its top and bottom from the top edge.
	 */
	private static List<float[]> verticalRules(PDPage page) throws IOException {
		float width = page.getMediaBox().getWidth();
		float height = page.getMediaBox().getHeight();
		int rotation = page.getRotation();
		List<float[]> rules = new ArrayList<>();
		PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {

			private final List<float[]> path = new ArrayList<>();

			private Point2D current = new Point2D.Float();

			/** A point of the page in reading position: {from the left, from the top}. */
			private float[] upright(Point2D point) {
				float x = (float) point.getX();
				float y = (float) point.getY();
				return switch (rotation) {
					case 90 -> new float[] { y, x };
					case 180 -> new float[] { width - x, y };
					case 270 -> new float[] { height - y, width - x };
					default -> new float[] { x, height - y };
				};
			}

			private void segment(Point2D from, Point2D to) {
				float[] a = upright(from);
				float[] b = upright(to);
				if (Math.abs(a[0] - b[0]) < 0.5f && Math.abs(a[1] - b[1]) > 1) {
					this.path.add(new float[] { a[0], Math.min(a[1], b[1]), Math.max(a[1], b[1]) });
				}
			}

			@Override
			public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
				segment(p0, p1);
				segment(p1, p2);
				segment(p2, p3);
				segment(p3, p0);
				this.current = p0;
			}

			@Override
			public void moveTo(float x, float y) {
				this.current = new Point2D.Float(x, y);
			}

			@Override
			public void lineTo(float x, float y) {
				Point2D to = new Point2D.Float(x, y);
				segment(this.current, to);
				this.current = to;
			}

			@Override
			public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
				this.current = new Point2D.Float(x3, y3);
			}

			@Override
			public Point2D getCurrentPoint() {
				return this.current;
			}

			@Override
			public void strokePath() {
				rules.addAll(this.path);
				this.path.clear();
			}

			@Override
			public void fillAndStrokePath(int windingRule) {
				strokePath();
			}

			@Override
			public void fillPath(int windingRule) {
				this.path.clear();
			}

			@Override
			public void endPath() {
				this.path.clear();
			}

			@Override
			public void closePath() {
			}

			@Override
			public void clip(int windingRule) {
			}

			@Override
			public void drawImage(PDImage image) {
			}

			@Override
			public void shadingFill(COSName shadingName) {
			}

		};
		engine.processPage(page);
		return rules;
	}

	private static String collapse(String text) {
		return text.replaceAll("[ \\t\\u00A0]+", " ");
	}

	/**
	 * Where a PDF prints a character its font has no glyph for: the font's empty box
	 * (glyph 0, {@code .notdef}), which a reader sees as a blank or a box.
	 * @param file the PDF
	 * @return for each such glyph, the text printed just before it; empty when none
	 */
	public static List<String> missingGlyphs(Path file) {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			List<String> missing = new ArrayList<>();
			StringBuilder before = new StringBuilder();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
					if (code == 0 && font instanceof PDType0Font) {
						missing.add(before.substring(Math.max(0, before.length() - 40)));
					}
					super.showGlyph(matrix, font, code, displacement);
				}

				@Override
				protected void processTextPosition(TextPosition text) {
					before.append(text.getUnicode());
					super.processTextPosition(text);
				}
			};
			stripper.getText(document);
			return missing;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
