package vn.yearendreview.model;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberStyleTests {

	@ParameterizedTest(name = "{0} in {1} style is {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			9,4         | VIETNAMESE | 9.4
			9.4         | ENGLISH    | 9.4
			22.710      | VIETNAMESE | 22710
			22,710      | ENGLISH    | 22710
			22.710      | ENGLISH    | 22.710
			1.234,5     | VIETNAMESE | 1234.5
			1,234.5     | ENGLISH    | 1234.5
			1.234.567   | VIETNAMESE | 1234567
			1,234,567   | ENGLISH    | 1234567
			9,40%       | VIETNAMESE | 9.40
			9.40 %      | ENGLISH    | 9.40
			-2,5        | VIETNAMESE | -2.5
			−2,5        | VIETNAMESE | -2.5
			+3          | ENGLISH    | 3
			22 710      | VIETNAMESE | 22710
			22 710,5    | VIETNAMESE | 22710.5
			0,710       | VIETNAMESE | 0.710
			100         | ENGLISH    | 100
			9.4         | VIETNAMESE | null
			9,4         | ENGLISH    | null
			1.23.4      | VIETNAMESE | null
			0,710       | ENGLISH    | null
			abc         | ENGLISH    | null
			10-11       | ENGLISH    | null
			999999999999999999                  | ENGLISH    | 999999999999999999
			1000000000000000000                 | ENGLISH    | null
			999.999.999.999.999.999             | VIETNAMESE | 999999999999999999
			1.000.000.000.000.000.000           | VIETNAMESE | null
			0.000000000000001                   | ENGLISH    | 0.000000000000001
			0.0000000000000001                  | ENGLISH    | null
			1.500000000000000000                | ENGLISH    | 1.500000000000000000
			-999999999999999999.999999999999999 | ENGLISH    | -999999999999999999.999999999999999
			""")
	void parsesNumbersAsTheFileWritesThem(String text, NumberStyle style, BigDecimal expected) {
		BigDecimal parsed = style.parse(text);
		if (expected == null) {
			assertThat(parsed).isNull();
		}
		else {
			assertThat(parsed).isEqualByComparingTo(expected);
			assertThat(parsed.scale()).isEqualTo(Math.max(0, expected.scale()));
		}
	}

	@ParameterizedTest(name = "{0} has too many digits: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			123456789012345678901234567890123   | false
			1234567890123456789012345678901234  | true
			12.345.678.901.234.567.890.123.456  | false
			""")
	void tellsADigitPasteFromAStyleSlip(String text, boolean expected) {
		assertThat(NumberStyle.hasTooManyDigits(text)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} is {1} evidence")
	@CsvSource(delimiter = '|', textBlock = """
			9,4       | VIETNAMESE
			1.234,5   | VIETNAMESE
			1.234.567 | VIETNAMESE
			0,710     | VIETNAMESE
			9.4       | ENGLISH
			1,234.5   | ENGLISH
			1,234,567 | ENGLISH
			0.710     | ENGLISH
			22.710    | AMBIGUOUS
			22,710    | AMBIGUOUS
			42        | NEUTRAL
			22 710    | NEUTRAL
			""")
	void classifiesWhatAValueSaysAboutItsFile(String text, NumberStyle.Evidence expected) {
		assertThat(NumberStyle.evidence(text)).isEqualTo(expected);
	}

}
