package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample set lives in its own folder and never mixes with a province's files; an
 * input folder without a department's file says where the files go.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleSeparationEndToEndTests {

	@TempDir
	Path work;

	@Test
	void theShippedInputFolderHoldsOnlyTheCatalogAProvinceFillsIn() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("input"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("catalog");
		}
		assertThat(Files.readString(Path.of("input/catalog/report.properties"), StandardCharsets.UTF_8))
			.containsPattern("(?m)^issuer=$")
			.doesNotContain("NINH THUẬN");
	}

	@Test
	void sampleFilesBesideAProvincesFilesAreRefusedByName(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFolder(Path.of("input").toAbsolutePath(), this.work.resolve("input"));
		Files.copy(Path.of("du-lieu-mau/SKHDT.csv"), input.resolve("SKHDT.csv"));
		Files.copy(Path.of("du-lieu-mau/BTC-nhan-dinh.csv"), input.resolve("BTC-nhan-dinh.csv"));
		Files.writeString(input.resolve("SCT.csv"), "Mã đơn vị;Năm;Mã chỉ tiêu;Ước thực hiện\nSCT;2023;KT05;238\n",
				StandardCharsets.UTF_8);

		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"));

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(output.getAll()).contains("có 2 tệp của bộ dữ liệu mẫu", "BTC-nhan-dinh.csv, SKHDT.csv",
				"lap-bao-cao --sample");
		assertThat(this.work.resolve("out/2023")).doesNotExist();
	}

	@Test
	void theSampleCatalogBesideADepartmentsFileIsRefused(CapturedOutput output) throws Exception {
		Path input = this.work.resolve("input");
		ReviewCommand.copyFolder(Path.of("du-lieu-mau/catalog").toAbsolutePath(), input.resolve("catalog"));
		Files.writeString(input.resolve("SCT.csv"), "Mã đơn vị;Năm;Mã chỉ tiêu;Ước thực hiện\nSCT;2023;KT05;238\n",
				StandardCharsets.UTF_8);

		ReviewCommand.Result result = ReviewCommand.run(input, this.work.resolve("out"), "--validate-only");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(output.getAll()).contains("catalog/report.properties", "catalog/indicators.csv");
		assertThat(this.work.resolve("out/2023")).doesNotExist();
	}

	@Test
	void theSampleSetRunsOnItsOwnIntoItsOwnFolder(CapturedOutput output) {
		Path out = this.work.resolve("out");

		ReviewCommand.Result result = ReviewCommand.run("--sample", "--output=" + out);

		assertThat(result.exitCode()).as(output.getAll()).isZero();
		assertThat(result.out()).contains("Chạy bộ dữ liệu mẫu", "không phải của tỉnh");
		assertThat(out.resolve("2023/bao-cao-tong-hop-2023.pdf")).isRegularFile();
		assertThat(ReviewCommand.run("--sample", "--input=input").exitCode()).isEqualTo(2);
	}

	@Test
	void theSampleFilesHaveTheNamesTheTemplatesHave() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("du-lieu-mau"))) {
			assertThat(files.filter(Files::isRegularFile).map((file) -> file.getFileName().toString()))
				.allMatch((name) -> name.matches("[A-Z]+(-nhan-dinh|-nhiem-vu-2024)?\\.csv"), "a template's name");
		}
	}

	@Test
	void anEmptyInputFolderSaysWhereTheFilesGo(CapturedOutput output) throws Exception {
		Path input = ReviewCommand.copyFolder(Path.of("input").toAbsolutePath(), this.work.resolve("input"));
		Path out = this.work.resolve("out");

		ReviewCommand.Result run = ReviewCommand.run(input, out);
		ReviewCommand.Result check = ReviewCommand.run(input, out, "--validate-only");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(check.exitCode()).isEqualTo(2);
		assertThat(output.getAll()).contains("chưa có tệp CSV nào của các đơn vị", "thẳng vào thư mục này")
			.doesNotContain(" dòng  cột ", "Báo cáo tổng hợp:", "Exception");
		try (Stream<Path> files = Files.walk(out)) {
			assertThat(files.filter(Files::isRegularFile).map(Path::toString))
				.noneMatch((file) -> file.endsWith(".pdf") || file.endsWith(".csv"));
		}
	}

}
