package vn.yearendreview.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRStringUtil;

import vn.yearendreview.model.Messages;
import vn.yearendreview.report.CsvOutput;
import vn.yearendreview.report.Documents;
import vn.yearendreview.report.Formats;
import vn.yearendreview.report.PdfExport;
import vn.yearendreview.report.ReportTemplates;
import vn.yearendreview.settings.CommitteeFile;
import vn.yearendreview.settings.OutputLayout;

/**
 * The distribution register, {@code so-phat-hanh-<year>.csv} and {@code .pdf}: one line
 * per copy, which the recipient signs once for all the documents it holds, naming the
 * copy's folder and the SHA-256 of each of its documents so anyone can check that a copy
 * was not altered; the PDF leaves a column wide enough for the recipient's signature when
 * copies are handed out on paper.
 */
final class DistributionRegister {

	/** The copy number column of the CSV register. */
	static final String COPY = "copy";

	/** The column of the edition a copy holds. */
	static final String EDITION = "edition";

	/** The recipient column of the CSV register. */
	static final String RECIPIENT = "recipient";

	/** The column of the copy's folder, relative to the year's folder. */
	static final String FOLDER = "folder";

	/**
	 * What heads the column of a document's SHA-256, before the document's file name:
	 * {@code sha256 nghi-quyet-2024.pdf}.
	 */
	static final String SHA256_OF = "sha256 ";

	/**
	 * What heads the column of the SHA-256 of the approved final a document was copied
	 * from, before the document's file name: {@code final sha256 nghi-quyet-2024.pdf}.
	 */
	static final String FINAL_SHA256_OF = "final sha256 ";

	/** The time column of the CSV register. */
	static final String TIME_COLUMN = "time";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	/** Times in the CSV register: ISO 8601 to the second, with the offset. */
	private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	private final ReportTemplates templates;

	public DistributionRegister(ReportTemplates templates) {
		this.templates = templates;
	}

	/**
	 * Writes the CSV register: UTF-8 with BOM, one row per copy in copy order with its
	 * folder and the edition it holds, then one column per document of the run headed
	 * {@code sha256 <file name>} holding the SHA-256 of that document in the copy's
	 * folder, then, for copies made from the approved finals, one column per final headed
	 * {@code final sha256 <file name>} holding the final's SHA-256, then the time in ISO
	 * 8601 with its offset.
	 * @param issued the issued copies
	 * @param edition the language of the documents the copies hold, {@code vi} or
	 * {@code en}
	 * @param file the CSV file
	 * @throws IOException when it cannot be written
	 */
	public void writeCsv(List<PersonalCopies.Issued> issued, String edition, Path file) throws IOException {
		List<String> documents = documents(issued);
		List<String> header = new ArrayList<>(List.of(COPY, RECIPIENT, "title", FOLDER, EDITION));
		documents.forEach((document) -> header.add(SHA256_OF + document));
		Map<String, String> finals = finals(issued);
		finals.keySet().forEach((document) -> header.add(FINAL_SHA256_OF + document));
		header.add(TIME_COLUMN);
		try (CsvOutput csv = CsvOutput.create(file, header.toArray(String[]::new))) {
			for (PersonalCopies.Issued copy : issued) {
				List<Object> row = new ArrayList<>(List.of(copy.copy().number(), copy.copy().recipient().name(),
						copy.copy().recipient().title(), copy.folder(), edition));
				for (String document : documents) {
					row.add(copy.documents()
						.stream()
						.filter((held) -> held.document().equals(document))
						.map(PersonalCopies.IssuedDocument::sha256)
						.findFirst()
						.orElse(""));
				}
				row.addAll(finals.values());
				row.add(copy.issuedAt().format(ISO_TIME));
				csv.row(row.toArray());
			}
		}
	}

	/**
	 * The approved finals the copies were made from: each document's file name with its
	 * final's SHA-256, in the order the copies hold them; empty for copies of the run's
	 * own documents.
	 */
	static Map<String, String> finals(List<PersonalCopies.Issued> issued) {
		Map<String, String> finals = new LinkedHashMap<>();
		issued.stream()
			.flatMap((copy) -> copy.documents().stream())
			.filter((document) -> document.approved() != null)
			.forEach((document) -> finals.putIfAbsent(document.document(), document.approved()));
		return finals;
	}

	/** The documents of the copies, in the order the copies hold them. */
	private static List<String> documents(List<PersonalCopies.Issued> issued) {
		return issued.stream()
			.flatMap((copy) -> copy.documents().stream())
			.map(PersonalCopies.IssuedDocument::document)
			.distinct()
			.toList();
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
		List<String> documentNames = documents(issued);
		for (CommitteeFile document : CommitteeFile.values()) {
			if (documentNames.contains(document.pdf(year))) {
				titles.add(messages.get(document.registerKey(), year + 1, documents.documentNumber(),
						Formats.shortDate(documents.settings().date()), documents.settings().reportingBody(), year));
			}
		}
		parameters.put("DOCUMENT", String.join(";\n", titles));
		List<String> notes = new ArrayList<>();
		notes.add(messages.get("register.summary", issued.size(), madeAt.format(TIME)));
		notes.add(messages.get("register.edition"));
		Map<String, String> finals = finals(issued);
		if (!finals.isEmpty()) {
			List<String> approved = new ArrayList<>();
			finals.forEach((document, sha256) -> approved.add(messages.get("register.final", document, sha256)));
			notes.add(messages.get("register.finals", String.join("; ", approved)));
		}
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
			row.put("DOCUMENTS", heldDocuments(copy));
			row.put("TIME", copy.issuedAt().format(TIME));
			rows.add(row);
		}
		JasperPrint print = JasperFillManager.fillReport(this.templates.get("so-phat-hanh"), parameters,
				new JRMapCollectionDataSource(rows));
		PdfExport.export(List.of(print), file, documents.metadata(messages.get("register.pdfTitle", year),
				messages.get("register.pdfSubject", year), OutputLayout.registerPdf(year)));
	}

	/**
	 * The documents cell of a copy, in styled text: its folder, then each document's file
	 * name with its SHA-256 on the line below in a fixed-width face.
	 */
	private static String heldDocuments(PersonalCopies.Issued copy) {
		StringBuilder cell = new StringBuilder("<style isItalic=\"true\">")
			.append(JRStringUtil.xmlEncode(copy.folder() + "/"))
			.append("</style>");
		for (PersonalCopies.IssuedDocument document : copy.documents()) {
			cell.append('\n')
				.append(JRStringUtil.xmlEncode(document.document()))
				.append("\n<style fontName=\"Courier New\" size=\"7\">")
				.append(document.sha256())
				.append("</style>");
		}
		return cell.toString();
	}

}
