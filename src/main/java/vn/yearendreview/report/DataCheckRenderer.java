package vn.yearendreview.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

import vn.yearendreview.model.FileCounts;
import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.ProblemTable.ProblemSection;

/**
 * Renders {@code kiem-tra-du-lieu-<year>.pdf}: what was read, what was refused and why,
 * in words a clerk who sends the files back can act on.
 */
class DataCheckRenderer {

	/** Characters of a SHA-256 printed: enough to tell two versions of a file apart. */
	static final int SHORT_HASH = 12;

	private final ReportTemplates templates;

	private final FileTable files;

	private final ProblemTable problems;

	private final Path swapFolder;

	public DataCheckRenderer(ReportTemplates templates, FileTable files, ProblemTable problems, Path swapFolder) {
		this.templates = templates;
		this.files = files;
		this.problems = problems;
		this.swapFolder = swapFolder;
	}

	/**
	 * Renders the data check of a run.
	 * @param instance the job instance
	 * @param documents what the documents share
	 * @param inputs the content hash of the input folder, printed so that a department
	 * can tell which version of the files was checked
	 * @param file the PDF to write
	 * @throws Exception when filling or writing fails
	 */
	public void render(long instance, Documents documents, String inputs, Path file) throws Exception {
		Messages messages = documents.messages();
		FileTable.Totals totals = this.files.totals(instance);
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("ISSUER", documents.settings().issuer());
		parameters.put("INPUTS", messages.get("check.inputs", inputs.substring(0, SHORT_HASH)));
		List<FileCounts> fileCounts = this.files.fileCounts(instance);
		String summary = summary(messages, fileCounts, totals,
				this.problems.problemCount(instance, ProblemTable.ProblemSection.WARNINGS),
				this.problems.problemCount(instance, ProblemTable.ProblemSection.PLAUSIBILITY),
				this.problems.problemCount(instance, ProblemTable.ProblemSection.NOT_SUBMITTED));
		parameters.put("SUMMARY", summary);
		long expected = totals.files() + totals.rowsRejected() + totals.warnings();
		try (PageSwap swap = PageSwap.forRecords((int) Math.min(Integer.MAX_VALUE, expected), this.swapFolder);
				DataCheckRecords records = new DataCheckRecords(files(fileCounts, documents),
						List.of(ProblemSection.values()), (section) -> this.problems.problems(instance, section),
						messages)) {
			JasperPrint print = JasperFillManager.fillReport(this.templates.get("kiem-tra-du-lieu"),
					swap.apply(parameters), new IteratorDataSource(records));
			swap.filled();
			PdfExport.export(List.of(print), file, documents.metadata(messages.get("check.pdfTitle", documents.year()),
					summary, OutputLayout.dataCheckPdf(documents.year())));
		}
	}

	/**
	 * The sentence under the title: the files of the table, the rows, and what each
	 * section lists, so that every count can be found again below it.
	 * @param messages the edition's messages
	 * @param files the files of the table
	 * @param totals the run's counts of rows
	 * @param warnings the warnings of section 3
	 * @param plausibility the figures to look at again of section 4
	 * @param notSubmitted the departments that sent nothing, of section 5
	 * @return the sentence
	 */
	static String summary(Messages messages, List<FileCounts> files, FileTable.Totals totals, long warnings,
			long plausibility, long notSubmitted) {
		long withRows = files.stream().filter(FileCounts::counted).count();
		StringBuilder text = new StringBuilder(
				messages.get("check.summary", files.size(), withRows, files.size() - withRows, totals.rowsRead(),
						totals.rowsAccepted(), totals.rowsRejected(), totals.filesRejected(), warnings));
		if (plausibility > 0) {
			text.append(messages.get("check.summary.plausibility", plausibility));
		}
		if (notSubmitted > 0) {
			text.append(messages.get("check.summary.notSubmitted", notSubmitted));
		}
		return text.append('.').toString();
	}

	/** The files table: every file of the input folder, then the reference files. */
	private List<Map<String, Object>> files(List<FileCounts> fileCounts, Documents documents) {
		Messages messages = documents.messages();
		List<Map<String, Object>> files = new ArrayList<>();
		for (FileCounts file : fileCounts) {
			Map<String, Object> record = new LinkedHashMap<>();
			String name = file.name();
			if (file.rejected()) {
				name += " " + messages.get("check.fileRejected");
			}
			record.put("NUMBER", String.valueOf(files.size() + 1));
			record.put("FILE_NAME", name);
			record.put("FORMAT", format(messages, file));
			boolean counted = file.counted();
			record.put("ROWS_READ", counted ? Formats.number(String.valueOf(file.read()), documents.locale()) : "–");
			record.put("ROWS_ACCEPTED",
					counted ? Formats.number(String.valueOf(file.accepted()), documents.locale()) : "–");
			record.put("ROWS_REJECTED",
					counted ? Formats.number(String.valueOf(file.rejectedRows()), documents.locale()) : "–");
			record.put("SHA256", (file.sha256() != null) ? file.sha256().substring(0, SHORT_HASH) : null);
			files.add(record);
		}
		return files;
	}

	/**
	 * How a file was saved, in the words of the save dialog a clerk knows: "CSV UTF-8,
	 * dấu chấm phẩy", "ANSI (Windows-1258), dấu phẩy", "không phải tệp văn bản".
	 */
	static String format(Messages messages, FileCounts file) {
		String encoding = file.encoding();
		if (encoding == null) {
			if (file.note()) {
				return messages.get("check.format.note");
			}
			return file.reference() ? messages.get("check.format.reference") : "";
		}
		String saved;
		if (encoding.equals("binary")) {
			return messages.get("check.format.binary");
		}
		else if (encoding.startsWith("UTF-8")) {
			saved = messages.get("check.format.utf8");
		}
		else if (encoding.startsWith("UTF-16")) {
			saved = messages.get("check.format.utf16");
		}
		else if (encoding.startsWith("Windows-1258")) {
			saved = messages.get("check.format.ansi");
		}
		else {
			saved = encoding;
		}
		String delimiter = file.delimiter();
		if (delimiter == null || delimiter.isEmpty()) {
			return saved;
		}
		String key = switch (delimiter) {
			case "," -> "check.delimiter.comma";
			case ";" -> "check.delimiter.semicolon";
			case "tab" -> "check.delimiter.tab";
			default -> null;
		};
		return saved + ", " + ((key != null) ? messages.get(key) : "«" + delimiter + "»");
	}

}
