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

import vn.yearendreview.OutputLayout;
import vn.yearendreview.publish.Publisher;
import vn.yearendreview.report.ReproduciblePdf;
import vn.yearendreview.submission.Recipients;
import vn.yearendreview.submission.Recipients.Recipient;
import vn.yearendreview.submission.InputFolder;

/**
 * Numbered personal copies of the consolidated review: one file per copy in
 * {@code phat-hanh/}, every page marked at its foot with the copy number and the
 * recipient ("Bản số 03/15 – Phạm Văn Hậu") so a page that leaks names its copy
 * ({@link CopyPages}), then encrypted and signed as the settings ask
 * ({@link ProtectedFiles}); and one print bundle of all copies in copy order.
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
			BaseFont font = CopyPages.markFont();
			List<Issued> issued = new ArrayList<>(copies.size());
			List<Path> marked = new ArrayList<>(copies.size());
			for (Copy copy : copies) {
				Path copyFile = work.resolve(copy.fileName());
				CopyPages.mark(review, copyFile, mark.text(copy), font);
				ReproduciblePdf.normalise(copyFile, date,
						ReproduciblePdf.identifier(fingerprint, OutputLayout.COPIES + "/" + copy.fileName()));
				marked.add(copyFile);
				ZonedDateTime issuedAt = ZonedDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
				Path file = folder.resolve(copy.fileName());
				this.protectedFiles.write(copyFile, file, issuedAt);
				issued.add(new Issued(copy, OutputLayout.COPIES + "/" + copy.fileName(), InputFolder.sha256(file),
						issuedAt));
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
