package vn.yearendreview.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.benchmark.InputGenerator;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that stops after two chunks of verdicts were committed resumes at the third: no
 * row is evaluated or counted twice, and the documents are those of a run that never
 * stopped.
 */
class EvaluationRestartEndToEndTests {

	@TempDir
	Path work;

	@Test
	void aRunStoppedInTheEvaluationResumesAndCountsEveryRowOnce() throws Exception {
		Path input = this.work.resolve("input");
		// five chunks of verdicts: two committed, the third fails, two more after it
		long rows = InputGenerator.generate(input, 10, 250, 2023, 2);
		assertThat(rows).isEqualTo(2_500);
		Path out = this.work.resolve("out");
		List<String> args = List.of("--input=" + input, "--output=" + out, "--yearend.chunk-size=500");
		List<String> failing = new ArrayList<>(args);
		failing.addAll(List.of(FailingEvaluation.ARGUMENTS));

		ReviewCommand.Result stopped = ReviewCommand.run(failing.toArray(String[]::new));
		assertThat(stopped.exitCode()).as(stopped.out() + stopped.err()).isEqualTo(1);
		assertThat(out.resolve("2023")).doesNotExist();

		ReviewCommand.Result resumed = ReviewCommand.run(args.toArray(String[]::new));
		ReviewCommand.Result clean = ReviewCommand.run(input, this.work.resolve("clean"), "--yearend.chunk-size=500");

		assertThat(resumed.exitCode()).isEqualTo(clean.exitCode()).isEqualTo(3);
		for (String file : List.of("ket-qua-2023.csv", "kiem-tra-du-lieu-2023.csv", "bao-cao-tong-hop-2023.pdf",
				"don-vi/D0001.pdf")) {
			assertThat(Files.readAllBytes(out.resolve("2023").resolve(file))).as(file)
				.isEqualTo(Files.readAllBytes(this.work.resolve("clean/2023").resolve(file)));
		}
	}

}
