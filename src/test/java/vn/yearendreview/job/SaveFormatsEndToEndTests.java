package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same submission as Excel and other programs save it
 * ({@code fixtures/encodings/<variant>/}) gives the same evaluated rows, byte for byte.
 */
class SaveFormatsEndToEndTests {

	@TempDir
	Path work;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "utf-8-bom-sep", "windows-1258", "nfd", "utf-16" })
	void everySaveFormatGivesTheRowsOfPlainUtf8(String variant) throws Exception {
		assertThat(results(variant)).isEqualTo(results("utf-8"));
		List<Map<String, String>> rows = CsvFiles.read(this.work.resolve(variant + "/output/2023/ket-qua-2023.csv"));
		assertThat(rows).filteredOn((row) -> row.get("indicator").equals("XH01")).singleElement().satisfies((row) -> {
			assertThat(row.get("name")).isEqualTo("Tỷ lệ hộ nghèo giảm");
			assertThat(row.get("actual")).isEqualTo("1.60");
			assertThat(row.get("status")).isEqualTo("ACHIEVED");
		});
	}

	private byte[] results(String variant) throws Exception {
		Path input = this.work.resolve(variant + "/input");
		ReviewCommand.copyFixture("problems/catalog", input.resolve("catalog"));
		ReviewCommand.copyFixture("encodings/" + variant, input);
		Files.writeString(input.resolve("catalog/recipients.csv"),
				"name,title,group,copies,noi_nhan\nNguyễn Văn A,Bí thư Tỉnh ủy,uy_vien_ban_thuong_vu,1,\n",
				StandardCharsets.UTF_8);
		Path output = this.work.resolve(variant + "/output");
		if (!Files.exists(output.resolve("2023/ket-qua-2023.csv"))) {
			int code = ReviewCommand.run(input, output).exitCode();
			assertThat(code).as("exit code for %s", variant).isZero();
		}
		return Files.readAllBytes(output.resolve("2023/ket-qua-2023.csv"));
	}

}
