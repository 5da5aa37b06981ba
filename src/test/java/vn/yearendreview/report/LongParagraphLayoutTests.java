package vn.yearendreview.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long paragraphs flow across pages, but never leave a single line alone at the foot or
 * the top of a page: the sample set with eight long paragraphs of directions, the first
 * made longer line by line so that the page breaks fall at every place in the others.
 */
class LongParagraphLayoutTests {

	private static final String CLAUSE = "tiếp tục đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh"
			+ " doanh, nâng cao năng lực cạnh tranh cấp tỉnh; ";

	@TempDir
	Path work;

	@ParameterizedTest(name = "first paragraph {0} lines longer")
	@ValueSource(ints = { 0, 1, 2, 3, 4 })
	void noLineOfAParagraphStandsAloneOnAPage(int shift) throws Exception {
		Path input = ReviewCommand.copySample(this.work.resolve("input"));
		StringBuilder directions = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			directions.append((i > 0) ? "\\n" : "").append("Đoạn ").append(i + 1).append(": ");
			directions.append(CLAUSE.repeat(((i == 0) ? shift : 0) + 9 + (i * 5) % 7))
				.append("hoàn thành các mục tiêu đề ra.");
		}
		Files.writeString(input.resolve("catalog/report.properties"), """
				issuer=TỈNH ỦY NINH THUẬN
				number=125
				symbol=BC/TU
				place=Ninh Thuận
				date=2023-12-05
				signer.title=BÍ THƯ
				resolution.goal=Phấn đấu hoàn thành các mục tiêu, chỉ tiêu năm 2024.
				resolution.implementation=Văn phòng Tỉnh ủy theo dõi, đôn đốc thực hiện.
				signer.name=Nguyễn Đức Thanh
				directions=""" + directions + "\n", StandardCharsets.UTF_8);
		assertThat(ReviewCommand.run(input, this.work.resolve("output")).exitCode()).isZero();

		List<String> pages = Pdfs.pages(this.work.resolve("output/2023/bao-cao-tong-hop-2023.pdf"));
		int breaks = 0;
		for (int p = 0; p + 1 < pages.size(); p++) {
			List<String> foot = bodyLines(pages.get(p));
			List<String> top = bodyLines(pages.get(p + 1));
			if (foot.isEmpty() || top.isEmpty()
					|| !foot.get(foot.size() - 1).contains("Đoạn") && !isDirection(foot.get(foot.size() - 1))) {
				continue;
			}
			String last = foot.get(foot.size() - 1);
			if (last.endsWith(".")) {
				continue;
			}
			breaks++;
			assertThat(top.get(0)).as("page %d starts with the last line of a paragraph alone", p + 2)
				.doesNotEndWith(".");
			assertThat(last).as("page %d ends with the first line of a paragraph alone", p + 1)
				.doesNotStartWith("Đoạn");
		}
		assertThat(breaks).as("paragraphs flowing across a page").isPositive();
	}

	private static boolean isDirection(String line) {
		return line.contains("cải cách") || line.contains("kinh doanh") || line.contains("cạnh tranh")
				|| line.contains("môi trường") || line.contains("đầu tư");
	}

	/** The lines of a page without its number. */
	private static List<String> bodyLines(String page) {
		List<String> lines = new ArrayList<>(page.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList());
		if (!lines.isEmpty() && lines.get(0).matches("\\d+")) {
			lines.remove(0);
		}
		return lines;
	}

}
