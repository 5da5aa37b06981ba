package vn.yearendreview.staging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.model.Messages;

/** The staging tables of the job and the only access to them: one bean per table. */
@Configuration(proxyBeanMethods = false)
class StagingConfiguration {

	@Bean
	StagingSchema stagingSchema(JdbcTemplate jdbc) {
		return new StagingSchema(jdbc);
	}

	@Bean
	ProblemTable problemTable(StagingSchema schema) {
		return new ProblemTable(schema);
	}

	@Bean
	FileTable fileTable(StagingSchema schema, ProblemTable problems) {
		return new FileTable(schema, problems);
	}

	@Bean
	CatalogTables catalogTables(StagingSchema schema, FileTable files, ProblemTable problems) {
		return new CatalogTables(schema, files, problems);
	}

	@Bean
	RecordTable recordTable(StagingSchema schema, ProblemTable problems) {
		return new RecordTable(schema, problems);
	}

	@Bean
	PointTable pointTable(StagingSchema schema, RecordTable records) {
		return new PointTable(schema, records);
	}

	@Bean
	TaskTable taskTable(StagingSchema schema, RecordTable records) {
		return new TaskTable(schema, records);
	}

	@Bean
	RecordTables recordTables(RecordTable rows, PointTable points, TaskTable tasks) {
		return new RecordTables(rows, points, tasks);
	}

	@Bean
	ScoreTable scoreTable(StagingSchema schema) {
		return new ScoreTable(schema);
	}

	@Bean
	VerdictTable verdictTable(StagingSchema schema, ScoreTable scores) {
		return new VerdictTable(schema, scores);
	}

	@Bean
	ResultTable resultTable(StagingSchema schema, FileTable files, RecordTable rows, Messages messages) {
		return new ResultTable(schema, files, rows, messages);
	}

}
