package vn.yearendreview.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Renders {@code kiem-tra-du-lieu-<year>.pdf}: what was read, what was refused and why.
 */
public class DataCheckRenderer {

	private final ReportTemplates templates;

	private final ReportData data;

	private final DataSource dataSource;

	private final Path swapFolder;

	public DataCheckRenderer(ReportTemplates templates, ReportData data, DataSource dataSource, Path swapFolder) {
		this.templates = templates;
		this.data = data;
		this.dataSource = dataSource;
		this.swapFolder = swapFolder;
	}

	/**
	 * Renders the data check of a run.
	 * @param instance the job instance
	 * @param documents what the documents share
	 * @param checkedAt when the inputs were checked
	 * @param file the PDF to write
	 * @throws Exception when filling or writing fails
	 */
	public void render(long instance, Documents documents, LocalDateTime checkedAt, Path file) throws Exception {
		ReportData.Totals totals = this.data.totals(instance);
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("INSTANCE_ID", instance);
		parameters.put("ISSUER", documents.settings().issuer());
		parameters.put("CHECKED_AT",
				documents.messages()
					.get("check.checkedAt", String.format("%02d:%02d", checkedAt.getHour(), checkedAt.getMinute()),
							Formats.shortDate(checkedAt.toLocalDate())));
		String summary = documents.messages()
			.get("check.summary", totals.files(), Formats.number(String.valueOf(totals.rowsRead()), documents.locale()),
					Formats.number(String.valueOf(totals.rowsAccepted()), documents.locale()),
					Formats.number(String.valueOf(totals.rowsRejected()), documents.locale()), totals.filesRejected(),
					totals.warnings());
		parameters.put("SUMMARY", summary);
		parameters.put("FILES_REPORT", this.templates.get("kiem-tra-tep"));
		long records = totals.files() + totals.rowsRejected() + totals.warnings();
		try (PageSwap swap = PageSwap.forRecords((int) Math.min(Integer.MAX_VALUE, records), this.swapFolder)) {
			JasperPrint print;
			try (Connection connection = this.dataSource.getConnection()) {
				print = JasperFillManager.fillReport(this.templates.get("kiem-tra-du-lieu"), swap.apply(parameters),
						connection);
			}
			swap.filled();
			PdfExport.export(List.of(print), file,
					documents.metadata(documents.messages().get("check.pdfTitle", documents.year()), summary));
		}
	}

}
