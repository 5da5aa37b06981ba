package vn.yearendreview.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines of the note beside the templates, wrapped for a narrow window. */
class TemplateNoteTests {

	@Test
	void aLongItemIsBrokenBetweenWordsAndIndentedUnderItsText() {
		String item = "2. SKHDT-nhan-dinh.csv: nhận định của đơn vị về năm 2024, mỗi dòng một đoạn văn: cột «Năm» ghi "
				+ "2024; «Lĩnh vực» và «Loại» ghi một trong các giá trị dưới đây.";

		assertThat(TemplateNote.wrap(item)).hasSize(2)
			.allSatisfy((line) -> assertThat(line).hasSizeLessThanOrEqualTo(TemplateNote.WIDTH))
			.satisfies((lines) -> assertThat(lines.get(1)).startsWith("   ").doesNotStartWith("    "));
		assertThat(String.join(" ", TemplateNote.wrap(item)).replaceAll(" +", " ")).isEqualTo(item);
	}

	@Test
	void aNameInQuotesIsNeverBroken() {
		String text = "Các tệp gửi kèm mở bằng Excel. Điền xong, chọn Lưu thành (Save As) kiểu «CSV UTF-8 (Comma "
				+ "delimited) (*.csv)», giữ nguyên tên tệp, rồi gửi lại:";

		assertThat(TemplateNote.wrap(text))
			.anySatisfy((line) -> assertThat(line).contains("«CSV UTF-8 (Comma delimited) (*.csv)»"));
	}

	@Test
	void aShortLineIsLeftAsItIs() {
		assertThat(TemplateNote.wrap("  - Kinh tế (kinh_te)")).containsExactly("  - Kinh tế (kinh_te)");
	}

}
