package vn.yearendreview.submission;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixed slice of the mutation fuzzer (RELIABILITY.md): 200 damaged copies of the sample
 * set, four of them run through the whole command. The long run is the Maven profile
 * {@code fuzz}.
 */
class MutationFuzzTests {

	@TempDir
	Path work;

	@Test
	void twoHundredDamagedFoldersBreakNothing() throws Exception {
		MutationFuzzer.Report report = new MutationFuzzer(ReviewCommand.copySample(this.work.resolve("good")),
				this.work)
			.run(200, 20231205L, 50, System.out);

		System.out.println(report);
		assertThat(report.failures()).isEmpty();
		assertThat(report.rounds()).isEqualTo(200);
		assertThat(report.wholeRuns()).isEqualTo(4);
		assertThat(report.rows()).isGreaterThan(3_000);
	}

}
