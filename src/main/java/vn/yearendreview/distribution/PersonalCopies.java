package vn.yearendreview.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfImportedPage;
import com.lowagie.text.pdf.RandomAccessFileOrArray;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import vn.yearendreview.OutputLayout;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.report.ReproduciblePdf;
import vn.yearendreview.submission.Recipients;
import vn.yearendreview.submission.Recipients.Recipient;
import vn.yearendreview.submission.InputFolder;

/**
 * Numbered personal copies of the consolidated review: one file per copy in
 * {@code phat-hanh/}, every page marked at its foot with the copy number and the
 * recipient ("Bản số 03/15 – Phạm Văn Hậu") so a page that leaks names its copy, then
 * encrypted and signed as the settings ask; and one print bundle of all copies in copy
 * order. Marks and bundle are written with OpenPDF, the library JasperReports writes the
 * review with; encryption and signatures with PDFBox.
 */
public final class PersonalCopies {

	private static final String FONT = "/com/mpobjects/jasperreports/fonts/liberation/LiberationSerif-Italic.ttf";

	private static final String WORK_PREFIX = ".phat-hanh-";

	private static final float MARK_SIZE = 8f;

	private static final float MARK_MARGIN = 28f;

	private static final float MARK_RISE = 20f;

	private static final float MARK_GRAY = 0.35f;

	private final Protection protection;

	private final Clock clock;

	/**
	 * @param protection encryption and signature of the copies
	 * @param clock the time written in the register
	 */
	public PersonalCopies(Protection protection, Clock clock) {
		this.protection = protection;
		this.clock = clock;
	}

	/**
	 * One copy to issue.
	 *
	 * @param number its number, from 1
	 * @param total how many copies are issued
	 * @param recipient who receives it
	 */
	public record Copy(int number, int total, Recipient recipient) {

		/**
		 * The file name, e.g. {@code 03-pham-van-hau.pdf}.
		 * @return the name
		 */
		public String fileName() {
			return CopyName.of(this.number, this.total, this.recipient.name());
		}

		/**
		 * The number as printed, e.g. {@code 03}.
		 * @return the number
		 */
		public String printedNumber() {
			return CopyName.copyNumber(this.number, this.total);
		}

	}

	/**
	 * An issued copy, as the register lists it.
	 *
	 * @param copy the copy
	 * @param file its path relative to the year's folder, e.g.
	 * {@code phat-hanh/03-pham-van-hau.pdf}
	 * @param sha256 the SHA-256 of the file as written
	 * @param issuedAt when it was made
	 */
	public record Issued(Copy copy, String file, String sha256, ZonedDateTime issuedAt) {

	}

	/**
	 * The copies for a recipients list: a recipient asking for several gets consecutive
	 * numbers.
	 * @param recipients the recipients in file order
	 * @return the copies in number order
	 */
	public static List<Copy> plan(Recipients recipients) {
		int total = recipients.recipients().stream().mapToInt(Recipient::copies).sum();
		List<Copy> copies = new ArrayList<>(total);
		for (Recipient recipient : recipients.recipients()) {
			for (int i = 0; i < recipient.copies(); i++) {
				copies.add(new Copy(copies.size() + 1, total, recipient));
			}
		}
		return copies;
	}

	/**
	 * Writes the copies and the print bundle.
	 * @param review the consolidated review
	 * @param yearFolder the folder the year's documents are written to
	 * @param copies the copies to issue
	 * @param mark the text marked on each page of a copy, from its number, total and
	 * recipient
	 * @param bundleName the print bundle's file name
	 * @param date the review's date, the creation date of the copies
	 * @param fingerprint the run's fingerprint: an unprotected copy is the same bytes in
	 * every run of the same inputs
	 * @return the issued copies in number order
	 * @throws IOException when a file cannot be read or written
	 */
	public List<Issued> issue(Path review, Path yearFolder, List<Copy> copies, CopyMark mark, String bundleName,
			LocalDate date, String fingerprint) throws IOException {
		Path folder = yearFolder.resolve(OutputLayout.COPIES);
		Files.createDirectories(folder);
		Path work = Files.createTempDirectory(yearFolder, WORK_PREFIX);
		try {
			BaseFont font = markFont();
			List<Issued> issued = new ArrayList<>(copies.size());
			List<Path> marked = new ArrayList<>(copies.size());
			for (Copy copy : copies) {
				Path copyFile = work.resolve(copy.fileName());
				markCopy(review, copyFile, mark.text(copy), font);
				ReproduciblePdf.normalise(copyFile, date,
						ReproduciblePdf.identifier(fingerprint, OutputLayout.COPIES + "/" + copy.fileName()));
				marked.add(copyFile);
				ZonedDateTime issuedAt = ZonedDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
				Path file = folder.resolve(copy.fileName());
				finish(copyFile, file, issuedAt);
				issued.add(new Issued(copy, OutputLayout.COPIES + "/" + copy.fileName(), InputFolder.sha256(file),
						issuedAt));
			}
			if (!marked.isEmpty()) {
				Path bundle = work.resolve(bundleName);
				concatenate(marked, bundle);
				ReproduciblePdf.normalise(bundle, date,
						ReproduciblePdf.identifier(fingerprint, OutputLayout.COPIES + "/" + bundleName));
				finish(bundle, folder.resolve(bundleName), ZonedDateTime.now(this.clock));
			}
			return issued;
		}
		finally {
			Publisher.deleteTree(work);
		}
	}

