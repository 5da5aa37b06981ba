package vn.yearendreview.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.yearendreview.model.Assessment;
import vn.yearendreview.model.NumberStyle;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TargetParser;

import static org.assertj.core.api.Assertions.assertThat;

class AchievementRulesTests {

	private final AchievementRules rules = new AchievementRules();

	@ParameterizedTest(name = "plan {0}, actual {1}: {2}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			10          | 10,1    | EXCEEDED
			10          | 10      | ACHIEVED
			10          | 10,00   | ACHIEVED
			10          | 9,99    | NOT_ACHIEVED
			≥ 600       | 600,01  | EXCEEDED
			≥ 600       | 600     | ACHIEVED
			≥ 600       | 540     | NOT_ACHIEVED
			trên 85     | 85      | ACHIEVED
			7-7,5       | 7,51    | EXCEEDED
			7-7,5       | 7,5     | ACHIEVED
			7-7,5       | 7,2     | ACHIEVED
			7-7,5       | 7       | ACHIEVED
			7-7,5       | 6,99    | NOT_ACHIEVED
			10 – 11     | 9,40    | NOT_ACHIEVED
			dưới 3      | 2,9     | EXCEEDED
			dưới 3      | 3       | ACHIEVED
			dưới 3      | 3,01    | NOT_ACHIEVED
			≤ 4         | 4,0     | ACHIEVED
			-2          | -1,9    | EXCEEDED
			-2          | -2      | ACHIEVED
			-2          | -2,1    | NOT_ACHIEVED
			không quá -1 | -1,5   | EXCEEDED
			0           | 0       | ACHIEVED
			0           | 0,1     | EXCEEDED
			10          | -       | NO_DATA
			dưới 3      | -       | NO_DATA
			""")
	void judgesEachTargetKindOnBothSidesOfItsBoundaries(String plan, String actual, Status expected) {
		assertThat(this.rules.assess(target(plan), number(actual), null).status()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "plan {0}, actual {1}, previous {2}: {3}% of plan, {4}% of previous")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			≥ 600      | 540      | -      | 90,0  | -
			5.000      | 5.120,5  | 4.800  | 102,4 | 106,7
			22.200     | 22.710   | 20.315 | 102,3 | 111,8
			10-11      | 9,40     | 8,00   | 94,0  | 117,5
			0          | 5        | 0      | -     | -
			10         | -        | 8      | -     | -
			3          | 1        | 3      | 33,3  | 33,3
			""")
	void computesPercentagesExactlyAndLeavesUndefinedOnesEmpty(String plan, String actual, String previous,
			String percentOfPlan, String percentOfPrevious) {
		Assessment assessment = this.rules.assess(target(plan), number(actual), number(previous));
		assertThat(rounded(assessment.percentOfPlan())).isEqualTo(number(percentOfPlan));
		assertThat(rounded(assessment.percentOfPrevious())).isEqualTo(number(percentOfPrevious));
	}

	@Test
	void keepsFullPrecisionUntilPrinted() {
		Assessment assessment = this.rules.assess(target("3"), number("1"), null);
		assertThat(assessment.percentOfPlan().precision()).isGreaterThan(30);
	}

	@ParameterizedTest(name = "with a 95% margin, plan {0}, actual {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			100     | 96     | NEARLY_ACHIEVED
			100     | 95     | NEARLY_ACHIEVED
			100     | 94,99  | NOT_ACHIEVED
			100     | 100    | ACHIEVED
			10-11   | 9,6    | NEARLY_ACHIEVED
			dưới 4  | 4,2    | NEARLY_ACHIEVED
			dưới 4  | 4,21   | NOT_ACHIEVED
			""")
	void nearlyAchievedWhenConfigured(String plan, String actual, Status expected) {
		AchievementRules withMargin = new AchievementRules(new BigDecimal("95"));
		Status status = withMargin.assess(target(plan), number(actual), null).status();
		assertThat(status).isEqualTo(expected);
		assertThat(status.countsAsAchieved()).isEqualTo(expected == Status.ACHIEVED);
	}

	private static Target target(String text) {
		return TargetParser.parse(text, NumberStyle.VIETNAMESE).orElseThrow();
	}

	private static BigDecimal number(String text) {
		return (text != null) ? NumberStyle.VIETNAMESE.parse(text) : null;
	}

	private static BigDecimal rounded(BigDecimal percent) {
		return (percent != null) ? percent.setScale(1, RoundingMode.HALF_UP) : null;
	}

}
