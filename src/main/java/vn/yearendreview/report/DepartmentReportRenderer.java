package vn.yearendreview.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.ProgrammeTask;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Tally;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.ResultTable;
import vn.yearendreview.staging.TaskTable;

/**
 * Renders {@code don-vi/<DEPARTMENT>.pdf}: one department's indicators and the problems
 * in its data.
 */
class DepartmentReportRenderer {

	/**
	 * The most registered tasks a department's evaluation lists; the programme's CSV has
	 * them all.
	 */
	static final int TASKS_LISTED = 500;

	/**
	 * The most indicators a department's evaluation lists (about twenty-five pages); its
	 * headline counts them all, and the results file lists them all.
	 */
	static final int ROWS_LISTED = 1_000;

	/** The most problems a department's evaluation lists; the data check has them all. */
	static final int PROBLEMS_LISTED = 100;

	private final ReportTemplates templates;

	private final ResultTable results;

	private final CatalogTables catalogTables;

	private final TaskTable tasks;

	private final ProblemTable problems;

	/** Whether each run has a catalog: asked once per run, not once per department. */
	private final Map<Long, Boolean> catalogs = new ConcurrentHashMap<>();

	public DepartmentReportRenderer(ReportTemplates templates, ResultTable results, CatalogTables catalogTables,
			TaskTable tasks, ProblemTable problems) {
		this.templates = templates;
		this.results = results;
		this.catalogTables = catalogTables;
		this.tasks = tasks;
		this.problems = problems;
	}

	/**
	 * The file of a department's evaluation. Department codes are checked when read
	 * (letters, digits, {@code -}, {@code _}, {@code .}, not starting with a dot); this
	 * refuses anything else all the same.
	 * @param folder the folder of the year's documents
	 * @param department the department code
	 * @return the file
	 */
	public static Path file(Path folder, String department) {
		Path base = folder.resolve(OutputLayout.DEPARTMENTS).normalize();
		Path file = base.resolve(department + ".pdf").normalize();
		if (!file.getParent().equals(base) || department.startsWith(".")) {
			throw new IllegalArgumentException("not a department code: " + department);
		}
		return file;
	}

	/**
	 * Renders one department's evaluation.
	 * @param instance the job instance
	 * @param documents what the documents share
	 * @param department the department code
	 * @param name its name, its code when the catalog does not list it
	 * @param folder the folder of the year's documents
	 * @throws Exception when filling or writing fails
	 */
	public void render(long instance, Documents documents, String department, String name, Path folder)
			throws Exception {
		Path file = file(folder, department);
		Files.createDirectories(file.getParent());
		Map<String, Object> parameters = documents.parameters(this.templates);
		parameters.put("ISSUER", documents.settings().issuer());
		parameters.put("DEPARTMENT", department);
		parameters.put("DEPARTMENT_NAME", name.equals(department) ? null : name);
		parameters.put("STATUS_LABELS", documents.statusLabels());
		parameters.put("PROBLEMS_REPORT", this.templates.get("don-vi-van-de"));
		registeredTasks(instance, documents, department, parameters);
		String title = documents.messages().get("department.pdfTitle", name, documents.year());
		// The headline counts every row, the resolution's indicators apart from the
		// others; the table lists at most ROWS_LISTED of them.
		Tally inResolution = new Tally();
		Tally others = new Tally();
		FirstInOrder<ResultRow> first = new FirstInOrder<>(ResultRow.CATALOG_ORDER, ROWS_LISTED);
		this.results.forEachDepartmentResult(instance, department, (row) -> {
			(row.resolution() ? inResolution : others).add(row.status(), 1);
			first.add(row);
		});
		// At most ROWS_LISTED rows, fewer than PageSwap.RECORDS_IN_MEMORY: the pages stay
		// in the heap.
		List<ResultRow> listed = first.sorted();
		Iterator<Map<String, ?>> rows = listed.stream().<Map<String, ?>>map(ResultFields::of).iterator();
		String headline = headline(documents.messages(), inResolution, others,
				this.catalogs.computeIfAbsent(instance, this.catalogTables::hasCatalog));
		parameters.put("HEADLINE", headline);
		parameters.put("HAS_ROWS", !listed.isEmpty());
		parameters.put("ROWS_MORE",
				(first.count() > listed.size()) ? documents.messages()
					.get("department.rows.more", listed.size(), first.count() - listed.size(),
							OutputLayout.results(documents.year()))
						: null);
		JasperPrint print;
		try (Stream<ProblemTable.ProblemRow> problems = this.problems.departmentProblems(instance, department)) {
			Iterator<ProblemTable.ProblemRow> all = problems.iterator();
			List<Map<String, ?>> listedProblems = new ArrayList<>();
			while (listedProblems.size() < PROBLEMS_LISTED && all.hasNext()) {
				listedProblems.add(fields(all.next()));
			}
			long more = 0;
			while (all.hasNext()) {
				all.next();
				more++;
			}
			parameters.put("PROBLEMS", new JRMapCollectionDataSource(listedProblems));
			parameters.put("PROBLEMS_MORE",
					(more > 0)
							? documents.messages()
								.get("department.problems.more", more, OutputLayout.dataCheckPdf(documents.year()))
							: null);
			print = JasperFillManager.fillReport(this.templates.get("don-vi"), parameters,
					new IteratorDataSource(rows));
		}
		PdfExport.export(List.of(print), file,
				documents.metadata(title, headline, OutputLayout.DEPARTMENTS + "/" + file.getFileName()));
	}

