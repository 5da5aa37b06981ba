package vn.yearendreview.evaluation;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.Messages;
import vn.yearendreview.ReviewProperties;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.submission.Target;

/**
 * Evaluates every accepted row, then every catalog indicator no department reported, and
 * stores the verdicts for the documents.
 */
@Configuration(proxyBeanMethods = false)
public class EvaluateStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EvaluateStepConfiguration.class);

	private static final String COLUMNS = """
			DEPARTMENT, INDICATOR, NAME, UNIT, GROUP_CODE, GROUP_ORDER, SORT_ORDER, RESOLUTION, IN_REVIEW, PLAN,
			PLAN_NEXT, ACTUAL, PREVIOUS, NOTE""";

	private static final String REPORTED_SELECT = """
			SELECT r.DEPARTMENT, r.INDICATOR, COALESCE(c.NAME, r.NAME), COALESCE(NULLIF(c.UNIT, ''), r.UNIT),
				c.GROUP_CODE, COALESCE(c.GROUP_ORDER, 99), COALESCE(c.SORT_ORDER, 0), COALESCE(c.RESOLUTION, TRUE),
				(c.INDICATOR IS NULL OR c.DEPARTMENT = '' OR c.DEPARTMENT = r.DEPARTMENT), r.PLAN, c.PLAN_NEXT,
				r.ACTUAL, r.PREVIOUS, r.NOTE, r.FILE_NO, r.LINE""";

	private static final String REPORTED_FROM = """
			FROM YR_ROW r LEFT JOIN YR_CATALOG_INDICATOR c ON c.INSTANCE_ID = r.INSTANCE_ID AND c.INDICATOR = r.INDICATOR""";

	/**
	 * Catalog indicators without a province-wide figure among the results of the reported
	 * rows.
	 */
	private static final String UNREPORTED = """
			SELECT c.DEPARTMENT, c.INDICATOR, c.NAME, c.UNIT, c.GROUP_CODE, c.GROUP_ORDER, c.SORT_ORDER, c.RESOLUTION,
				TRUE, c.PLAN, c.PLAN_NEXT, NULL, NULL, NULL
			FROM YR_CATALOG_INDICATOR c
			WHERE c.INSTANCE_ID = ? AND c.INDICATOR NOT IN (
				SELECT r.INDICATOR FROM YR_RESULT r WHERE r.INSTANCE_ID = ? AND r.IN_REVIEW)
			ORDER BY c.INDICATOR""";

	private static final String INSERT = "INSERT INTO YR_RESULT (INSTANCE_ID, " + COLUMNS
			+ ", PERCENT_OF_PLAN, PERCENT_OF_PREVIOUS, STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	@Bean
	@StepScope
	IndicatorProcessor indicatorProcessor(ReportSettings settings) {
		return new IndicatorProcessor(evaluator(settings));
	}

	private static IndicatorEvaluator evaluator(ReportSettings settings) {
		return new IndicatorEvaluator(new AchievementRules(settings.nearlyAchievedPercent()));
	}

	@Bean
	Step evaluateIndicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcCursorItemReader<IndicatorInput> reportedIndicatorReader, IndicatorProcessor indicatorProcessor,
			ResultWriter resultWriter, ReviewProperties properties) {
		return new StepBuilder("evaluateIndicatorsStep", jobRepository)
			.<IndicatorInput, EvaluatedIndicator>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(reportedIndicatorReader)
			.processor(indicatorProcessor)
			.writer(resultWriter)
			.build();
	}

	@Bean
	Step evaluateUnreportedIndicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, ObjectProvider<ReportSettings> settings, Messages messages) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			IndicatorEvaluator evaluator = evaluator(settings.getObject());
			long instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
			List<EvaluatedIndicator> results = new ArrayList<>();
			for (IndicatorInput input : jdbc.query(UNREPORTED, EvaluateStepConfiguration::input, instance, instance)) {
				results.add(evaluator.evaluate(input));
			}
			insert(jdbc, instance, results);
			Long total = jdbc.queryForObject("SELECT COUNT(*) FROM YR_RESULT WHERE INSTANCE_ID = ?", Long.class,
					instance);
			logger.info(messages.get("progress.evaluated", total, results.size()));
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("evaluateUnreportedIndicatorsStep", jobRepository).tasklet(tasklet, transactionManager)
			.build();
	}

	/**
	 * Streams the accepted rows in file and line order, so that a restart goes on after
	 * the last row committed.
	 */
	@Bean
	@StepScope
	JdbcCursorItemReader<IndicatorInput> reportedIndicatorReader(DataSource dataSource,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return new JdbcCursorItemReaderBuilder<IndicatorInput>().name("reportedIndicatorReader")
			.dataSource(dataSource)
			.sql(REPORTED_SELECT + "\n" + REPORTED_FROM
					+ "\nWHERE r.INSTANCE_ID = ? AND r.ACCEPTED ORDER BY r.FILE_NO, r.LINE")
			.preparedStatementSetter((ps) -> ps.setLong(1, instance))
			.rowMapper(EvaluateStepConfiguration::input)
			.fetchSize(1000)
			.connectionAutoCommit(true)
			.build();
	}

	@Bean
	@StepScope
	ResultWriter resultWriter(JdbcTemplate jdbc, @Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return new ResultWriter(jdbc, instance);
	}

	/** Evaluates each indicator read. */
	static class IndicatorProcessor implements ItemProcessor<IndicatorInput, EvaluatedIndicator> {

		private final IndicatorEvaluator evaluator;

		IndicatorProcessor(IndicatorEvaluator evaluator) {
			this.evaluator = evaluator;
		}

		@Override
		public EvaluatedIndicator process(IndicatorInput input) {
			return this.evaluator.evaluate(input);
		}

	}

	/** Stores a chunk of verdicts. */
	static class ResultWriter implements ItemWriter<EvaluatedIndicator> {

		private final JdbcTemplate jdbc;

		private final long instance;

		ResultWriter(JdbcTemplate jdbc, long instance) {
			this.jdbc = jdbc;
			this.instance = instance;
		}

		@Override
		public void write(Chunk<? extends EvaluatedIndicator> chunk) {
			insert(this.jdbc, this.instance, chunk.getItems());
		}

	}

	private static void insert(JdbcTemplate jdbc, long instance, List<? extends EvaluatedIndicator> results) {
		if (results.isEmpty()) {
			return;
		}
		jdbc.batchUpdate(INSERT, results, results.size(), (ps, result) -> bind(ps, instance, result));
	}

	private static void bind(PreparedStatement ps, long instance, EvaluatedIndicator result) throws SQLException {
		IndicatorInput in = result.input();
		Assessment a = result.assessment();
		ps.setLong(1, instance);
		ps.setString(2, in.department());
		ps.setString(3, in.indicator());
		ps.setString(4, in.name());
		ps.setString(5, in.unit());
		ps.setString(6, in.groupCode());
		ps.setInt(7, in.groupOrder());
		ps.setInt(8, in.order());
		ps.setBoolean(9, in.resolution());
		ps.setBoolean(10, in.inReview());
		ps.setString(11, (in.plan() != null) ? in.plan().canonical() : null);
		ps.setString(12, (in.planNext() != null) ? in.planNext().canonical() : null);
		ps.setString(13, plain(in.actual()));
		ps.setString(14, plain(in.previous()));
		ps.setString(15, in.note());
		ps.setString(16, plain(a.percentOfPlan()));
		ps.setString(17, plain(a.percentOfPrevious()));
		ps.setString(18, a.status().name());
	}

	private static IndicatorInput input(ResultSet rs, int row) throws SQLException {
		return new IndicatorInput(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getInt(6), rs.getInt(7), rs.getBoolean(8), rs.getBoolean(9), target(rs.getString(10)),
				target(rs.getString(11)), decimal(rs.getString(12)), decimal(rs.getString(13)), rs.getString(14));
	}

	private static Target target(String canonical) {
		return (canonical != null) ? Target.fromCanonical(canonical) : null;
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

}
