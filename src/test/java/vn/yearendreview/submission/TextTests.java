package vn.yearendreview.submission;

import org.junit.jupiter.api.Test;

import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Text;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	@Test
	void shortenKeepsShortTextAndCutsLongTextWithAnEllipsis() {
		assertThat(Text.shorten("Che phủ rừng", 100)).isEqualTo("Che phủ rừng");
		assertThat(Text.shorten("x".repeat(100), 100)).hasSize(100).doesNotContain("…");
		assertThat(Text.shorten("x".repeat(101), 100)).hasSize(100).endsWith("x…");
		assertThat(Text.shorten(null, 100)).isNull();
	}

	@Test
	void shortenNeverSplitsASurrogatePair() {
		String emoji = "\uD83D\uDE00";
		String cut = Text.shorten("xx" + emoji + "yyyy", 4);
		assertThat(cut).isEqualTo("xx…");
	}

	@Test
	void problemsQuoteAtMostAHundredCharacters() {
		Problem problem = new Problem(Problem.Severity.ERROR, 2L, "h".repeat(500), "9".repeat(200_000),
				Reason.BAD_NUMBER, "m".repeat(50_000));
		assertThat(problem.value()).hasSize(Problem.QUOTED_CHARS);
		assertThat(problem.column()).hasSize(Problem.COLUMN_CHARS);
		assertThat(problem.message()).hasSize(Problem.MESSAGE_CHARS);
	}

}
