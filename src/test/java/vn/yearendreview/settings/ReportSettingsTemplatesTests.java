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
 * The settings the templates for the departments take: the year of the catalog's plans
 * and the day the departments' files are due.
 */
class ReportSettingsTemplatesTests {

	private static final Messages VI = Messages.of("vi");

	private static final LocalDate TODAY = LocalDate.of(2024, 11, 20);

	@TempDir
	Path input;

	@Test
	void thePlanYearAndTheDeadlineAreRead() throws IOException {
		// given
		write("plan_year=2023", "deadline=2024-12-10");

		// when
		ReportSettings settings = ReportSettings.load(this.input, TODAY, VI);

		// then
		assertThat(settings.planYear()).isEqualTo(2023);
		assertThat(settings.deadline()).isEqualTo(LocalDate.of(2024, 12, 10));
	}

	@Test
	void withoutThemNoneIsSet() throws IOException {
		write("issuer=TỈNH ỦY NINH THUẬN");
		ReportSettings settings = ReportSettings.load(this.input, TODAY, VI);
		assertThat(settings.planYear()).isNull();
		assertThat(settings.deadline()).isNull();
	}

	@Test
	void aDeadlineThatIsNotADateIsRefusedWithAnExample() throws IOException {
		for (String deadline : new String[] { "10/12/2024", "2024-13-01", "tháng 12" }) {
			write("deadline=" + deadline);
			assertThatThrownBy(() -> ReportSettings.load(this.input, TODAY, VI)).as(deadline)
				.isInstanceOf(ReportSettings.SettingsException.class)
				.hasMessageContaining("hạn gửi «" + deadline + "» (deadline) không hợp lệ")
				.hasMessageContaining("deadline=2024-12-10");
		}
	}

	@Test
	void aPlanYearThatIsNotAYearIsRefusedWithAnExample() throws IOException {
		for (String year : new String[] { "23", "năm 2023", "2023-2024", "2023.5" }) {
			write("plan_year=" + year);
			assertThatThrownBy(() -> ReportSettings.load(this.input, TODAY, VI)).as(year)
				.isInstanceOf(ReportSettings.SettingsException.class)
				.hasMessageContaining("plan_year «" + year + "» không hợp lệ")
				.hasMessageContaining("plan_year=2023");
		}
	}

	private void write(String... lines) throws IOException {
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve(ReportSettings.FILE), String.join("\n", lines) + "\n");
	}

}
