package vn.yearendreview.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetParserTests {

	@ParameterizedTest(name = "{0} ({1}) is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			10                | VIETNAMESE | 10
			10-11             | VIETNAMESE | 10-11
			10 – 11           | VIETNAMESE | 10-11
			10—11             | VIETNAMESE | 10-11
			từ 10 đến 11      | VIETNAMESE | 10-11
			Từ 10 đến 11%     | VIETNAMESE | 10-11
			tu 10 den 11      | VIETNAMESE | 10-11
			7-7,5             | VIETNAMESE | 7-7.5
			7-7.5             | ENGLISH    | 7-7.5
			≥ 85              | VIETNAMESE | >=85
			>= 85             | VIETNAMESE | >=85
			>85               | VIETNAMESE | >=85
			trên 85           | VIETNAMESE | >=85
			Trên 85%          | VIETNAMESE | >=85
			từ 85 trở lên     | VIETNAMESE | >=85
			85 trở lên        | VIETNAMESE | >=85
			tối thiểu 85      | VIETNAMESE | >=85
			ít nhất 85        | VIETNAMESE | >=85
			at least 85       | ENGLISH    | >=85
			≤ 4               | VIETNAMESE | <=4
			<= 4              | VIETNAMESE | <=4
			dưới 4            | VIETNAMESE | <=4
			duoi 4            | VIETNAMESE | <=4
			không quá 4       | VIETNAMESE | <=4
			tối đa 4          | VIETNAMESE | <=4
			dưới 3,8%         | VIETNAMESE | <=3.8
			at most 4         | ENGLISH    | <=4
			-2                | VIETNAMESE | -2
			-2,5              | VIETNAMESE | -2.5
			-5 - -3           | VIETNAMESE | -5--3
			-2 - 3            | VIETNAMESE | -2-3
			22.200            | VIETNAMESE | 22200
			22,200            | ENGLISH    | 22200
			≥ 1.200           | VIETNAMESE | >=1200
			""")
	void readsTargetsAsPlannersWriteThem(String text, NumberStyle style, String canonical) {
		assertThat(TargetParser.parse(text, style))
			.hasValueSatisfying((target) -> assertThat(target.canonical()).isEqualTo(canonical));
	}

	@ParameterizedTest(name = "\"{0}\" is not a target")
	@ValueSource(strings = { "", "khoảng 10", "10 11", "11-10", "trên", "10 - 11 - 12", "9.4", "1.5-2" })
	void refusesWhatIsNotATarget(String text) {
		assertThat(TargetParser.parse(text, NumberStyle.VIETNAMESE)).isEmpty();
	}

	@ParameterizedTest(name = "{0} reads back from its canonical form")
	@ValueSource(strings = { "10", ">=85", "<=4", "10-11", "7-7.5", "-5--3", "-2" })
	void canonicalFormReadsBack(String canonical) {
		assertThat(Target.fromCanonical(canonical).canonical()).isEqualTo(canonical);
	}

}
