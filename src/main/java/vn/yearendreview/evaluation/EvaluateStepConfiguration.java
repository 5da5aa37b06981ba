package vn.yearendreview.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.EvaluatedIndicator;
import vn.yearendreview.model.IndicatorInput;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.staging.AcceptedRow;
import vn.yearendreview.staging.AcceptedRowsReader;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.PointTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.RecordTable;
import vn.yearendreview.staging.ResultTable;
import vn.yearendreview.staging.ScoreTable;
import vn.yearendreview.staging.VerdictTable;
import vn.yearendreview.staging.VerdictTable.RowVerdict;

/**
 * The evaluation, once the checks have decided which rows count: every accepted row is
 * judged (a chunk step, restartable where it stopped), then the catalog indicators nobody
 * reported are judged as having no data, and the verdicts are counted once for every
 * document.
 */
@Configuration(proxyBeanMethods = false)
class EvaluateStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EvaluateStepConfiguration.class);

	private static IndicatorEvaluator evaluator(ReportSettings settings) {
		return new IndicatorEvaluator(new AchievementRules(settings.nearlyAchievedPercent()));
	}

	@Bean
	Step evaluateIndicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AcceptedRowsReader acceptedRowsReader, RowEvaluator rowEvaluator, VerdictWriter verdictWriter,
			ReviewProperties properties) {
		return new StepBuilder("evaluateIndicatorsStep", jobRepository)
			.<AcceptedRow, RowVerdict>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(acceptedRowsReader)
			.processor(rowEvaluator)
			.writer(verdictWriter)
			.build();
	}

	@Bean
	@StepScope
	AcceptedRowsReader acceptedRowsReader(FileTable files, RecordTable rows, ReviewProperties properties,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return new AcceptedRowsReader(files, rows, instance, properties.chunkSize());
	}

	@Bean
	@StepScope
	RowEvaluator rowEvaluator(CatalogTables catalogTables, ObjectProvider<Catalog> catalog,
			ObjectProvider<ReportSettings> settings,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return new RowEvaluator(new RowEvaluation(catalog.getObject(), catalogTables.sharedIndicators(instance),
				evaluator(settings.getObject())));
	}

	@Bean
	@StepScope
	VerdictWriter verdictWriter(VerdictTable verdicts,
			@Value("#{stepExecution.jobExecution.jobInstanceId}") long instance) {
		return new VerdictWriter(verdicts, instance);
	}

	@Bean
	Step scoreIndicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CatalogTables catalogTables, VerdictTable verdicts, ResultTable results, ScoreTable scores,
			PointTable points, ProblemTable problems, ObjectProvider<ReportSettings> settings, Messages messages) {
		Tasklet tasklet = (contribution, chunkContext) -> {
			IndicatorEvaluator evaluator = evaluator(settings.getObject());
			long instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
			List<EvaluatedIndicator> unreported = new ArrayList<>();
			for (IndicatorInput input : catalogTables.unreportedIndicators(instance)) {
				unreported.add(evaluator.evaluate(input));
			}
			results.replaceUnreportedResults(instance, unreported);
			scores.countUnreported(instance, unreported);
			listMissingCauses(verdicts, problems, messages, instance);
			// Paragraphs the review cannot print are the planner's to look at, like a
			// missing setting: the run says so and ends with "done, look at the check".
			long accepted = points.acceptedPoints(instance);
			List<Problem> pointLimit = new ArrayList<>();
			if (accepted > NarrativePoint.MOST_PRINTED) {
				String message = messages.get("problem.TOO_MANY_POINTS", accepted, NarrativePoint.MOST_PRINTED);
				pointLimit.add(new Problem(Problem.Severity.ERROR, null, null, String.valueOf(accepted),
						Reason.TOO_MANY_POINTS, message));
				logger.info(message);
			}
			problems.replaceRunProblems(instance, Reason.TOO_MANY_POINTS, pointLimit);
			logger.info(messages.get("progress.evaluated", verdicts.evaluatedCount(instance) + unreported.size(),
					unreported.size()));
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("scoreIndicatorsStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	/**
	 * Tells the office, in the data check, which department missed an indicator of the
	 * review without saying why: the committee's documents leave the cause out rather
	 * than print a placeholder.
	 */
	private static void listMissingCauses(VerdictTable verdicts, ProblemTable problemTable, Messages messages,
			long instance) {
		List<Problem> problems = new ArrayList<>();
		List<String> departments = new ArrayList<>();
		for (VerdictTable.MissingCause missed : verdicts.missedWithoutCause(instance)) {
			problems.add(new Problem(Problem.Severity.WARNING, null, null, missed.indicator(), Reason.NO_CAUSE,
					messages.get("problem.NO_CAUSE", missed.departmentName(), missed.name())));
			departments.add(missed.department());
		}
		problemTable.replaceRunProblems(instance, Reason.NO_CAUSE, problems, departments);
	}

}
