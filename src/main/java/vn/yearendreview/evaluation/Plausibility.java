package vn.yearendreview.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.yearendreview.model.Target;

/**
 * Whether a reported figure is plausible (DESIGN.md 10.2): the slips that start at a
 * department's desk (a unit in millions instead of billions, a rate over 100%, a figure
 * far from its plan or from last year, one department far from all the others). Each is a
 * warning for the department to check, never a rejection, and it changes no verdict.
 * Plain Java, exact decimals; the first finding that applies, in the order of
 * {@link Finding}.
 */
public final class Plausibility {

	/**
	 * The default largest change from last year, in percent, before {@link Finding#JUMP}.
	 */
	public static final BigDecimal DEFAULT_MAX_CHANGE = BigDecimal.valueOf(50);

	/** The fewest departments reporting an indicator for {@link Finding#OUTLIER}. */
	public static final int OUTLIER_MIN_REPORTS = 5;

	/** The modified z-score beyond which a value is an {@link Finding#OUTLIER}. */
	public static final BigDecimal OUTLIER_Z = new BigDecimal("3.5");

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private static final BigDecimal THREE = BigDecimal.valueOf(3);

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * 0.6745: the normal distribution's third quartile, which scales the median
	 * deviation.
	 */
	private static final BigDecimal Z_SCALE = new BigDecimal("0.6745");

	private Plausibility() {
	}

	/** What a figure may have gone wrong by, in the order they are looked for. */
	public enum Finding {

		/**
		 * 1,000 times, or a thousandth of, the plan or last year, within a factor of 3.
		 */
		UNIT_SLIP,
		/** A rate below 0% or above 100% where the catalog bounds it. */
		PERCENT_RANGE,
		/** Beyond 10 times, or below a tenth of, an at-least plan. */
		FAR_FROM_PLAN,
		/** A change from last year above the catalog's {@code max_change} percent. */
		JUMP,
		/**
		 * More than 3.5 modified z-scores from the median of the departments reporting
		 * it.
		 */
		OUTLIER

	}

	/**
	 * A finding about one value.
	 *
	 * @param finding what may be wrong
	 * @param value the value found implausible
	 * @param comparedWith what it was compared with (the plan, last year, the bound, the
	 * departments' median)
	 */
	public record Result(Finding finding, BigDecimal value, BigDecimal comparedWith) {

	}

	/**
	 * Looks at one department's figure on its own.
	 * @param actual the year's figure, may be {@code null}
	 * @param previous last year's figure, may be {@code null}
	 * @param plan the plan, may be {@code null}
	 * @param percent whether the unit is a percentage
	 * @param bounded whether the catalog bounds the percentage to 0–100
	 * @param maxChange the largest change from last year in percent, {@code null} for
	 * {@link #DEFAULT_MAX_CHANGE}
	 * @return the first finding, empty when the figure looks plausible
	 */
	public static Optional<Result> check(BigDecimal actual, BigDecimal previous, Target plan, boolean percent,
			boolean bounded, BigDecimal maxChange) {
		BigDecimal reference = (plan != null) ? plan.reference() : null;
		// last year's figure is judged against the plan before the two figures against
		// each
		// other, so that the slip is blamed on the figure that is off, not on the one
		// that
		// agrees with the plan
		for (BigDecimal[] pair : new BigDecimal[][] { { actual, reference }, { previous, reference },
				{ actual, previous } }) {
			if (slipped(pair[0], pair[1])) {
				return Optional.of(new Result(Finding.UNIT_SLIP, pair[0], pair[1]));
			}
		}
		if (percent && bounded) {
			for (BigDecimal value : new BigDecimal[] { actual, previous }) {
				if (value != null && value.signum() < 0) {
					return Optional.of(new Result(Finding.PERCENT_RANGE, value, BigDecimal.ZERO));
				}
				if (value != null && value.compareTo(HUNDRED) > 0) {
					return Optional.of(new Result(Finding.PERCENT_RANGE, value, HUNDRED));
				}
			}
		}
		if (actual != null && plan != null && plan.kind() == Target.Kind.AT_LEAST && reference.signum() > 0
				&& (actual.compareTo(reference.multiply(TEN)) > 0 || actual.multiply(TEN).compareTo(reference) < 0)) {
			return Optional.of(new Result(Finding.FAR_FROM_PLAN, actual, reference));
		}
		if (!percent && actual != null && previous != null && previous.signum() != 0) {
			BigDecimal limit = (maxChange != null) ? maxChange : DEFAULT_MAX_CHANGE;
			BigDecimal change = actual.subtract(previous).abs().multiply(HUNDRED).divide(previous.abs(), EXACT);
			if (change.compareTo(limit) > 0) {
				return Optional.of(new Result(Finding.JUMP, actual, previous));
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a value is 1,000 times, or a thousandth of, a reference, within a factor of
	 * 3: the ratio lies from 1,000 ÷ 3 to 1,000 × 3, or from 1 ÷ 3,000 to 3 ÷ 1,000.
	 */
	static boolean slipped(BigDecimal value, BigDecimal reference) {
		if (value == null || reference == null || value.signum() <= 0 || reference.signum() <= 0) {
			return false;
		}
		BigDecimal ratio = value.divide(reference, EXACT);
		boolean thousandTimes = ratio.multiply(THREE).compareTo(THOUSAND) >= 0
				&& ratio.compareTo(THOUSAND.multiply(THREE)) <= 0;
		BigDecimal inverse = reference.divide(value, EXACT);
		boolean thousandth = inverse.multiply(THREE).compareTo(THOUSAND) >= 0
				&& inverse.compareTo(THOUSAND.multiply(THREE)) <= 0;
		return thousandTimes || thousandth;
	}

	/**
	 * The values of an indicator reported by several departments that lie more than
	 * {@link #OUTLIER_Z} modified z-scores (0.6745 × distance from the median ÷ the
	 * median absolute deviation) from their median; none when fewer than
	 * {@link #OUTLIER_MIN_REPORTS} report it or the deviation is 0.
	 * @param values each department's value
	 * @return the places in {@code values} of the outliers, and the median
	 */
	public static Outliers outliers(List<BigDecimal> values) {
		if (values.size() < OUTLIER_MIN_REPORTS) {
			return new Outliers(List.of(), null);
		}
		BigDecimal median = median(values);
		List<BigDecimal> deviations = new ArrayList<>(values.size());
		values.forEach((value) -> deviations.add(value.subtract(median).abs()));
		BigDecimal mad = median(deviations);
		if (mad.signum() == 0) {
			return new Outliers(List.of(), median);
		}
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			BigDecimal z = Z_SCALE.multiply(deviations.get(i)).divide(mad, EXACT);
			if (z.compareTo(OUTLIER_Z) > 0) {
				found.add(i);
			}
		}
		return new Outliers(List.copyOf(found), median);
	}

	/**
	 * The outliers among an indicator's values.
	 *
	 * @param places their places in the values looked at
	 * @param median the values' median, {@code null} when too few were reported
	 */
	public record Outliers(List<Integer> places, BigDecimal median) {

	}

	static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return sorted.get(middle);
		}
		return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), EXACT);
	}

}
