package vn.yearendreview.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;

import vn.yearendreview.model.Assessment;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Target;

/**
 * The committee's rules for judging an indicator, in exact decimal arithmetic.
 *
 * <table>
 * <tr>
 * <th>target</th>
 * <th>exceeded</th>
 * <th>achieved</th>
 * <th>not achieved</th>
 * </tr>
 * <tr>
 * <td>at least P</td>
 * <td>actual &gt; P</td>
 * <td>actual = P</td>
 * <td>actual &lt; P</td>
 * </tr>
 * <tr>
 * <td>range A–B</td>
 * <td>actual &gt; B</td>
 * <td>A ≤ actual ≤ B</td>
 * <td>actual &lt; A</td>
 * </tr>
 * <tr>
 * <td>at most P</td>
 * <td>actual &lt; P</td>
 * <td>actual = P</td>
 * <td>actual &gt; P</td>
 * </tr>
 * </table>
 *
 * Percentages are quotients to 34 significant digits; they are rounded only when printed.
 */
final class AchievementRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BigDecimal nearlyAchievedPercent;

	/**
	 * Rules without the "cơ bản đạt" verdict.
	 */
	public AchievementRules() {
		this(null);
	}

	/**
	 * Rules with an optional "cơ bản đạt" (nearly achieved) margin.
	 * @param nearlyAchievedPercent e.g. {@code 95}: an indicator short of its target by
	 * less than 5% of the target is nearly achieved; {@code null} to judge only achieved
	 * or not
	 */
	public AchievementRules(BigDecimal nearlyAchievedPercent) {
		if (nearlyAchievedPercent != null
				&& (nearlyAchievedPercent.signum() <= 0 || nearlyAchievedPercent.compareTo(HUNDRED) >= 0)) {
			throw new IllegalArgumentException(
					"the nearly-achieved threshold must be between 0 and 100, not " + nearlyAchievedPercent);
		}
		this.nearlyAchievedPercent = nearlyAchievedPercent;
	}

	/**
	 * Judges one indicator.
	 * @param plan the target
	 * @param actual the achieved value, {@code null} when not reported yet
	 * @param previous last year's value, {@code null} when not given
	 * @return the verdict and the percentages
	 */
	public Assessment assess(Target plan, BigDecimal actual, BigDecimal previous) {
		if (actual == null) {
			return new Assessment(Status.NO_DATA, null, null);
		}
		return new Assessment(status(plan, actual), percent(actual, plan.reference()), percent(actual, previous));
	}

	private Status status(Target plan, BigDecimal actual) {
		Status status = switch (plan.kind()) {
			case AT_LEAST -> compare(actual.compareTo(plan.low()));
			case AT_MOST -> compare(plan.low().compareTo(actual));
			case RANGE -> (actual.compareTo(plan.high()) > 0) ? Status.EXCEEDED
					: (actual.compareTo(plan.low()) >= 0) ? Status.ACHIEVED : Status.NOT_ACHIEVED;
		};
		if (status == Status.NOT_ACHIEVED && isNearly(plan, actual)) {
			return Status.NEARLY_ACHIEVED;
		}
		return status;
	}

	private static Status compare(int betterThanTarget) {
		if (betterThanTarget > 0) {
			return Status.EXCEEDED;
		}
		return (betterThanTarget == 0) ? Status.ACHIEVED : Status.NOT_ACHIEVED;
	}

	private boolean isNearly(Target plan, BigDecimal actual) {
		if (this.nearlyAchievedPercent == null) {
			return false;
		}
		BigDecimal target = plan.reference();
		BigDecimal margin = target.abs().multiply(HUNDRED.subtract(this.nearlyAchievedPercent)).divide(HUNDRED);
		if (plan.kind() == Target.Kind.AT_MOST) {
			return actual.compareTo(target.add(margin)) <= 0;
		}
		return actual.compareTo(target.subtract(margin)) >= 0;
	}

	/**
	 * {@code value ÷ base × 100}.
	 * @param value the numerator
	 * @param base the denominator
	 * @return the percentage, or {@code null} when either is missing or the base is zero
	 */
	static BigDecimal percent(BigDecimal value, BigDecimal base) {
		if (value == null || base == null || base.signum() == 0) {
			return null;
		}
		return value.multiply(HUNDRED).divide(base, MathContext.DECIMAL128);
	}

}
