package vn.yearendreview.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell a spreadsheet would run as a formula is written as text; a number in either
 * style stays a number.
 */
class CsvOutputTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			-1,5            | -1,5
			-1.200,5        | -1.200,5
			-1.5            | -1.5
			+84             | +84
			1E+3            | 1E+3
			22.200          | 22.200
			=SUM(A1:A9)     | '=SUM(A1:A9)
			- Trong đó      | '- Trong đó
			+ thêm          | '+ thêm
			@tên            | '@tên
			trên 85         | trên 85
			""")
	void formulasAreNeutralisedAndNumbersAreNot(String cell, String written) {
		assertThat(CsvOutput.neutralise(cell)).isEqualTo(written);
	}

}
