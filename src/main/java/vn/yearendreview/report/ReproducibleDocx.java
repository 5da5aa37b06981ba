package vn.yearendreview.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Makes a written Word file the same bytes whenever the same document is written again:
 * its properties and comments carry the document's date rather than the time of writing,
 * and its zip is written again with the entries in a fixed order and that date as their
 * time.
 */
final class ReproducibleDocx {

	private ReproducibleDocx() {
	}

	/**
	 * Gives a document its title, author and date, the date of the settings rather than
	 * now.
	 * @param document the document
	 * @param content the document as composed, for its title
	 * @param documents what the documents share, for the issuer and the date
	 */
	static void describe(XWPFDocument document, CommitteeDocument content, Documents documents) {
		var core = document.getProperties().getCoreProperties();
		core.setTitle(content.frame().title() + " " + content.frame().subtitle().replace('\n', ' '));
		core.setCreator(documents.settings().issuer());
		Date date = calendar(documents.settings().date()).getTime();
		core.setCreated(Optional.of(date));
		core.setModified(Optional.of(date));
	}

	/**
	 * The start of a day in UTC, as the date of a property or a comment.
	 * @param date the day
	 * @return its calendar
	 */
	static Calendar calendar(LocalDate date) {
		GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		calendar.clear();
		calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		return calendar;
	}

	/**
	 * Writes the zip of a Word file again with its entries in name order (the content
	 * types first, as Word writes them) and the document's date as their time, so that
	 * the same document gives the same bytes.
	 * @param docx the Word file as written
	 * @param out where it is written again
	 * @param date the document's date
	 * @throws IOException when it cannot be read or written
	 */
	static void write(byte[] docx, OutputStream out, LocalDate date) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		List<String> names = new ArrayList<>(entries.keySet());
		names.sort(Comparator.comparing((String name) -> !name.equals("[Content_Types].xml"))
			.thenComparing(Comparator.naturalOrder()));
		ZipOutputStream zip = new ZipOutputStream(out);
		for (String name : names) {
			ZipEntry entry = new ZipEntry(name);
			entry.setTimeLocal(date.atStartOfDay());
			zip.putNextEntry(entry);
			zip.write(entries.get(name));
			zip.closeEntry();
		}
		zip.finish();
	}

}
