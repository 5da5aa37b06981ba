package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** The document settings as Windows editors save them. */
@ExtendWith(OutputCaptureExtension.class)
class SettingsFileEndToEndTests {

	@TempDir
	Path work;

	@Test
	void aSettingsFileSavedWithAByteOrderMarkIsReadAsIs() throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Path settings = input.resolve("catalog/report.properties");
		Files.writeString(settings, "\uFEFF" + Files.readString(settings, StandardCharsets.UTF_8),
				StandardCharsets.UTF_8);

		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"));

		assertThat(result.exitCode()).isZero();
		assertThat(Pdfs.words(this.work.resolve("out/2023/bao-cao-tong-hop-2023.pdf"))).contains("TỈNH ỦY NINH THUẬN");
	}

	@Test
	void aKeyWithAnInvisibleCharacterIsQuotedSoThatItCanBeSeen(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Path settings = input.resolve("catalog/report.properties");
		Files.writeString(settings,
				Files.readString(settings, StandardCharsets.UTF_8).replace("\nplace=", "\n\u200Bplace="),
				StandardCharsets.UTF_8);

		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"));

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(output.getAll()).containsPattern("không có mục <U\\+200B>place \\(dòng \\d+\\)\\.");
	}

}
