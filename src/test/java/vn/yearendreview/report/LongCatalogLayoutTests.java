package vn.yearendreview.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A catalog of 200 indicators with long names: the review and its appendix keep every
 * word, and no heading is left alone at the foot of a page.
 */
class LongCatalogLayoutTests {

	private static final String[] GROUPS = { "kinh_te", "van_hoa_xa_hoi", "moi_truong", "quoc_phong_an_ninh",
			"xay_dung_dang" };

	private static final Pattern APPENDIX_HEADING = Pattern.compile("^(I|II|III|IV|V)\\. [A-ZÀ-Ỹ –]+$");

	private static final Pattern BODY_HEADING = Pattern.compile("^([a-e]\\) |\\d\\. |I+- ).*");

	@TempDir
	static Path work;

	static Path review;

	static List<String> names = new ArrayList<>();

	@BeforeAll
	static void render() throws IOException {
		Path input = work.resolve("input");
		Files.createDirectories(input.resolve("catalog"));
		StringBuilder catalog = new StringBuilder("indicator;group;name;unit;plan;plan_next;department;resolution\n");
		StringBuilder submission = new StringBuilder("department;year;indicator;plan;actual;previous;note\n");
		for (int i = 1; i <= 200; i++) {
			String code = String.format("C%03d", i);
			String name = "Chỉ tiêu số " + i
					+ ": tỷ lệ hộ gia đình ở khu vực nông thôn, miền núi và hải đảo được tiếp cận"
					+ " các dịch vụ xã hội cơ bản về y tế, giáo dục, nước sạch và thông tin theo chuẩn mới";
			names.add(name);
			String group = GROUPS[Math.min(4, (i - 1) / 40 + ((i % 7 == 0) ? 0 : 0))];
			catalog.append(code).append(';').append(group).append(';').append(name).append(";%;80-85;86;SKHDT;có\n");
			String actual = (i % 3 == 0) ? "79,5" : (i % 3 == 1) ? "82,1" : "85,6";
			submission.append("SKHDT;2023;")
				.append(code)
				.append(";80-85;")
				.append(actual)
				.append(";78,0;")
				.append((i % 3 == 0)
						? "\"Thiếu nguồn lực đầu tư, địa bàn rộng, giao thông khó khăn; cần thêm thời gian triển khai\""
						: "")
				.append('\n');
		}
		Files.writeString(input.resolve("catalog/indicators.csv"), catalog, StandardCharsets.UTF_8);
		Files.writeString(input.resolve("SKHDT.csv"), submission, StandardCharsets.UTF_8);
		Files.writeString(input.resolve("catalog/report.properties"), """
				issuer=TỈNH ỦY THỬ NGHIỆM
				number=9
				symbol=BC/TU
				place=Thử Nghiệm
				date=2023-12-05
				signer.title=BÍ THƯ
				resolution.goal=Phấn đấu hoàn thành các mục tiêu, chỉ tiêu năm 2024.
				resolution.implementation=Văn phòng Tỉnh ủy theo dõi, đôn đốc thực hiện.
				signer.name=Nguyễn Văn A
				""", StandardCharsets.UTF_8);
		Files.writeString(input.resolve("catalog/recipients.csv"),
				"name,title,group,copies,noi_nhan\nNguyễn Văn A,Bí thư Tỉnh ủy,uy_vien_ban_thuong_vu,1,\n",
				StandardCharsets.UTF_8);
		Path output = work.resolve("output");
		assertThat(ReviewCommand.run(input, output).exitCode()).isZero();
		review = output.resolve("2023/bao-cao-tong-hop-2023.pdf");
	}

	@Test
	void everyNameIsPrintedWhole() {
		String words = String
			.join(" ", Pdfs.pages(review).stream().map((page) -> page.replaceFirst("^\\s*\\d+\\s*\\n", "")).toList())
			.replaceAll("\\s+", " ");
		for (String name : names) {
			assertThat(words).contains(name + " ước đạt");
			assertThat(words).contains(name + " %");
		}
	}

	@Test
	void noHeadingIsLeftAloneAtTheFootOfAPage() {
		List<String> pages = Pdfs.pages(review);
		assertThat(pages).hasSizeGreaterThan(20);
		for (int page = 1; page <= pages.size(); page++) {
			List<String> lines = pages.get(page - 1).lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
			String last = lines.get(lines.size() - 1);
			assertThat(APPENDIX_HEADING.matcher(last).matches()).as("page %d ends with heading %s", page, last)
				.isFalse();
			assertThat(BODY_HEADING.matcher(last).matches() && last.length() < 80)
				.as("page %d ends with heading %s", page, last)
				.isFalse();
		}
	}

}
