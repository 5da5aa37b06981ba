package vn.yearendreview.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.yearendreview.model.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each plausibility rule just inside and just outside its threshold (DESIGN.md 10.2).
 */
class PlausibilityTests {

	private static final Target PLAN_22200 = Target.bare(new BigDecimal("22200"));

	@ParameterizedTest
	@CsvSource({ "22710000, 22200, true", // the catalog's example: millions typed for
											// billions
			"7400001, 22200, true", // 333.33… times: just inside 1,000 ÷ 3
			"7399999, 22200, false", // just outside: 333.33 times is a far figure, not a
										// slip
			"66600000, 22200, true", // 3,000 times: the upper edge
			"66600001, 22200, false", // just above 3,000 times
			"22.2, 22200, true", // a thousandth
			"7.4, 22200, true", // 1 ÷ 3,000: the lower edge
			"7.39, 22200, false", "66.5, 22200, true", // just inside 3 ÷ 1,000: the other
														// edge
			"66.7, 22200, false" })
	void aUnitSlipIsAThousandTimesOrAThousandthWithinAFactorOfThree(String actual, String plan, boolean slip) {
		assertThat(Plausibility.slipped(new BigDecimal(actual), new BigDecimal(plan))).isEqualTo(slip);
	}

	@Test
	void aUnitSlipIsFoundAgainstThePlanOrLastYearAndComesFirst() {
		assertThat(find("22710000", "20315", PLAN_22200, false, false)).hasValueSatisfying((result) -> {
			assertThat(result.finding()).isEqualTo(Plausibility.Finding.UNIT_SLIP);
			assertThat(result.comparedWith()).isEqualByComparingTo("22200");
		});
		// the year's figure agrees with the plan: last year's is the one off
		assertThat(find("22710", "20315000", PLAN_22200, false, false)).hasValueSatisfying((result) -> {
			assertThat(result.finding()).isEqualTo(Plausibility.Finding.UNIT_SLIP);
			assertThat(result.value()).isEqualByComparingTo("20315000");
			assertThat(result.comparedWith()).isEqualByComparingTo("22200");
		});
		// without a plan the two figures are only compared with each other
		assertThat(find("22710", "20315000", null, false, false)).hasValueSatisfying((result) -> {
			assertThat(result.finding()).isEqualTo(Plausibility.Finding.UNIT_SLIP);
			assertThat(result.comparedWith()).isEqualByComparingTo("20315000");
		});
		assertThat(find("22710", "20315", PLAN_22200, false, false)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "-0.01, PERCENT_RANGE", "0, ", "100, ", "100.01, PERCENT_RANGE", "140, PERCENT_RANGE" })
	void aBoundedRateStaysFromZeroToAHundred(String actual, Plausibility.Finding expected) {
		Optional<Plausibility.Result> found = Plausibility.check(new BigDecimal(actual), null, null, true, true, null);
		assertThat(found.map(Plausibility.Result::finding)).isEqualTo(Optional.ofNullable(expected));
	}

	@Test
	void anUnboundedRateMayPassAHundred() {
		assertThat(
				Plausibility.check(new BigDecimal("140"), null, Target.bare(new BigDecimal("120")), true, false, null))
			.isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "2220, ", "2219.99, FAR_FROM_PLAN", "222000, ", "222000.01, FAR_FROM_PLAN" })
	void farFromAnAtLeastPlanIsBeyondTenTimesOrBelowATenth(String actual, Plausibility.Finding expected) {
		assertThat(find(actual, null, PLAN_22200, false, false).map(Plausibility.Result::finding))
			.isEqualTo(Optional.ofNullable(expected));
	}

	@Test
	void anAtMostPlanIsNeverFarFromPlan() {
		assertThat(find("0.3", null, Target.atMost(new BigDecimal("4")), false, false)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "150, ", "150.01, JUMP", "50, ", "49.99, JUMP", "400, JUMP" })
	void aJumpIsAChangeFromLastYearAboveFiftyPercent(String actual, Plausibility.Finding expected) {
		assertThat(find(actual, "100", null, false, false).map(Plausibility.Result::finding))
			.isEqualTo(Optional.ofNullable(expected));
	}

	@Test
	void theCatalogsMaxChangeReplacesFiftyPercentAndRatesNeverJump() {
		assertThat(Plausibility.check(new BigDecimal("180"), new BigDecimal("100"), null, false, false,
				new BigDecimal("80")))
			.isEmpty();
		assertThat(Plausibility.check(new BigDecimal("180.01"), new BigDecimal("100"), null, false, false,
				new BigDecimal("80")))
			.map(Plausibility.Result::finding)
			.hasValue(Plausibility.Finding.JUMP);
		assertThat(Plausibility.check(new BigDecimal("90"), new BigDecimal("40"), null, true, true, null)).isEmpty();
	}

	@Test
	void anOutlierIsMoreThanThreeAndAHalfModifiedZScoresFromTheMedian() {
		// median 10, median absolute deviation 0.5: z = 0.6745 × |x − 10| ÷ 0.5
		List<BigDecimal> inside = values("9", "9.5", "10", "10", "10.5", "11", "12.59");
		assertThat(Plausibility.outliers(inside).places()).as("z = 3.494").isEmpty();
		assertThat(Plausibility.outliers(inside).median()).isEqualByComparingTo("10");
		List<BigDecimal> outside = values("9", "9.5", "10", "10", "10.5", "11", "12.60");
		assertThat(Plausibility.outliers(outside).places()).as("z = 3.507").containsExactly(6);
		List<BigDecimal> fiveTimes = values("22.7", "23.1", "22.9", "23.4", "22.5", "114");
		assertThat(Plausibility.outliers(fiveTimes).places()).containsExactly(5);
	}

	@Test
	void noOutlierAmongFewerThanFiveDepartmentsOrWithoutSpread() {
		assertThat(Plausibility.outliers(values("10", "10", "11", "500")).places()).isEmpty();
		assertThat(Plausibility.outliers(values("10", "10", "10", "10", "10", "500")).places()).isEmpty();
	}

	private static Optional<Plausibility.Result> find(String actual, String previous, Target plan, boolean percent,
			boolean bounded) {
		return Plausibility.check(new BigDecimal(actual), (previous != null) ? new BigDecimal(previous) : null, plan,
				percent, bounded, null);
	}

	private static List<BigDecimal> values(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

}
