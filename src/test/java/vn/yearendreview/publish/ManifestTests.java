package vn.yearendreview.publish;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.yearendreview.model.FileCounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifest's entries of the input files: the totals it publishes are the sums of its
 * inputs, the term's history included.
 */
class ManifestTests {

	@Test
	void aSubmissionGivesItsRowsAndWhetherItWasRefused() {
		Manifest.Input input = Manifest.Input.of(file("SKHDT.csv", true, false, false, 3, 2));

		assertThat(input.kind()).isEqualTo("submission");
		assertThat(input.rejected()).isFalse();
		assertThat(List.of(input.rowsRead(), input.rowsAccepted(), input.rowsRejected())).containsExactly(3L, 2L, 1L);
	}

	@Test
	void theHistoryReadAsRowsGivesItsRowsLikeASubmission() {
		Manifest.Input input = Manifest.Input.of(file("catalog/history.csv", false, true, false, 8, 3));

		assertThat(input.kind()).isEqualTo("reference");
		assertThat(input.rejected()).isFalse();
		assertThat(List.of(input.rowsRead(), input.rowsAccepted(), input.rowsRejected())).containsExactly(8L, 3L, 5L);
	}

	@Test
	void aHistoryRefusedAsAWholeIsCountedAmongTheFilesRefused() {
		Manifest.Input input = Manifest.Input.of(file("catalog/history.csv", false, true, true, 0, 0));

		assertThat(input.rejected()).isTrue();
		assertThat(input.rowsRead()).isNull();
	}

	@Test
	void aReferenceFileNotReadAsRowsGivesOnlyItsDigest() {
		Manifest.Input input = Manifest.Input.of(file("catalog/indicators.csv", false, true, false, 0, 0));

		assertThat(input.kind()).isEqualTo("reference");
		assertThat(input.sha256()).isEqualTo("ab");
		assertThat(input.rejected()).isNull();
		assertThat(input.rowsRead()).isNull();
	}

	private static FileCounts file(String name, boolean submission, boolean reference, boolean rejected, long read,
			long accepted) {
		return new FileCounts(1, name, "ab", 10, "UTF-8", ",", submission, rejected, read, accepted, reference);
	}

}
