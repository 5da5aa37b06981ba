package vn.yearendreview.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.model.Status;
import vn.yearendreview.staging.ResultTable;
import vn.yearendreview.staging.ScoreTable;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.JobSteps;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.StepRuns;
import vn.yearendreview.support.StepTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation and scoring steps on the {@code good} fixture, whose verdicts and counts
 * were worked out by hand ({@code fixtures/good/expected/README.md}): each accepted row
 * is judged once, the catalog indicator nobody reported is added without data, and the
 * counts every document reads are stored.
 */
@StepTest
class EvaluationStepTests {

	private static final Path WORK = StepRuns.workFolder("evaluation-steps");

	@Autowired
	private JobSteps steps;

	@Autowired
	private ResultTable results;

	@Autowired
	private ScoreTable scores;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		StepRuns.properties(registry, WORK);
		ReviewCommand.copyFixture("good/input", WORK.resolve("input"));
	}

	@Test
	void checksDecideTheLatestYearReported() throws Exception {
		StepRuns.Run run = this.steps.upTo("checkSubmissionsStep").start(WORK.resolve("input"), false);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(run.facts().year()).isEqualTo(2023);
	}

	@Test
	void everyAcceptedRowIsJudgedOnceAndTheUnreportedIndicatorHasNoData() throws Exception {
		StepRuns.Run run = evaluate();

		StepExecution evaluation = run.step("evaluateIndicatorsStep");
		assertThat(evaluation.getReadCount()).isEqualTo(5);
		assertThat(evaluation.getWriteCount()).isEqualTo(5);
		Map<String, Status> verdicts = new LinkedHashMap<>();
		for (ResultRow row : this.results.reviewResults(run.instance())) {
			verdicts.put(row.indicator(), row.status());
		}
		assertThat(verdicts).containsExactly(Map.entry("A1", Status.EXCEEDED), Map.entry("A2", Status.NOT_ACHIEVED),
				Map.entry("A3", Status.EXCEEDED), Map.entry("B1", Status.ACHIEVED), Map.entry("B2", Status.NO_DATA),
				Map.entry("C1", Status.NO_DATA));
	}

	@Test
	void theStoredCountsAreTheHandWorkedOnes() throws Exception {
		StepRuns.Run run = evaluate();

		Scoreboard scoreboard = this.scores.scoreboard(run.instance());
		List<String> counts = new ArrayList<>();
		counts.add("overall," + scoreboard.overall().achieved() + "," + scoreboard.overall().total());
		scoreboard.byGroup()
			.forEach((group, tally) -> counts.add(group + "," + tally.achieved() + "," + tally.total()));
		scoreboard.byDepartment()
			.forEach((department, tally) -> counts
				.add("department:" + department + "," + tally.achieved() + "," + tally.total()));
		List<String> expected = CsvFiles.read(ReviewCommand.fixture("good/expected/counts.csv"))
			.stream()
			.map((row) -> row.get("scope") + "," + row.get("achieved") + "," + row.get("total"))
			.toList();
		assertThat(counts).containsExactlyInAnyOrderElementsOf(expected);
	}

	private StepRuns.Run evaluate() throws Exception {
		StepRuns.Run run = this.steps.upTo("scoreIndicatorsStep").start(WORK.resolve("input"), false);
		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		return run;
	}

}
