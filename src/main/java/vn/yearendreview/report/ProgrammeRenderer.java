package vn.yearendreview.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

import vn.yearendreview.Messages;
import vn.yearendreview.OutputLayout;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.staging.ProgrammeTask;
import vn.yearendreview.staging.ResultQueries;
import vn.yearendreview.submission.Recipients;
import vn.yearendreview.submission.TaskLevel;

/**
 * Writes the Standing Committee's work programme for the year after the one under review
 * (DESIGN.md 9.4): {@code chuong-trinh-cong-tac-<N+1>.pdf}, the registered tasks by month
 * and level in the frame of the committee's documents, and the same tasks in
 * {@code chuong-trinh-cong-tac-<N+1>.csv}. The tasks are read as they are printed, never
 * all at once.
 */
class ProgrammeRenderer {

	/** Header of the CSV. */
	static final String[] HEADER = { "month", "level", "content", "lead", "support", "product", "department" };

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private final ReportTemplates templates;

	private final ResultQueries data;

	private final Path swapFolder;

	ProgrammeRenderer(ReportTemplates templates, ResultQueries data, Path swapFolder) {
		this.templates = templates;
		this.data = data;
		this.swapFolder = swapFolder;
	}

	/**
	 * Writes the programme of a run when any task was registered.
	 * @param instance the job instance
	 * @param documents what the documents share
	 * @param recipients the recipients for "Nơi nhận"
	 * @param folder the folder the documents are written to
	 * @return how many tasks it holds, 0 when none was registered and nothing was written
	 * @throws Exception when filling or writing fails
	 */
	long render(long instance, Documents documents, Recipients recipients, Path folder) throws Exception {
		int year = documents.year() + 1;
		Map<TaskLevel, Long> counts = this.data.programmeCounts(instance, year);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return 0;
		}
		writeCsv(instance, year, folder.resolve(OutputLayout.programmeCsv(documents.year())));
		Messages messages = documents.messages();
		ReportSettings settings = documents.settings();
		Map<String, Object> parameters = ConsolidatedReviewRenderer.frameParameters(documents, this.templates,
				recipients);
		parameters.put("NUMBER_LINE", messages.get("review.number", "      -" + settings.symbolOf("CTr")));
		parameters.put("TITLE", messages.get("programme.title", year));
		parameters.put("SUBTITLE", messages.get("programme.subtitle", settings.reportingBody()));
		List<String> levels = new ArrayList<>();
		counts.forEach((level, count) -> levels.add(messages.get("programme.summary.level",
				messages.get("programme.level." + level.name()), Formats.count(count, documents.locale()))));
		parameters.put("SUMMARY", messages.get("programme.summary", String.join("; ", levels)));
		try (PageSwap swap = PageSwap.forRecords((int) Math.min(Integer.MAX_VALUE, total), this.swapFolder);
				Stream<ProgrammeTask> tasks = this.data.programmeTasks(instance, year, null)) {
			Iterator<ProgrammeTask> source = tasks.iterator();
			int[] number = { 0 };
			Iterator<Map<String, ?>> records = new Iterator<>() {
				@Override
				public boolean hasNext() {
					return source.hasNext();
				}

				@Override
				public Map<String, ?> next() {
					return record(source.next(), ++number[0], messages);
				}
			};
			JasperPrint print = JasperFillManager.fillReport(this.templates.get("chuong-trinh-cong-tac"),
					swap.apply(parameters), new IteratorDataSource(records));
			swap.filled();
			PdfExport.export(List.of(print), folder.resolve(OutputLayout.programmePdf(documents.year())),
					documents.metadata(messages.get("programme.pdfTitle", year),
							messages.get("programme.pdfSubject", total, year),
							OutputLayout.programmePdf(documents.year())));
		}
		return total;
	}

	private static Map<String, Object> record(ProgrammeTask task, int number, Messages messages) {
		Map<String, Object> record = new HashMap<>();
		record.put("MONTH_KEY", task.month());
		record.put("MONTH_LABEL", messages.get("programme.month", task.month()));
		record.put("NUMBER", String.valueOf(number));
		record.put("CONTENT",
				(task.quarter() != null)
						? task.content() + " " + messages.get("programme.inQuarter", ROMAN[task.quarter() - 1])
						: task.content());
		record.put("LEAD", task.lead());
		record.put("SUPPORT", task.support());
		record.put("LEVEL", messages.get("programme.level." + task.level().name()));
		record.put("PRODUCT", task.product());
		return record;
	}

	private void writeCsv(long instance, int year, Path file) throws IOException {
		try (CsvOutput csv = CsvOutput.create(file, HEADER);
				Stream<ProgrammeTask> tasks = this.data.programmeTasks(instance, year, null)) {
			tasks.forEach((task) -> {
				try {
					csv.row((task.quarter() != null) ? "Q" + task.quarter() : String.valueOf(task.month()),
							task.level().name(), task.content(), task.lead(), task.support(), task.product(),
							task.department());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

}
