package vn.yearendreview.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.yearendreview.model.NumberStyle;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TargetParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How numbers, percentages, targets and dates are printed in the Vietnamese and the
 * English editions.
 */
class FormatsTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private static final Locale EN = Locale.ENGLISH;

	@ParameterizedTest(name = "{0} prints {1} (vi), {2} (en)")
	@CsvSource(delimiter = '|',
			textBlock = """
					0                                   | 0                                       | 0
					9.40                                | 9,40                                    | 9.40
					0.5                                 | 0,5                                     | 0.5
					1000                                | 1.000                                   | 1,000
					22710                               | 22.710                                  | 22,710
					1234567                             | 1.234.567                               | 1,234,567
					-1234.5                             | -1.234,5                                | -1,234.5
					-0.25                               | -0,25                                   | -0.25
					1E+3                                | 1.000                                   | 1,000
					999999999999999999                  | 999.999.999.999.999.999                 | 999,999,999,999,999,999
					-999999999999999999.999999999999999 | -999.999.999.999.999.999,999999999999999 | -999,999,999,999,999,999.999999999999999
					""")
	void numbersKeepTheDecimalsTheyWereWrittenWith(String plain, String vietnamese, String english) {
		assertThat(Formats.number(plain, VI)).isEqualTo(vietnamese);
		assertThat(Formats.number(plain, EN)).isEqualTo(english);
		assertThat(Formats.number(new BigDecimal(plain), VI)).isEqualTo(vietnamese);
		assertThat(Formats.number(new BigDecimal(plain), EN)).isEqualTo(english);
	}

	@Test
	void noNumberPrintsNothing() {
		assertThat(Formats.number((String) null, VI)).isEmpty();
		assertThat(Formats.number("", EN)).isEmpty();
	}

	@Test
	void theLanguageAloneDecidesTheStyle() {
		assertThat(Formats.number("1234.5", Locale.forLanguageTag("vi-VN"))).isEqualTo("1.234,5");
		assertThat(Formats.number("1234.5", Locale.UK)).isEqualTo("1,234.5");
	}

	@ParameterizedTest(name = "{0}% prints {1} (vi), {2} (en)")
	@CsvSource(delimiter = '|', textBlock = """
			102.297297297297297297        | 102,3      | 102.3
			102.25                        | 102,3      | 102.3
			102.249999                    | 102,2      | 102.2
			0.05                          | 0,1        | 0.1
			-3.25                         | -3,3       | -3.3
			-3.24                         | -3,2       | -3.2
			123456.78                     | 123.456,8  | 123,456.8
			""")
	void percentagesAreRoundedHalfUpToOneDecimal(String plain, String vietnamese, String english) {
		assertThat(Formats.percent(plain, VI)).isEqualTo(vietnamese);
		assertThat(Formats.percent(plain, EN)).isEqualTo(english);
	}

	@Test
	void anUndefinedPercentagePrintsADash() {
		assertThat(Formats.percent(null, VI)).isEqualTo("\u2013");
		assertThat(Formats.percent("", EN)).isEqualTo("\u2013");
		assertThat(Formats.DASH).isEqualTo("\u2013");
	}

	@ParameterizedTest(name = "\"{0}\" is a percentage unit: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			%                 | true
			' % '             | true
			điểm %            | true
			% điểm            | true
			phần trăm         | true
			Percent           | true
			tỷ đồng           | false
			%/năm             | false
			''                | false
			""")
	void recognisesPercentageUnits(String unit, boolean percent) {
		assertThat(Formats.isPercentUnit(unit)).isEqualTo(percent);
	}

	@Test
	void noUnitIsNotAPercentageUnit() {
		assertThat(Formats.isPercentUnit(null)).isFalse();
	}

	@ParameterizedTest(name = "{0}% in {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			102.34  | tỷ đồng  | 102,3
			102.34  | %        | –
			102.34  | điểm %   | –
			102.34  | ''       | 102,3
			''      | người    | –
			""")
	void percentCellsShowADashForPercentageUnits(String plain, String unit, String cell) {
		assertThat(Formats.percentCell(plain, unit, VI)).isEqualTo(cell);
	}

	@ParameterizedTest(name = "target {0} prints {1} (vi), {2} (en)")
	@CsvSource(delimiter = '|', textBlock = """
			10       | 10         | 10
			22200    | 22.200     | 22,200
			10-11    | 10–11      | 10–11
			7-7.5    | 7–7,5      | 7–7.5
			-5--3    | -5–-3      | -5–-3
			>=85     | ≥ 85       | ≥ 85
			<=4      | ≤ 4        | ≤ 4
			""")
	void targetCellsWithoutWordingUseTheSymbols(String canonical, String vietnamese, String english) {
		assertThat(Formats.targetCell(canonical, null, VI)).isEqualTo(vietnamese);
		assertThat(Formats.targetCell(canonical, null, EN)).isEqualTo(english);
	}

	@ParameterizedTest(name = "written {0}: cell {1}, with unit {2}")
	@CsvSource(delimiter = '|', textBlock = """
			trên 70          | trên 70          | trên 70%
			Trên 70%         | trên 70          | trên 70%
			dưới 4           | dưới 4           | dưới 4%
			không quá 4 %    | không quá 4      | không quá 4%
			8,5-9            | 8,5–9            | 8,5–9%
			10 – 11          | 10–11            | 10–11%
			từ 10 đến 11     | từ 10 đến 11     | từ 10 đến 11%
			từ 85 trở lên    | từ 85 trở lên    | từ 85% trở lên
			>= 85            | ≥ 85             | ≥ 85%
			<=4              | ≤4               | ≤4%
			-2               | -2               | -2%
			9,5              | 9,5              | 9,5%
			""")
	void targetsPrintAsTheResolutionWroteThem(String written, String cell, String withUnit) {
		Target target = TargetParser.parse(written, NumberStyle.VIETNAMESE).orElseThrow();
		assertThat(Formats.targetCell(target.canonical(), target.words(), VI)).isEqualTo(cell);
		assertThat(Formats.target(target, "%", VI)).isEqualTo(withUnit);
	}

	@Test
	void theUnitOfARangeFollowsItsUpperBound() {
		Target target = TargetParser.parse("từ 10 đến 11", NumberStyle.VIETNAMESE).orElseThrow();
		assertThat(Formats.target(target, "tỷ đồng", VI)).isEqualTo("từ 10 đến 11 tỷ đồng");
		assertThat(Formats.target(target, "tỷ đồng", EN)).isEqualTo("10–11 tỷ đồng");
	}

	@Test
	void theEnglishEditionPrintsTheKindOfATargetNotItsVietnameseWords() {
		Target target = TargetParser.parse("trên 70", NumberStyle.VIETNAMESE).orElseThrow();
		assertThat(Formats.target(target, "%", EN)).isEqualTo("≥ 70%");
	}

	@ParameterizedTest(name = "{0} of plan, unit {1}, target {2}: {3}")
	@CsvSource(delimiter = '|', textBlock = """
			102.34  | tỷ đồng  | 100      | 102,3
			102.34  | tỷ đồng  | >=100    | 102,3
			100.00  | người    | 100      | 100
			102.34  | %        | 10       | –
			100.8   | triệu đồng | 87-88  | –
			95.0    | tỷ đồng  | <=4      | –
			""")
	void percentOfPlanOnlyForAtLeastTargetsOutsidePercentages(String plain, String unit, String canonical,
			String cell) {
		assertThat(Formats.percentOfPlanCell(plain, unit, canonical, VI)).isEqualTo(cell);
	}

	@Test
	void noTargetPrintsAnEmptyCell() {
		assertThat(Formats.targetCell(null, null, VI)).isEmpty();
		assertThat(Formats.targetCell("", null, VI)).isEmpty();
	}

	@ParameterizedTest(name = "{0} with unit \"{1}\": {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			9,40    | %         | 9,40%
			3,8     | ' % '     | 3,8%
			22.710  | tỷ đồng   | 22.710 tỷ đồng
			1,2     | điểm %    | 1,2 điểm %
			5       | ''        | 5
			5       | null      | 5
			""")
	void theUnitFollowsTheNumber(String value, String unit, String expected) {
		assertThat(Formats.withUnit(value, unit)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1} / {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2023-12-05 | ngày 05 tháng 12 năm 2023 | 5 December 2023
			2024-02-05 | ngày 05 tháng 02 năm 2024 | 5 February 2024
			2024-01-10 | ngày 10 tháng 01 năm 2024 | 10 January 2024
			2026-05-27 | ngày 27 tháng 5 năm 2026  | 27 May 2026
			2023-10-01 | ngày 01 tháng 10 năm 2023 | 1 October 2023
			""")
	void officialDatesPadDaysBelowTenAndTheFirstTwoMonths(LocalDate date, String vietnamese, String english) {
		assertThat(Formats.longDate(date, VI)).isEqualTo(vietnamese);
		assertThat(Formats.longDate(date, Locale.forLanguageTag("vi-VN"))).isEqualTo(vietnamese);
		assertThat(Formats.longDate(date, EN)).isEqualTo(english);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2023-12-05 | 05/12/2023
			2024-02-29 | 29/02/2024
			""")
	void shortDatesAreDayMonthYear(LocalDate date, String expected) {
		assertThat(Formats.shortDate(date)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}: {1} (vi), {2} (en)")
	@CsvSource(delimiter = '|', textBlock = """
			1    | 01   | 1
			9    | 09   | 9
			10   | 10   | 10
			1234 | 1234 | 1234
			""")
	void vietnameseCountsBelowTenTakeTwoDigits(long count, String vietnamese, String english) {
		assertThat(Formats.count(count, VI)).isEqualTo(vietnamese);
		assertThat(Formats.count(count, EN)).isEqualTo(english);
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			22,710 | billion VND | VND 22,710 billion
			238    | million USD | USD 238 million
			87.7   | VND million | VND 87.7 million
			5,000  | VND         | VND 5,000
			9.40   | %           | 9.40%
			41     | communes    | 41 communes
			""")
	void englishAmountsOfMoneyPutTheCurrencyFirstAndTheScaleAfter(String value, String unit, String expected) {
		assertThat(Formats.withUnit(value, unit, EN)).isEqualTo(expected);
		assertThat(Formats.withUnit(value, unit, VI)).isEqualTo(value + ("%".equals(unit) ? "" : " ") + unit);
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			87-88   | million VND | VND 87–88 million
			>=600   | billion VND | ≥ VND 600 billion
			<=4     | %           | ≤ 4%
			""")
	void englishTargetsOfMoneyReadAsAmounts(String written, String unit, String expected) {
		assertThat(Formats.target(TargetParser.parse(written, NumberStyle.VIETNAMESE).orElseThrow(), unit, EN))
			.isEqualTo(expected);
	}

	@Test
	void englishSetsApartWhatIsWrittenInVietnamese() {
		assertThat(Formats.setApart("Thu ngân sách", EN)).isEqualTo("\u201CThu ngân sách\u201D");
		assertThat(Formats.setApart("GRDP growth rate", EN)).isEqualTo("GRDP growth rate");
		assertThat(Formats.setApart("Thu ngân sách", VI)).isEqualTo("Thu ngân sách");
	}

}
