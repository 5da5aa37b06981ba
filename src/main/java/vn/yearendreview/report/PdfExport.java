package vn.yearendreview.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Writes filled documents to one PDF file with its metadata. */
public final class PdfExport {

	/** The creator written in every PDF. */
	static final String CREATOR = "yearend-review";

	private PdfExport() {
	}

	/**
	 * Exports prints, one after the other, into one PDF; each keeps its own page size and
	 * orientation. The same prints and metadata give the same bytes.
	 * @param prints the filled documents
	 * @param file the PDF to write
	 * @param metadata its title, author, subject and keywords
	 * @throws IOException when the file cannot be written
	 */
	public static void export(List<JasperPrint> prints, Path file, Metadata metadata) throws IOException {
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(metadata.title());
		configuration.setMetadataAuthor(metadata.author());
		configuration.setMetadataSubject(metadata.subject());
		configuration.setMetadataKeywords(metadata.keywords());
		configuration.setMetadataCreator(CREATOR);
		configuration.setDisplayMetadataTitle(true);
		exporter.setConfiguration(configuration);
		try (OutputStream out = Files.newOutputStream(file)) {
			exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
			exporter.exportReport();
		}
		catch (JRException ex) {
			throw new IOException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
		ReproduciblePdf.normalise(file, metadata.date(), metadata.identifier());
	}

	/**
	 * PDF document information.
	 *
	 * @param title the title
	 * @param author the issuing body
	 * @param subject the subject
	 * @param keywords comma-separated keywords
	 * @param date the document's date, written as its creation date
	 * @param identifier the document's identifier, 16 bytes
	 */
	public record Metadata(String title, String author, String subject, String keywords, LocalDate date,
			byte[] identifier) {

	}

}
