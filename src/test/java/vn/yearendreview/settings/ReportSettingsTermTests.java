package vn.yearendreview.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.model.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The settings of the draft resolution and of the term followed.
 */
class ReportSettingsTermTests {

	private static final Messages VI = Messages.of("vi");

	@TempDir
	Path input;

	@Test
	void theTermAndTheResolutionsSettingsAreRead() throws IOException {
		write("symbol=BC/HU", "term=2021 – 2025", "resolution.number=26",
				"resolution.goal=Mục tiêu một.\\nMục tiêu hai.", "resolution.signer.mandate=T/M HUYỆN ỦY");
		ReportSettings settings = ReportSettings.load(this.input, LocalDate.of(2023, 12, 5), VI);
		assertThat(settings.term())
			.isEqualTo(new ReportSettings.Term(2021, 2025, "Nghị quyết Đại hội nhiệm kỳ 2021 – 2025"));
		assertThat(settings.term().contains(2023)).isTrue();
		assertThat(settings.term().contains(2026)).isFalse();
		assertThat(settings.resolution().number()).isEqualTo("26");
		assertThat(settings.resolution().goal()).containsExactly("Mục tiêu một.", "Mục tiêu hai.");
		assertThat(settings.resolution().implementation()).isEmpty();
		assertThat(settings.resolution().signerMandate()).isEqualTo("T/M HUYỆN ỦY");
		assertThat(settings.symbolOf("NQ")).isEqualTo("NQ/HU");
	}

	@Test
	void withoutThemTheResolutionIsSignedForTheProvincialCommitteeAndNoTermIsFollowed() throws IOException {
		write("issuer=TỈNH ỦY NINH THUẬN");
		ReportSettings settings = ReportSettings.load(this.input, LocalDate.of(2023, 12, 5), VI);
		assertThat(settings.term()).isNull();
		assertThat(settings.resolution().signerMandate()).isEqualTo("T/M TỈNH ỦY");
		assertThat(settings.symbolOf("NQ")).isEqualTo("NQ/TU");
		assertThat(ReportSettings.load(this.input, LocalDate.of(2023, 12, 5), Messages.of("en"))
			.resolution()
			.signerMandate()).isEqualTo("ON BEHALF OF THE PROVINCIAL PARTY COMMITTEE");
	}

	@Test
	void aTermThatIsNotTwoYearsInOrderOrLongerThanFiveYearsIsRefused() throws IOException {
		for (String term : new String[] { "2021", "2025-2021", "2021-2030", "năm 2021 đến 2025" }) {
			write("term=" + term);
			assertThatThrownBy(() -> ReportSettings.load(this.input, LocalDate.of(2023, 12, 5), VI)).as(term)
				.isInstanceOf(ReportSettings.SettingsException.class)
				.hasMessageContaining("2021-2025");
		}
	}

	private void write(String... lines) throws IOException {
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve(ReportSettings.FILE), String.join("\n", lines) + "\n");
	}

}
