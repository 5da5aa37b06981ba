package vn.yearendreview.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.distribution.Protection;
import vn.yearendreview.model.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The settings file as a planner edits it: a setting that cannot be used is refused with
 * the file and the line it is written on, in the planner's words.
 */
class ReportSettingsFileTests {

	private static final Messages VI = Messages.of("vi");

	private static final LocalDate TODAY = LocalDate.of(2023, 12, 5);

	@TempDir
	Path input;

	@Test
	void anUnknownKeyIsNamedWithItsLine() throws IOException {
		// given: a key a line break cut in two, below a comment and a continued text
		write("# Settings", "issuer=TỈNH ỦY NINH THUẬN", "intro=Năm 2023, \\", "  tình hình kinh tế", "pla",
				"ce=Ninh Thuận");

		// then
		assertThatThrownBy(() -> ReportSettings.load(this.input, TODAY, VI))
			.isInstanceOf(ReportSettings.SettingsException.class)
			.hasMessageContaining("report.properties: không có mục ce (dòng 6), pla (dòng 5).");
	}

	@Test
	void aValueThatCannotBeUsedIsNamedWithItsLine() throws IOException {
		write("issuer=TỈNH ỦY NINH THUẬN", "", "date=05/12/2023");
		assertThatThrownBy(() -> ReportSettings.load(this.input, TODAY, VI))
			.hasMessageContaining("report.properties, dòng 3: ngày «05/12/2023» không hợp lệ");
		write("issuer=TỈNH ỦY", "term=2021 - 2030");
		assertThatThrownBy(() -> ReportSettings.load(this.input, TODAY, VI))
			.hasMessageContaining("report.properties, dòng 2: nhiệm kỳ «2021 - 2030»");
		// the last of two lines of a key is the one read
		write("draft=1", "draft=lần 2");
		assertThatThrownBy(() -> ReportSettings.load(this.input, TODAY, VI))
			.hasMessageContaining("report.properties, dòng 2: số lần dự thảo «lần 2»");
	}

	@Test
	void aBackslashUThatIsNotAnEscapeIsNamedWithItsLineInThePlannersWords() throws IOException {
		write("issuer=TỈNH ỦY", "place=Ninh Thu\\u00n");
		assertThatThrownBy(() -> ReportSettings.load(this.input, TODAY, VI))
			.isInstanceOf(ReportSettings.SettingsException.class)
			.hasMessageContaining("report.properties, dòng 2: có «\\u» mà không theo sau là 4 chữ số hệ 16")
			.hasMessageNotContaining("Malformed");
	}

	@Test
	void aFileSavedAsUnicodeWithoutItsMarkIsNotUtf8() throws IOException {
		Files.createDirectories(this.input.resolve("catalog"));
		Files.write(this.input.resolve(ReportSettings.FILE), "issuer=TỈNH ỦY\n".getBytes(StandardCharsets.UTF_16LE));
		assertThatThrownBy(() -> ReportSettings.load(this.input, TODAY, VI))
			.hasMessageEndingWith("report.properties không phải UTF-8; hãy lưu lại với bảng mã UTF-8");
	}

	@Test
	void aPasswordWrittenInTheFileIsNamedWithItsLine() throws IOException {
		write("issuer=TỈNH ỦY", "sign.password=123456");
		assertThatThrownBy(() -> Protection.load(this.input, VI, Map.of(), "Ninh Thuận"))
			.hasMessageContaining("report.properties, dòng 2: không ghi mật khẩu (sign.password)");
	}

	@Test
	void aSettingContinuedOnTheNextLinesIsReadAsOneValue() throws IOException {
		write("issuer=TỈNH ỦY \\", "   NINH THUẬN", "place=Ninh Thuận", "! comment", "date=2023-12-05");
		ReportSettings settings = ReportSettings.load(this.input, TODAY, VI);
		assertThat(settings.issuer()).isEqualTo("TỈNH ỦY NINH THUẬN");
		assertThat(settings.place()).isEqualTo("Ninh Thuận");
		assertThat(settings.date()).isEqualTo(LocalDate.of(2023, 12, 5));
	}

	private void write(String... lines) throws IOException {
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve(ReportSettings.FILE), String.join("\n", lines) + "\n");
	}

}
