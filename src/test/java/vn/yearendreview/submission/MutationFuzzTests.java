package vn.yearendreview.submission;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.submission.Mutator.FileKind;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fixed slice of the mutation fuzzer (RELIABILITY.md): 160 damaged copies of the sample
 * meeting pack, every kind of file among them, four run through the whole command: two
 * refused for a damaged catalog or settings file, two published and their documents read.
 * The long run is the Maven profile {@code fuzz}.
 */
class MutationFuzzTests {

	@TempDir
	Path work;

	@Test
	void aHundredAndSixtyDamagedPacksBreakNothing() throws Exception {
		MutationFuzzer.Report report = new MutationFuzzer(ReviewCommand.copySample(this.work.resolve("good")),
				this.work)
			.run(160, 20231205L, 40, System.out);

		System.out.println(report);
		assertThat(report.failures()).isEmpty();
		assertThat(report.rounds()).isEqualTo(160);
		assertThat(report.rows()).isGreaterThan(3_000);
		assertThat(report.damaged()).containsOnlyKeys(FileKind.values());
		assertThat(report.refused()).isPositive();
		assertThat(report.wholeRuns()).containsEntry(2, 2);
		assertThat(report.wholeRunCount()).isEqualTo(4);
		assertThat(report.documents()).isGreaterThan(25);
	}

}