	/**
	 * The tasks the department registered for next year's work programme, as the
	 * programme prints them, at most {@link #TASKS_LISTED}; none when it registered none.
	 */
	private void registeredTasks(long instance, Documents documents, String department,
			Map<String, Object> parameters) {
		Messages messages = documents.messages();
		int year = documents.year() + 1;
		List<Map<String, ?>> tasks = new ArrayList<>();
		long[] count = { 0 };
		try (Stream<ProgrammeTask> registered = this.tasks.programmeTasks(instance, year, department)) {
			registered.forEach((task) -> {
				if (count[0]++ < TASKS_LISTED) {
					Map<String, Object> fields = new HashMap<>();
					String when = (task.quarter() != null) ? messages.get("task.quarter", task.quarter())
							: messages.get("task.month", task.month());
					fields.put("WHEN", when.substring(0, 1).toUpperCase(messages.locale()) + when.substring(1));
					fields.put("CONTENT", task.content());
					fields.put("LEVEL", messages.get("programme.level." + task.level().name()));
					fields.put("PRODUCT", task.product());
					tasks.add(fields);
				}
			});
		}
		if (tasks.isEmpty()) {
			return;
		}
		parameters.put("TASKS_REPORT", this.templates.get("don-vi-chuong-trinh"));
		parameters.put("TASKS", new JRMapCollectionDataSource(tasks));
		parameters.put("TASKS_TITLE", messages.get("department.tasks", year, count[0]));
		parameters.put("TASKS_MORE", (count[0] > TASKS_LISTED) ? messages.get("department.tasks.more",
				count[0] - TASKS_LISTED, OutputLayout.programmeCsv(documents.year())) : null);
	}

	private static Map<String, ?> fields(ProblemTable.ProblemRow problem) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("FILE_NAME", problem.file());
		fields.put("LINE", problem.line());
		fields.put("COLUMN_NAME", problem.column());
		fields.put("CELL_VALUE", problem.value());
		fields.put("MESSAGE", problem.message());
		fields.put("SEVERITY", problem.severity());
		return fields;
	}

	/**
	 * The count at the head of a department's evaluation, saying what it covers: with a
	 * catalog, the resolution's main indicators and the department's other indicators in
	 * sentences of their own; without one, every indicator the department reported.
	 * @param messages the edition's messages
	 * @param inResolution the verdicts of the department's indicators in the resolution
	 * @param others the verdicts of its other indicators
	 * @param catalog whether the run has a catalog
	 * @return the sentences
	 */
	static String headline(Messages messages, Tally inResolution, Tally others, boolean catalog) {
		if (inResolution.total() + others.total() == 0) {
			return messages.get("department.headline.none");
		}
		if (!catalog) {
			Tally all = new Tally();
			for (Status status : Status.values()) {
				all.add(status, inResolution.count(status) + others.count(status));
			}
			return count(messages, "department.headline", all);
		}
		List<String> sentences = new ArrayList<>();
		if (inResolution.total() > 0) {
			sentences.add(count(messages, "department.headline.resolution", inResolution));
		}
		if (others.total() > 0) {
			sentences.add(count(messages, "department.headline.others", others));
		}
		return String.join(" ", sentences);
	}

	/**
	 * One sentence of the count: achieved of the total, then the other verdicts.
	 */
	private static String count(Messages messages, String key, Tally tally) {
		StringBuilder text = new StringBuilder(
				(tally.achieved() == 0) ? messages.get(key + ".noneAchieved", tally.total())
						: messages.get(key, tally.achieved(), tally.total()));
		for (Status status : List.of(Status.NEARLY_ACHIEVED, Status.NOT_ACHIEVED, Status.NO_DATA)) {
			if (tally.count(status) > 0) {
				text.append(messages.get("department.headline." + status.name(), tally.count(status)));
			}
		}
		return text.append('.').toString();
	}

}
