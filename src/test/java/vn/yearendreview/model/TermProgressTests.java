package vn.yearendreview.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.yearendreview.model.TermProgress.Assessment;
import vn.yearendreview.model.TermProgress.Kind;
import vn.yearendreview.model.TermProgress.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The five-year progress rules of DESIGN.md 9.3, each case worked by hand for the term
 * 2021–2025 reviewed in 2023 (three years so far, two remaining) unless said otherwise.
 */
class TermProgressTests {

	@Test
	void anEndLevelAlreadyReachedIsAchieved() {
		assertThat(assess("45", Kind.END, 2023, values(40, 42, 46)).assessment()).isEqualTo(Assessment.ACHIEVED);
	}

	@Test
	void anEndLevelIsLikelyWhenTheAverageYearlyChangeReachesItInTheYearsLeft() {
		// 44 + 2 years × (44 − 38) / 2 = 50 ≥ 45
		assertThat(assess("45", Kind.END, 2023, values(38, 41, 44)).assessment()).isEqualTo(Assessment.LIKELY);
	}

	@Test
	void anEndLevelIsAtRiskWhenTheAverageYearlyChangeFallsShort() {
		// 42 + 2 years × (42 − 40) / 2 = 44 < 45
		assertThat(assess("45", Kind.END, 2023, values(40, 41, 42)).assessment()).isEqualTo(Assessment.AT_RISK);
	}

	@Test
	void anEndLevelNotReachedInTheLastYearIsMissed() {
		assertThat(assess("45", Kind.END, 2025, values(40, 41, 42, 43, 44)).assessment()).isEqualTo(Assessment.MISSED);
	}

	@Test
	void anAtMostEndLevelFallingFastEnoughIsLikely() {
		// 3.5 + 2 years × (3.5 − 5.0) / 2 = 2.0 ≤ 3
		assertThat(assess("dưới 3", Kind.END, 2023, values("5.0", "4.2", "3.5")).assessment())
			.isEqualTo(Assessment.LIKELY);
	}

	@Test
	void aYearlyAverageIsLikelyWhenTheNeededRateIsNoMoreThanTheBestYearSoFar() {
		// (8 × 5 − 23.6) / 2 = 8.2 ≤ best year 8.2; the range is needed at its low bound
		Result result = assess("8-8,5", Kind.AVERAGE, 2023, values("7.5", "8.2", "7.9"));
		assertThat(result.assessment()).isEqualTo(Assessment.LIKELY);
		assertThat(result.neededPerYear()).isEqualByComparingTo("8.2");
		assertThat(result.aggregate())
			.isEqualByComparingTo(new BigDecimal("23.6").divide(new BigDecimal(3), java.math.MathContext.DECIMAL128));
	}

	@Test
	void aYearlyAverageIsAtRiskWhenTheNeededRateIsAboveEveryYearSoFar() {
		// (40 − 21.3) / 2 = 9.35 > 7.2
		Result result = assess("8-8,5", Kind.AVERAGE, 2023, values("7.0", "7.2", "7.1"));
		assertThat(result.assessment()).isEqualTo(Assessment.AT_RISK);
		assertThat(result.neededPerYear()).isEqualByComparingTo("9.35");
	}

	@Test
	void aYearlyAverageInTheLastYearIsAchievedOrMissedOnTheAverage() {
		assertThat(assess("8", Kind.AVERAGE, 2025, values("8", "8.5", "8.2", "7.9", "8.1")).assessment())
			.isEqualTo(Assessment.ACHIEVED);
		assertThat(assess("8", Kind.AVERAGE, 2025, values("8", "7.5", "8.2", "7.9", "7.9")).assessment())
			.isEqualTo(Assessment.MISSED);
	}

	@Test
	void anAtMostAverageIsMirrored() {
		// (4 × 5 − 11.9) / 2 = 4.05 ≥ the lowest year 3.8: likely
		assertThat(assess("dưới 4", Kind.AVERAGE, 2023, values("4.2", "3.9", "3.8")).assessment())
			.isEqualTo(Assessment.LIKELY);
		// (20 − 13.5) / 2 = 3.25 < the lowest year 4.4: at risk
		assertThat(assess("dưới 4", Kind.AVERAGE, 2023, values("4.5", "4.6", "4.4")).assessment())
			.isEqualTo(Assessment.AT_RISK);
	}

