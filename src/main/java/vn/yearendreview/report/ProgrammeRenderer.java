package vn.yearendreview.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.type.BandTypeEnum;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.ProgrammeTask;
import vn.yearendreview.model.TaskLevel;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.staging.TaskTable;
import vn.yearendreview.submission.Recipients;

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

	/** The template's field of each column. */
	private static final String[] FIELDS = { "NUMBER", "CONTENT", "LEAD", "SUPPORT", "LEVEL", "PRODUCT" };

	private final ReportTemplates templates;

	private final TaskTable tasks;

	private final Path swapFolder;

	ProgrammeRenderer(ReportTemplates templates, TaskTable tasks, Path swapFolder) {
		this.templates = templates;
		this.tasks = tasks;
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
		Map<TaskLevel, Long> counts = this.tasks.programmeCounts(instance, year);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return 0;
		}
		writeCsv(instance, year, folder.resolve(OutputLayout.programmeCsv(documents.year())));
		Messages messages = documents.messages();
		CommitteeDocument document = compose(documents, recipients, counts,
				() -> rows(this.tasks.programmeTasks(instance, year, null), messages));
		Map<String, Object> parameters = TemplateData.frameParameters(document.frame(), documents, this.templates);
		parameters.put("SUMMARY", document.body().get(0).text());
		Path pdf = folder.resolve(OutputLayout.programmePdf(documents.year()));
		PdfExport.Metadata metadata = documents.metadata(messages.get("programme.pdfTitle", year),
				messages.get("programme.pdfSubject", total, year), OutputLayout.programmePdf(documents.year()));
		// the count, the signature and "Nơi nhận" never stand on a page of their own: the
		// last two rows go over with them (with their month's heading when the first of
		// them opens a month)
		Records first = fillAndExport(document, parameters, total, 0, 0, pdf, metadata, false);
		if (first != null) {
			long keep = total - 1;
			if (keep >= 1 && !first.secondLastOpensGroup) {
				fillAndExport(document, parameters, total, keep, 0, pdf, metadata, true);
			}
			else if (keep >= 2) {
				fillAndExport(document, parameters, total, 0, keep - 1, pdf, metadata, true);
			}
			else {
				// the table's first row is all there is to take over: as it falls
				fillAndExport(document, parameters, total, 0, 0, pdf, metadata, true);
			}
		}
		WordDocument.write(document, documents, folder.resolve(OutputLayout.programmeWord(documents.year())), total);
		return total;
	}

	/**
	 * Fills the programme and writes its PDF, unless the fill left its closing part (the
	 * count, the signature and "Nơi nhận") alone on the last page and the PDF is not
	 * asked for whatever the fill.
	 * @param breakBefore the row (from 1) to start a new page with, inside its month; 0
	 * for none
	 * @param breakAfter the row (from 1) after which a new page starts, with the next
	 * month's heading; 0 for none
	 * @param always whether to write the PDF however the fill fell
	 * @return {@code null} when the PDF was written, else what the fill saw of the last
	 * rows
	 */
	private Records fillAndExport(CommitteeDocument document, Map<String, Object> parameters, long total,
			long breakBefore, long breakAfter, Path pdf, PdfExport.Metadata metadata, boolean always) throws Exception {
		try (PageSwap swap = PageSwap.forRecords((int) Math.min(Integer.MAX_VALUE, total), this.swapFolder);
				Stream<CommitteeDocument.Row> rows = document.table().rows().open()) {
			Records records = new Records(rows.iterator(), breakBefore, breakAfter);
			JasperPrint print = JasperFillManager.fillReport(this.templates.get("chuong-trinh-cong-tac"),
					swap.apply(new HashMap<>(parameters)), new IteratorDataSource(records));
			swap.filled();
			if (!always && !hasRows(print.getPages().get(print.getPages().size() - 1))) {
				return records;
			}
			PdfExport.export(List.of(print), pdf, metadata);
			return null;
		}
	}

	/**
	 * The programme's rows as the template reads them, with the page break asked for, and
	 * whether the second last row opened its month.
	 */
	private static final class Records implements Iterator<Map<String, ?>> {

		private final Iterator<CommitteeDocument.Row> source;

		private final long breakBefore;

		private final long breakAfter;

		private long number;

		private String group;

		private boolean lastOpensGroup;

		private boolean secondLastOpensGroup;

		Records(Iterator<CommitteeDocument.Row> source, long breakBefore, long breakAfter) {
			this.source = source;
			this.breakBefore = breakBefore;
			this.breakAfter = breakAfter;
		}

		@Override
		public boolean hasNext() {
			return this.source.hasNext();
		}

		@Override
		public Map<String, ?> next() {
			CommitteeDocument.Row row = this.source.next();
			Map<String, Object> record = TemplateData.record(row, FIELDS);
			this.number++;
			this.secondLastOpensGroup = this.lastOpensGroup;
			this.lastOpensGroup = this.number == 1 || !Objects.equals(row.group(), this.group);
			this.group = row.group();
			record.put("BREAK_BEFORE", this.number == this.breakBefore);
			record.put("BREAK_AFTER", this.number == this.breakAfter);
			return record;
		}

	}

	/**
	 * Whether a page holds rows of the table.
	 */
	private static boolean hasRows(JRPrintPage page) {
		return page.getElements()
			.stream()
			.anyMatch((element) -> element.getOrigin() != null
					&& element.getOrigin().getBandType() == BandTypeEnum.DETAIL);
	}

	/**
	 * Composes the programme: the frame of the committee's documents with its own number,
	 * title and subtitle, its table of tasks by month, and the count by level under it.
	 * @param documents what the documents share
	 * @param recipients the recipients for "Nơi nhận"
	 * @param counts the tasks registered at each level
	 * @param rows the rows of its table, read as they are set
	 * @return the programme
	 */
	static CommitteeDocument compose(Documents documents, Recipients recipients, Map<TaskLevel, Long> counts,
			CommitteeDocument.Rows rows) {
		Messages messages = documents.messages();
		ReportSettings settings = documents.settings();
		int year = documents.year() + 1;
		CommitteeDocument.Frame frame = documents.frame(recipients)
			.titled(messages.get("review.number", "      -" + settings.symbolOf("CTr")),
					messages.get("programme.title", year), messages.get("programme.subtitle", settings.reportingBody()))
			.dated(documents.placeDate(true));
		List<String> levels = new ArrayList<>();
		counts.forEach((level, count) -> levels.add(messages.get("programme.summary.level",
				messages.get("programme.level." + level.name()), Formats.count(count, documents.locale()), count)));
		List<CommitteeDocument.Column> columns = List.of(
				new CommitteeDocument.Column(messages.get("table.number"), 36, CommitteeDocument.Align.CENTER),
				new CommitteeDocument.Column(messages.get("programme.table.content"), 290,
						CommitteeDocument.Align.LEFT),
				new CommitteeDocument.Column(messages.get("programme.table.lead"), 130, CommitteeDocument.Align.LEFT),
				new CommitteeDocument.Column(messages.get("programme.table.support"), 130,
						CommitteeDocument.Align.LEFT),
				new CommitteeDocument.Column(messages.get("programme.table.level"), 80, CommitteeDocument.Align.CENTER),
				new CommitteeDocument.Column(messages.get("programme.table.product"), 76,
						CommitteeDocument.Align.CENTER));
		return new CommitteeDocument(frame, true, new CommitteeDocument.Table(columns, rows), List
			.of(new Paragraph(Paragraph.Kind.BODY, messages.get("programme.summary", String.join("; ", levels)))),
				List.of());
	}

	/** The rows of the table: each task under its month, numbered in order. */
	private static Stream<CommitteeDocument.Row> rows(Stream<ProgrammeTask> tasks, Messages messages) {
		int[] number = { 0 };
		return tasks.map((task) -> row(task, ++number[0], messages));
	}

	private static CommitteeDocument.Row row(ProgrammeTask task, int number, Messages messages) {
		return new CommitteeDocument.Row(messages.get("programme.month", task.month()),
				Arrays.asList(String.valueOf(number),
						(task.quarter() != null)
								? task.content() + " " + messages.get("programme.inQuarter", ROMAN[task.quarter() - 1])
								: task.content(),
						task.lead(), task.support(), messages.get("programme.level." + task.level().name()),
						task.product()));
	}

	private void writeCsv(long instance, int year, Path file) throws IOException {
		try (CsvOutput csv = CsvOutput.create(file, HEADER);
				Stream<ProgrammeTask> tasks = this.tasks.programmeTasks(instance, year, null)) {
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
