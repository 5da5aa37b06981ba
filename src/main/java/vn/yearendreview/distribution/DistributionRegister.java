package vn.yearendreview.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import vn.yearendreview.Messages;
import vn.yearendreview.OutputLayout;
import vn.yearendreview.report.CsvOutput;
import vn.yearendreview.report.Documents;
import vn.yearendreview.report.Formats;
import vn.yearendreview.report.PdfExport;
import vn.yearendreview.report.ReportTemplates;

/**
 * The distribution register, {@code so-phat-hanh-<year>.csv} and {@code .pdf}: which copy
 * went to whom, in which file, with the file's SHA-256 so anyone can check that a copy
 * was not altered; the PDF leaves a column for the recipient's signature when copies are
 * handed out on paper.
 */
final class DistributionRegister {

	/** The columns of the CSV register. */
	public static final String[] HEADER = { "copy", "recipient", "title", "document", "file", "sha256", "time" };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	/** Times in the CSV register: ISO 8601 to the second, with the offset. */
	private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private final ReportTemplates templates;

	public DistributionRegister(ReportTemplates templates) {
		this.templates = templates;
	}

	/**
	 * Writes the CSV register: UTF-8 with BOM, one row per document of each copy in copy
	 * order, times in ISO 8601 with their offset.
	 * @param issued the issued copies
	 * @param file the CSV file
	 * @throws IOException when it cannot be written
	 */
	public void writeCsv(List<PersonalCopies.Issued> issued, Path file) throws IOException {
		try (CsvOutput csv = CsvOutput.create(file, HEADER)) {
			for (PersonalCopies.Issued copy : issued) {
				csv.row(copy.copy().number(), copy.copy().recipient().name(), copy.copy().recipient().title(),
						copy.document(), copy.file(), copy.sha256(), copy.issuedAt().format(ISO_TIME));
			}
		}
	}

	/**
	 * Renders the PDF register.
	 * @param issued the issued copies
	 * @param documents what the documents share
	 * @param protection how the copies are protected, described under the title
	 * @param bundle the print bundle's path relative to the year's folder
	 * @param madeAt when the copies were made
	 * @param file the PDF file
	 * @throws Exception when filling or writing fails
	 */
	public void writePdf(List<PersonalCopies.Issued> issued, Documents documents, Protection protection, String bundle,
			ZonedDateTime madeAt, Path file) throws Exception {
		Messages messages = documents.messages();
		int year = documents.year();
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("ISSUER", documents.settings().issuer());
		List<String> titles = new ArrayList<>();
		titles.add(messages.get("register.document", documents.documentNumber(),
				Formats.shortDate(documents.settings().date()), documents.settings().reportingBody(), year, year + 1));
		if (issued.stream().anyMatch((copy) -> copy.document().equals(OutputLayout.resolution(year)))) {
			titles.add(messages.get("register.resolution", year + 1));
		}
		if (issued.stream().anyMatch((copy) -> copy.document().equals(OutputLayout.programmePdf(year)))) {
			titles.add(messages.get("register.programme", year + 1));
		}
		parameters.put("DOCUMENT", String.join(";\n", titles));
		List<String> notes = new ArrayList<>();
		notes.add(messages.get("register.summary",
				issued.stream().map((copy) -> copy.copy().number()).distinct().count(), madeAt.format(TIME)));
		if (protection.encrypts()) {
			notes.add(messages.get("register.encrypted"));
		}
		if (protection.signs()) {
			notes.add(messages.get("register.signed",
					protection.signer().certificate().getSubjectX500Principal().getName()));
		}
		notes.add(messages.get("register.bundle", bundle));
		parameters.put("NOTES", String.join("\n", notes));
		List<Map<String, ?>> rows = new ArrayList<>();
		for (PersonalCopies.Issued copy : issued) {
			Map<String, Object> row = new HashMap<>();
			row.put("COPY", copy.copy().printedNumber());
			row.put("NAME", copy.copy().recipient().name());
			row.put("TITLE", copy.copy().recipient().title());
			row.put("FILE", copy.file());
			row.put("SHA256", copy.sha256());
			row.put("TIME", copy.issuedAt().format(TIME));
			rows.add(row);
		}
		JasperPrint print = JasperFillManager.fillReport(this.templates.get("so-phat-hanh"), parameters,
				new JRMapCollectionDataSource(rows));
		PdfExport.export(List.of(print), file, documents.metadata(messages.get("register.pdfTitle", year),
				messages.get("register.pdfSubject", year), OutputLayout.registerPdf(year)));
	}

}
