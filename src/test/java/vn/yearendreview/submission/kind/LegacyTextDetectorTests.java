package vn.yearendreview.submission.kind;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.yearendreview.model.Text;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyTextDetectorTests {

	@ParameterizedTest(name = "name or unit «{0}» is legacy: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Tỷ lệ hộ nghèo                     | false
			Tû lÖ hé ngh̀o                      | true
			Tû lÖ                              | true
			UÛy ban nhaân daân                 | true
			Sè x· ®¹t chuÈn                    | true
			Kim ngạch xuất khẩu sang Đức       | false
			Nồng độ bụi PM2.5 (µg/m³)          | false
			µg/m³                              | false
			vµ                                 | true
			m²                                 | false
			°C                                 | false
			Số xã đạt㤹㤹                       | true
			Tỷ l�ợng                           | true
			Тỷ lệ                              | true
			""")
	void findsALegacyLetterInANameOrUnitEvenAlone(String text, boolean legacy) {
		assertThat(LegacyTextDetector.hasForeignLetters(Text.nfc(text))).isEqualTo(legacy);
	}

	@ParameterizedTest(name = "note «{0}» is legacy: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Theo đánh giá của chuyên gia Müller (GIZ)    | false
			Dự án của Nestlé và Siemens                  | false
			© Tổng cục Thống kê                          | false
			Kh«ng ®¹t do thiÕu vèn                       | true
			ngh̀o                                         | true
			""")
	void allowsForeignNamesInNotesButNotLegacySymbols(String text, boolean legacy) {
		assertThat(LegacyTextDetector.hasLegacySymbols(Text.nfc(text))).isEqualTo(legacy);
	}

}
