package vn.yearendreview.staging;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.hsqldb.jdbc.JDBCDriver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import vn.yearendreview.model.InputFile;
import vn.yearendreview.model.StagedFile;

/**
 * The staging tables over a database of their own, in memory, each table made as the
 * application makes it.
 */
final class StagingDatabase {

	/** The job instance the tests stage their records under. */
	static final long INSTANCE = 7;

	final JdbcTemplate jdbc;

	final StagingSchema schema;

	final ProblemTable problems;

	final FileTable files;

	final CatalogTables catalog;

	final RecordTable rows;

	final PointTable points;

	final TaskTable tasks;

	final ScoreTable scores;

	final VerdictTable verdicts;

	final ResultTable results;

	StagingDatabase() {
		this.jdbc = new JdbcTemplate(
				new SimpleDriverDataSource(new JDBCDriver(), "jdbc:hsqldb:mem:staging-" + UUID.randomUUID(), "SA", ""));
		this.schema = new StagingSchema(this.jdbc);
		this.problems = new ProblemTable(this.schema);
		this.files = new FileTable(this.schema, this.problems);
		this.catalog = new CatalogTables(this.schema, this.files, this.problems);
		this.rows = new RecordTable(this.schema, this.problems);
		this.points = new PointTable(this.schema, this.rows);
		this.tasks = new TaskTable(this.schema, this.rows);
		this.scores = new ScoreTable(this.schema);
		this.verdicts = new VerdictTable(this.schema, this.scores);
		this.results = new ResultTable(this.schema, this.files, this.rows);
	}

	/**
	 * Registers a submission file of a kind, as ingest does before its records.
	 * @param fileNo its number
	 * @param name its name
	 * @param kind the code of its kind
	 * @param yearOffset how many years after the year under review its records are for
	 */
	void registerSubmission(int fileNo, String name, String kind, int yearOffset) {
		this.files.registerFile(INSTANCE, fileNo, new InputFile(name, Path.of(name), 100, "0".repeat(64)), true);
		this.files.saveProfile(INSTANCE, new StagedFile(fileNo, kind, yearOffset, yearOffset == 0, "UTF-8", ",", "dot",
				"nam", "ma_chi_tieu", "thuc_hien", "cung_ky", false, List.of()));
	}

}
