package vn.yearendreview.evaluation;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.Messages;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.submission.Catalog;
import vn.yearendreview.submission.StagedRow;
import vn.yearendreview.submission.Target;

/**
 * Rows are evaluated as they are read (see {@link RowEvaluation}); this step evaluates
 * every catalog indicator that no accepted row reports for the whole province, as having
 * no data, and stores those verdicts beside the rows'.
 */
@Configuration(proxyBeanMethods = false)
public class EvaluateStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EvaluateStepConfiguration.class);

	private static final String COLUMNS = """
			DEPARTMENT, INDICATOR, NAME, UNIT, GROUP_CODE, GROUP_ORDER, SORT_ORDER, RESOLUTION, IN_REVIEW, PLAN,
			PLAN_NEXT, ACTUAL, PREVIOUS, NOTE""";

	/**
	 * Catalog indicators without a province-wide figure among the accepted rows.
	 */
	private static final String UNREPORTED = """
			SELECT c.DEPARTMENT, c.INDICATOR, c.NAME, c.UNIT, c.GROUP_CODE, c.GROUP_ORDER, c.SORT_ORDER, c.RESOLUTION,
				TRUE, c.PLAN, c.PLAN_NEXT, NULL, NULL, NULL
			FROM YR_CATALOG_INDICATOR c
			WHERE c.INSTANCE_ID = ? AND c.INDICATOR NOT IN (
				SELECT r.INDICATOR FROM YR_ROW r WHERE r.INSTANCE_ID = ? AND r.ACCEPTED AND r.IN_REVIEW)
			ORDER BY c.INDICATOR""";

	private static final String INSERT = "INSERT INTO YR_RESULT (INSTANCE_ID, " + COLUMNS
			+ ", PERCENT_OF_PLAN, PERCENT_OF_PREVIOUS, STATUS) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static IndicatorEvaluator evaluator(ReportSettings settings) {
		return new IndicatorEvaluator(new AchievementRules(settings.nearlyAchievedPercent()));
	}

	/**
	 * The evaluation applied to each row as it is read, a new one for each reader.
	 * @param catalog the catalog
	 * @param settings the settings that hold the "nearly achieved" threshold
	 * @return the evaluation
	 */
	@Bean
	@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
	UnaryOperator<StagedRow> rowEvaluation(ObjectProvider<Catalog> catalog, ObjectProvider<ReportSettings> settings) {
		RowEvaluation evaluation = new RowEvaluation(catalog.getObject(), evaluator(settings.getObject()));
		return evaluation::evaluate;
	}

	@Bean
	Step evaluateIndicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, ObjectProvider<ReportSettings> settings, Messages messages) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			IndicatorEvaluator evaluator = evaluator(settings.getObject());
			long instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
			List<EvaluatedIndicator> results = new ArrayList<>();
			for (IndicatorInput input : jdbc.query(UNREPORTED, EvaluateStepConfiguration::input, instance, instance)) {
				results.add(evaluator.evaluate(input));
			}
			jdbc.update("DELETE FROM YR_RESULT WHERE INSTANCE_ID = ?", instance);
			insert(jdbc, instance, results);
			Long accepted = jdbc.queryForObject(
					"SELECT COALESCE(SUM(ROWS_ACCEPTED), 0) FROM YR_FILE WHERE INSTANCE_ID = ?", Long.class, instance);
			logger.info(messages.get("progress.evaluated", accepted + results.size(), results.size()));
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("evaluateIndicatorsStep", jobRepository).tasklet(tasklet, transactionManager).build();
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