	/**
	 * Protects a finished PDF as the settings ask: encrypts it with the owner password,
	 * then signs it.
	 * @param source the document
	 * @param target where the protected document goes (the source itself is left)
	 * @param signedAt the signing time
	 * @throws IOException when it cannot be read or written
	 */
	public void finish(Path source, Path target, ZonedDateTime signedAt) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		if (this.protection.encrypts()) {
			Path encrypted = this.protection.signs() ? target.resolveSibling(target.getFileName() + ".encrypted")
					: partial;
			try (PDDocument document = Loader.loadPDF(source.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
				AccessPermission permissions = new AccessPermission();
				permissions.setCanModify(false);
				permissions.setCanExtractContent(false);
				permissions.setCanModifyAnnotations(false);
				permissions.setCanFillInForm(false);
				permissions.setCanAssembleDocument(false);
				permissions.setCanPrint(true);
				permissions.setCanPrintFaithful(true);
				permissions.setCanExtractForAccessibility(true);
				StandardProtectionPolicy policy = new StandardProtectionPolicy(this.protection.ownerPassword(), "",
						permissions);
				policy.setEncryptionKeyLength(256);
				document.protect(policy);
				document.save(encrypted.toFile());
			}
			if (this.protection.signs()) {
				sign(encrypted, partial, signedAt);
				Files.delete(encrypted);
			}
		}
		else if (this.protection.signs()) {
			sign(source, partial, signedAt);
		}
		else {
			Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private void sign(Path source, Path target, ZonedDateTime signedAt) throws IOException {
		this.protection.signer().sign(source, this.protection.ownerPassword(), signedAt, target);
	}

	/**
	 * Marks the foot of every page, right-aligned in the bottom margin, with the same PDF
	 * library that wrote the review.
	 */
	private static void markCopy(Path review, Path target, String text, BaseFont font) throws IOException {
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
	private static void concatenate(List<Path> files, Path target) throws IOException {
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
				// Read in part when only copying; a mark changes the pages, which must
				// stay in memory.
				try (PdfReader reader = (mark != null) ? new PdfReader(file.toString())
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
	private static BaseFont markFont() throws IOException {
		try (InputStream in = PersonalCopies.class.getResourceAsStream(FONT)) {
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

	/**
	 * Removes what an interrupted attempt left in the year's folder: its copies, its
	 * working files and the named files (the register), so that only this attempt's files
	 * are published.
	 * @param yearFolder the folder the year's documents are written to
	 * @param files more files of the distribution, by name
	 * @throws IOException when they cannot be removed
	 */
	public static void clearLeftovers(Path yearFolder, String... files) throws IOException {
		if (!Files.isDirectory(yearFolder)) {
			return;
		}
		Publisher.deleteTree(yearFolder.resolve(OutputLayout.COPIES));
		for (String file : files) {
			Files.deleteIfExists(yearFolder.resolve(file));
		}
		try (Stream<Path> entries = Files.list(yearFolder)) {
			for (Path entry : entries.toList()) {
				if (entry.getFileName().toString().startsWith(WORK_PREFIX)) {
					Publisher.deleteTree(entry);
				}
			}
		}
	}

	/** The text marked on the pages of a copy. */
	@FunctionalInterface
	public interface CopyMark {

		/**
		 * The mark of a copy.
		 * @param copy the copy
		 * @return e.g. {@code Bản số 03/15 – Phạm Văn Hậu}
		 */
		String text(Copy copy);

	}

}
