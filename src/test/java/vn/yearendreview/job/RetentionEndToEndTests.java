package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.evaluation.FailingEvaluation;
import vn.yearendreview.publish.Manifest;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Republishing year after year: the archive keeps the sets {@code keep_sets} asks for,
 * and {@code output/.state} keeps what a restart needs and the latest runs, not every
 * run.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetentionEndToEndTests {

	@TempDir
	Path work;

	@Test
	void theArchiveKeepsTheLatestEarlierSetsItIsAskedToKeep(CapturedOutput output) throws Exception {
		// given
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Files.writeString(input.resolve("catalog/report.properties"), "keep_sets=2\n", StandardCharsets.UTF_8,
				StandardOpenOption.APPEND);
		Path out = this.work.resolve("out");
		List<String> published = new ArrayList<>();

		// when
		for (int run = 1; run <= 4; run++) {
			change(input);
			assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
			published.add(fingerprint(out.resolve("2023")));
		}

		// then
		assertThat(output).contains("Đã xóa 1 bộ tài liệu cũ trong " + out.resolve("2023/archive"),
				"giữ 2 bộ gần nhất (keep_sets=2 trong catalog/report.properties)");
		assertThat(fingerprint(out.resolve("2023"))).isEqualTo(published.get(3));
		List<String> archived = new ArrayList<>();
		try (Stream<Path> sets = Files.list(out.resolve("2023/archive"))) {
			for (Path set : sets.sorted().toList()) {
				archived.add(fingerprint(set));
			}
		}
		assertThat(archived).containsExactly(published.get(1), published.get(2));
		assertThat(out.resolve(".state/discarded")).doesNotExist();
	}

	@Test
	void theStateKeepsTheLatestRunsAndWhatARestartNeeds(CapturedOutput output) throws Exception {
		// given: three runs published, each of inputs changed since the last
		Path input = ReviewCommand.copyFixture("good/input", this.work.resolve("input"));
		Path out = this.work.resolve("out");
		List<String> args = List.of("--input=" + input, "--output=" + out, "--yearend.kept-runs=2",
				"--yearend.chunk-size=1");
		for (int run = 1; run <= 3; run++) {
			change(input);
			assertThat(ReviewCommand.run(args.toArray(String[]::new)).exitCode()).isZero();
		}
		assertThat(count(out, "BATCH_JOB_INSTANCE")).isEqualTo(2);
		assertThat(count(out, "YR_ROW")).isZero();
		assertThat(out.resolve(".state/inputs")).doesNotExist();
		assertThat(out.resolve(".state/staging")).doesNotExist();

		// when: a run stops in the middle
		change(input);
		List<String> failing = new ArrayList<>(args);
		failing.addAll(List.of(FailingEvaluation.ARGUMENTS));
		assertThat(ReviewCommand.run(failing.toArray(String[]::new)).exitCode()).isEqualTo(1);

		// then: what it needs to go on is kept, and it goes on
		assertThat(count(out, "BATCH_JOB_INSTANCE")).isEqualTo(3);
		assertThat(count(out, "YR_ROW")).isEqualTo(5);
		assertThat(ReviewCommand.run(args.toArray(String[]::new)).exitCode()).isZero();
		assertThat(output).contains("Tiếp tục lần chạy số");
		assertThat(count(out, "BATCH_JOB_INSTANCE")).isEqualTo(2);
		assertThat(count(out, "YR_ROW")).isZero();
	}

	/** Makes the inputs new: one more blank line at the end of a department's file. */
	private static void change(Path input) throws Exception {
		Files.writeString(input.resolve("TC.csv"), "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	private static String fingerprint(Path set) throws Exception {
		return Manifest.read(set.resolve("manifest.json")).fingerprint();
	}

	private static long count(Path out, String table) throws Exception {
		try (Connection db = DriverManager.getConnection(
				"jdbc:hsqldb:file:" + out.resolve(".state/db/yearend") + ";hsqldb.lock_file=false;shutdown=true", "SA",
				"");
				Statement sql = db.createStatement();
				ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
