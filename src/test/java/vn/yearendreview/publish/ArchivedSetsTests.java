package vn.yearendreview.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.PublishedFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pruning a year's archive to its latest sets: only sets inside {@code archive/} go,
 * newest kept by their time stamp, never the published set, never a set made from
 * approved finals or one whose manifest cannot be read.
 */
class ArchivedSetsTests {

	private static final String MANIFEST = """
			{"year":2023,"inputs":[{"file":"%s","sha256":"00","bytes":1,"kind":"submission"}],"outputs":[]}
			""";

	@TempDir
	Path work;

	@Test
	void theLatestSetsStayAndTheOlderOnesGo() throws Exception {
		// given
		Path year = published();
		for (String set : new String[] { "20231201-080000", "20231202-080000", "20231202-080000-2",
				"20231202-080000-10", "20231203-080000" }) {
			set(year, set, "KHDT.csv");
		}
		Map<String, String> current = PublishedFiles.hashes(year.resolve("don-vi"));

		// when
		int deleted = ArchivedSets.prune(year, 2, this.work.resolve(".state/discarded"));

		// then
		assertThat(deleted).isEqualTo(3);
		assertThat(sets(year)).containsExactly("20231202-080000-10", "20231203-080000");
		assertThat(year.resolve("manifest.json")).isRegularFile();
		assertThat(PublishedFiles.hashes(year.resolve("don-vi"))).isEqualTo(current);
		assertThat(this.work.resolve(".state/discarded")).doesNotExist();
	}

	@Test
	void aSetMadeFromFinalsOrThatCannotBeReadIsKept() throws Exception {
		// given
		Path year = published();
		set(year, "20231201-080000", "ban-chinh-thuc/bao-cao-tong-hop-2023.pdf");
		set(year, "20231202-080000", "KHDT.csv");
		Files.writeString(set(year, "20231203-080000", "KHDT.csv").resolve("manifest.json"), "{ cut short",
				StandardCharsets.UTF_8);
		set(year, "20231204-080000", "KHDT.csv");
		Files.createDirectories(year.resolve("archive/giu-lai"));

		// when
		int deleted = ArchivedSets.prune(year, 0, this.work.resolve(".state/discarded"));

		// then
		assertThat(deleted).isEqualTo(2);
		assertThat(sets(year)).containsExactly("20231201-080000", "20231203-080000", "giu-lai");
	}

	@Test
	void aFolderWithoutArchiveIsLeftAsItIs() throws Exception {
		assertThat(ArchivedSets.prune(published(), 0, this.work.resolve(".state/discarded"))).isZero();
	}

	private Path published() throws IOException {
		Path year = Files.createDirectories(this.work.resolve("2023"));
		Files.writeString(year.resolve("manifest.json"), MANIFEST.formatted("KHDT.csv"), StandardCharsets.UTF_8);
		Files.createDirectories(year.resolve("don-vi"));
		Files.writeString(year.resolve("don-vi/KHDT.pdf"), "%PDF-1.4", StandardCharsets.US_ASCII);
		return year;
	}

	private static Path set(Path year, String name, String input) throws IOException {
		Path set = Files.createDirectories(year.resolve("archive").resolve(name));
		Files.writeString(set.resolve("manifest.json"), MANIFEST.formatted(input), StandardCharsets.UTF_8);
		Files.createDirectories(set.resolve("don-vi"));
		Files.writeString(set.resolve("don-vi/KHDT.pdf"), "%PDF-1.4 " + name, StandardCharsets.US_ASCII);
		return set;
	}

	private static List<String> sets(Path year) throws IOException {
		try (Stream<Path> entries = Files.list(year.resolve("archive"))) {
			return entries.map((entry) -> entry.getFileName().toString()).sorted().toList();
		}
	}

}