	@Test
	void aTotalIsAchievedAsSoonAsTheSumReachesIt() {
		Result result = assess("60.000", Kind.TOTAL, 2023, values(20_000, 22_000, 25_000));
		assertThat(result.assessment()).isEqualTo(Assessment.ACHIEVED);
		assertThat(result.aggregate()).isEqualByComparingTo("67000");
	}

	@Test
	void aTotalIsLikelyOrAtRiskOnWhatEachRemainingYearMustAdd() {
		// (120,000 − 70,000) / 2 = 25,000 ≤ 28,000
		assertThat(assess("120.000", Kind.TOTAL, 2023, values(20_000, 22_000, 28_000)).assessment())
			.isEqualTo(Assessment.LIKELY);
		// (120,000 − 67,000) / 2 = 26,500 > 25,000
		Result atRisk = assess("120.000", Kind.TOTAL, 2023, values(20_000, 22_000, 25_000));
		assertThat(atRisk.assessment()).isEqualTo(Assessment.AT_RISK);
		assertThat(atRisk.neededPerYear()).isEqualByComparingTo("26500");
	}

	@Test
	void aTotalNotReachedInTheLastYearIsMissed() {
		assertThat(assess("120.000", Kind.TOTAL, 2025, values(20_000, 22_000, 25_000, 24_000, 26_000)).assessment())
			.isEqualTo(Assessment.MISSED);
	}

	@Test
	void everyYearMustMeetAnEachYearTarget() {
		assertThat(assess("trên 80", Kind.EACH_YEAR, 2023, values(82, 85, 81)).assessment())
			.isEqualTo(Assessment.LIKELY);
		assertThat(assess("trên 80", Kind.EACH_YEAR, 2023, values(82, 79, 81)).assessment())
			.isEqualTo(Assessment.MISSED);
		assertThat(assess("trên 80", Kind.EACH_YEAR, 2025, values(82, 85, 81, 83, 84)).assessment())
			.isEqualTo(Assessment.ACHIEVED);
	}

	@Test
	void aMissingYearAddsNothingAndTheChangeRunsFromTheFirstKnownYear() {
		Map<Integer, BigDecimal> gap = new LinkedHashMap<>();
		gap.put(2021, new BigDecimal("40"));
		gap.put(2023, new BigDecimal("44"));
		// 44 + 2 × (44 − 40) / 2 = 48 ≥ 45
		assertThat(assess("45", Kind.END, 2023, gap).assessment()).isEqualTo(Assessment.LIKELY);
		Map<Integer, BigDecimal> averages = new LinkedHashMap<>();
		averages.put(2021, new BigDecimal("7.5"));
		averages.put(2023, new BigDecimal("8.1"));
		// (40 − 15.6) / 2 = 12.2 > 8.1
		assertThat(assess("8", Kind.AVERAGE, 2023, averages).assessment()).isEqualTo(Assessment.AT_RISK);
	}

	@Test
	void withoutAnyValueNothingIsAssessed() {
		Map<Integer, BigDecimal> later = Map.of(2024, new BigDecimal("50"));
		assertThat(assess("45", Kind.END, 2023, Map.of()).assessment()).isEqualTo(Assessment.NOT_ASSESSED);
		assertThat(assess("45", Kind.END, 2023, later).assessment()).as("a value after the year under review")
			.isEqualTo(Assessment.NOT_ASSESSED);
	}

	@Test
	void aYearOutsideTheTermIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TermProgress.assess(target("45"), Kind.END, 2021, 2025, 2026, Map.of()));
	}

	private static Result assess(String target, Kind kind, int year, Map<Integer, BigDecimal> values) {
		return TermProgress.assess(target(target), kind, 2021, 2025, year, values);
	}

	private static Target target(String text) {
		return TargetParser.parse(text, NumberStyle.VIETNAMESE).orElseThrow();
	}

	private static Map<Integer, BigDecimal> values(Object... values) {
		Map<Integer, BigDecimal> map = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			map.put(2021 + i, new BigDecimal(values[i].toString()));
		}
		return map;
	}

}
