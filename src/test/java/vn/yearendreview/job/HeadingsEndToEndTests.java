package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A heading stays with its text: when the last paragraph moves to the next page with the
 * signature, its heading (and the headings above it) move too, and no page of a committee
 * document or of a copy ends with a heading.
 */
class HeadingsEndToEndTests {

	/**
	 * The headings of the body and of the tables' groups, as a page's text shows them.
	 */
	private static final Pattern HEADING = Pattern
		.compile("^(?:[IVX]+- .*|\\d+\\. .*|[a-zđ]\\) .*|\\* .*|[IVX]+\\. \\p{Lu}.*|Tháng \\d+.*)$");

	private static final String CLAUSE = "nâng cao chất lượng, hiệu quả công tác tham mưu, phối hợp giữa các cơ quan;"
			+ " ";

	@TempDir
	Path work;

	@Test
	void theResolutionsLastPartMovesWithItsHeading() {
		Path output = this.work.resolve("output");
		ReviewCommand.run(ReviewCommand.fixture("good/input"), output);

		assertNoPageEndsWithAHeading(output.resolve("2023/nghi-quyet-2024.pdf"));
		assertNoPageEndsWithAHeading(output.resolve("2023/bao-cao-tong-hop-2023.pdf"));
	}

	@ParameterizedTest(name = "goal {0} clauses longer")
	@ValueSource(ints = { 0, 3, 6, 9 })
	void noPageOfAnyCommitteeDocumentOrCopyEndsWithAHeading(int clauses) throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		Path settings = input.resolve("catalog/report.properties");
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(settings, StandardCharsets.UTF_8)) {
			lines.add(line.startsWith("resolution.goal=") ? line + " Tập trung " + CLAUSE.repeat(clauses) + "." : line);
		}
		Files.write(settings, lines, StandardCharsets.UTF_8);
		Path output = this.work.resolve("output");
		ReviewCommand.run(input, output);

		Path year = output.resolve("2023");
		try (Stream<Path> files = Files.walk(year)) {
			List<Path> documents = files
				.filter((file) -> file.getFileName()
					.toString()
					.matches("(bao-cao-tong-hop|nghi-quyet|chuong-trinh).*\\.pdf"))
				.filter((file) -> !file.toString().contains("archive"))
				.toList();
			assertThat(documents).hasSizeGreaterThanOrEqualTo(6);
			documents.forEach(HeadingsEndToEndTests::assertNoPageEndsWithAHeading);
		}
	}

	private static void assertNoPageEndsWithAHeading(Path file) {
		List<String> pages = Pdfs.pages(file);
		for (int p = 0; p < pages.size(); p++) {
			List<String> lines = pages.get(p)
				.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("Bản số") && !line.matches("\\d+"))
				.toList();
			if (lines.isEmpty()) {
				continue;
			}
			String last = lines.get(lines.size() - 1);
			assertThat(HEADING.matcher(last).matches())
				.as("%s, page %d ends with the heading \"%s\"", file, p + 1, last)
				.isFalse();
		}
	}

}
