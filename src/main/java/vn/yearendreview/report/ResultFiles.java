package vn.yearendreview.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

import vn.yearendreview.model.FileCounts;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.ResultTable;

/**
 * The CSV outputs: {@code ket-qua-<year>.csv} (every evaluated indicator) and
 * {@code kiem-tra-du-lieu-<year>.csv} (every problem found). Numbers with a dot decimal;
 * percentages rounded half up to one decimal.
 */
public class ResultFiles {

	/** Header of the results file. */
	static final String[] RESULT_HEADER = { "department", "indicator", "name", "unit", "group", "plan", "actual",
			"previous", "percent_of_plan", "percent_of_previous", "status" };

	/**
	 * Header of the data-check file: first one row per file read ({@value #FILE_READ})
	 * with its counts and SHA-256, then one row per problem.
	 */
	static final String[] CHECK_HEADER = { "file", "line", "column", "value", "reason_code", "message", "rows_read",
			"rows_accepted", "rows_rejected", "sha256" };

	/** The reason code of the data check's rows that list the files read. */
	public static final String FILE_READ = "FILE_READ";

	private final ResultTable results;

	private final FileTable files;

	private final ProblemTable problems;

	private final Path sortFolder;

	/**
	 * @param results the run's results
	 * @param files the files read
	 * @param problems the problems found
	 * @param sortFolder where the results file's rows are sorted when there are many
	 */
	public ResultFiles(ResultTable results, FileTable files, ProblemTable problems, Path sortFolder) {
		this.results = results;
		this.files = files;
		this.problems = problems;
		this.sortFolder = sortFolder;
	}

	/**
	 * Writes every evaluated indicator, in catalog order then code order.
	 * @param instance the job instance
	 * @param file the CSV to write
	 * @return how many indicators were written
	 * @throws IOException when the file cannot be written
	 */
	public long writeResults(long instance, Path file) throws IOException {
		long[] count = { 0 };
		try (CsvOutput csv = CsvOutput.create(file, RESULT_HEADER)) {
			try (SortedResults rows = SortedResults.of(ResultRow.RESULTS_ORDER,
					(consumer) -> this.results.forEachResult(instance, consumer), this.sortFolder)) {
				while (rows.hasNext()) {
					ResultRow row = rows.next();
					csv.row(row.department(), row.indicator(), row.name(), row.unit(), row.groupCode(), row.plan(),
							row.actual(), row.previous(), rounded(row.percentOfPlan()),
							rounded(row.percentOfPrevious()), row.status().name());
					count[0]++;
				}
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return count[0];
	}

	/**
	 * Writes the files read, as the data check PDF lists them (DESIGN.md 6), then every
	 * problem found: rejected rows, whole-file problems, warnings, departments that sent
	 * nothing.
	 * @param instance the job instance
	 * @param file the CSV to write
	 * @throws IOException when the file cannot be written
	 */
	public void writeDataCheck(long instance, Path file) throws IOException {
		try (CsvOutput csv = CsvOutput.create(file, CHECK_HEADER)) {
			for (FileCounts read : this.files.fileCounts(instance)) {
				boolean counted = read.counted();
				csv.row(read.name(), null, null, null, FILE_READ, null, counted ? read.read() : null,
						counted ? read.accepted() : null, counted ? read.rejectedRows() : null, read.sha256());
			}
			this.problems.forEachProblem(instance, (problem) -> {
				try {
					csv.row(problem.file(), problem.line(), problem.column(), problem.value(), problem.reasonCode(),
							problem.message());
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

	private static String rounded(String percent) {
		if (percent == null) {
			return null;
		}
		return new BigDecimal(percent).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

}
