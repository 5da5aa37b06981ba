package vn.yearendreview.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.pdf.BaseFont;

import vn.yearendreview.model.Digests;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.report.ReproduciblePdf;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.submission.Recipients.Recipient;
import vn.yearendreview.submission.Recipients;

/**
 * Numbered personal copies of the committee's documents (DESIGN.md 9.5): one folder per
 * copy in {@code phat-hanh/} holding every document of the run, every page marked at its
 * foot with the copy number and the recipient ("Bản số 03/15 – Phạm Văn Hậu") so a page
 * that leaks names its copy ({@link CopyPages}), then encrypted and signed as the
 * settings ask ({@link ProtectedFiles}); and one print bundle of all copies in copy
 * order.
 */
final class PersonalCopies {

	private static final String WORK_PREFIX = ".phat-hanh-";

	private final ProtectedFiles protectedFiles;

	private final Clock clock;

	/**
	 * @param protection encryption and signature of the copies
	 * @param clock the time written in the register
	 */
	public PersonalCopies(Protection protection, Clock clock) {
		this.protectedFiles = new ProtectedFiles(protection);
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
		 * The folder of the copy's documents, e.g. {@code 03-pham-van-hau}.
		 * @return the name
		 */
		public String folderName() {
			String name = CopyName.of(this.number, this.total, this.recipient.name());
			return name.substring(0, name.length() - ".pdf".length());
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
	 * A committee document of the run, copied for each recipient.
	 *
	 * @param name its file name, e.g. {@code nghi-quyet-2024.pdf}
	 * @param file the document as written, or its approved final
	 * @param approved the SHA-256 of its approved final when it is copied from one, else
	 * {@code null}
	 */
	public record Document(String name, Path file, String approved) {

		/**
		 * A document the run wrote.
		 * @param name its file name
		 * @param file the document
		 */
		public Document(String name, Path file) {
			this(name, file, null);
		}

	}

	/**
	 * An issued copy, as the register lists it: one line, signed once by its recipient.
	 *
	 * @param copy the copy
	 * @param folder its folder relative to the year's folder, e.g.
	 * {@code phat-hanh/03-pham-van-hau}
	 * @param documents the documents it holds, in the order of the run's documents
	 * @param issuedAt when its last document was made
	 */
	public record Issued(Copy copy, String folder, List<IssuedDocument> documents, ZonedDateTime issuedAt) {

	}

	/**
	 * One document of an issued copy.
	 *
	 * @param document the document's file name, e.g. {@code nghi-quyet-2024.pdf}
	 * @param file its path relative to the year's folder, e.g.
	 * {@code phat-hanh/03-pham-van-hau/nghi-quyet-2024.pdf}
	 * @param sha256 the SHA-256 of the file as written
	 * @param approved the SHA-256 of the approved final it was copied from, {@code null}
	 * for a copy of the run's own document
	 */
	public record IssuedDocument(String document, String file, String sha256, String approved) {

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
	 * @param documents the committee's documents, in the order each copy holds them
	 * @param yearFolder the folder the year's documents are written to
	 * @param copies the copies to issue
	 * @param mark the text marked on each page of a copy, from its number, total and
	 * recipient
	 * @param bundleName the print bundle's file name
	 * @param date the review's date, the creation date of the copies
	 * @param fingerprint the run's fingerprint: an unprotected copy is the same bytes in
	 * every run of the same inputs
	 * @return each copy with its documents, in copy order
	 * @throws IOException when a file cannot be read or written
	 */
	public List<Issued> issue(List<Document> documents, Path yearFolder, List<Copy> copies, CopyMark mark,
			String bundleName, LocalDate date, String fingerprint) throws IOException {
		Path folder = yearFolder.resolve(OutputLayout.COPIES);
		Files.createDirectories(folder);
		Path work = Files.createTempDirectory(yearFolder, WORK_PREFIX);
		try {
			BaseFont font = CopyPages.markFont();
			List<Issued> issued = new ArrayList<>(copies.size());
			List<Path> marked = new ArrayList<>(copies.size());
			for (Copy copy : copies) {
				Files.createDirectories(work.resolve(copy.folderName()));
				Files.createDirectories(folder.resolve(copy.folderName()));
				List<IssuedDocument> held = new ArrayList<>(documents.size());
				ZonedDateTime issuedAt = null;
				for (Document document : documents) {
					String path = copy.folderName() + "/" + document.name();
					Path copyFile = work.resolve(path);
					CopyPages.mark(document.file(), copyFile, mark.text(copy), font);
					ReproduciblePdf.normalise(copyFile, date,
							ReproduciblePdf.identifier(fingerprint, OutputLayout.COPIES + "/" + path));
					marked.add(copyFile);
					issuedAt = ZonedDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
					Path file = folder.resolve(path);
					this.protectedFiles.write(copyFile, file, issuedAt);
					held.add(new IssuedDocument(document.name(), OutputLayout.COPIES + "/" + path, Digests.sha256(file),
							document.approved()));
				}
				issued.add(new Issued(copy, OutputLayout.COPIES + "/" + copy.folderName(), List.copyOf(held),
						(issuedAt != null) ? issuedAt : ZonedDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS)));
			}
			if (!marked.isEmpty()) {
				Path bundle = work.resolve(bundleName);
				CopyPages.concatenate(marked, bundle);
				ReproduciblePdf.normalise(bundle, date,
						ReproduciblePdf.identifier(fingerprint, OutputLayout.COPIES + "/" + bundleName));
				this.protectedFiles.write(bundle, folder.resolve(bundleName), ZonedDateTime.now(this.clock));
			}
			return issued;
		}
		finally {
			Publisher.deleteTree(work);
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
