package vn.yearendreview.submission;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.model.HeaderMatcher;
import vn.yearendreview.submission.figures.FigureColumn;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderAliasesTests {

	private final HeaderMatcher<FigureColumn> headers = new HeaderMatcher<>(Arrays.asList(FigureColumn.values()),
			FigureColumn::headers);

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			department        | DEPARTMENT
			DEPARTMENT        | DEPARTMENT
			don_vi            | DEPARTMENT
			Mã đơn vị         | DEPARTMENT
			MÃ ĐƠN VỊ         | DEPARTMENT
			ma don vi         | DEPARTMENT
			Đơn vị            | DEPARTMENT
			year              | YEAR
			Năm               | YEAR
			nam               | YEAR
			indicator         | INDICATOR
			Mã chỉ tiêu       | INDICATOR
			ma_chi_tieu       | INDICATOR
			MA-CHI-TIEU       | INDICATOR
			name              | NAME
			Chỉ tiêu          | NAME
			Tên chỉ tiêu      | NAME
			chi_tieu          | NAME
			unit              | UNIT
			ĐVT               | UNIT
			Đơn vị tính       | UNIT
			dvt               | UNIT
			plan              | PLAN
			KH                | PLAN
			Kế hoạch          | PLAN
			ke_hoach          | PLAN
			actual            | ACTUAL
			ƯTH               | ACTUAL
			Ước thực hiện     | ACTUAL
			TH                | ACTUAL
			thuc_hien         | ACTUAL
			previous          | PREVIOUS
			TH năm trước      | PREVIOUS
			cung_ky           | PREVIOUS
			note              | NOTE
			Ghi chú           | NOTE
			ghi_chu           | NOTE
			""")
	void matchesHeadersInEnglishOrVietnameseWhateverTheCaseAndAccents(String header, FigureColumn column) {
		assertThat(this.headers.match(header)).hasValue(column);
	}

	@ParameterizedTest(name = "\"{0}\" is decomposed and still matches")
	@ValueSource(strings = { "Mã chỉ tiêu", "Ước thực hiện", "Đơn vị tính" })
	void matchesDecomposedHeaders(String header) {
		String decomposed = java.text.Normalizer.normalize(header, java.text.Normalizer.Form.NFD);
		assertThat(this.headers.match(decomposed)).isEqualTo(this.headers.match(header)).isPresent();
	}

	@ParameterizedTest(name = "\"{0}\" is not a column")
	@ValueSource(strings = { "STT", "Ghi chú 2", "Mã", "Đơn vị chủ quản" })
	void leavesOtherHeadersUnmatched(String header) {
		assertThat(this.headers.match(header)).isEmpty();
	}

}
