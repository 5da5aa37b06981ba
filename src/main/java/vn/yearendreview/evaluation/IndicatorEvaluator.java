package vn.yearendreview.evaluation;

import java.math.BigDecimal;

import vn.yearendreview.model.Assessment;
import vn.yearendreview.model.EvaluatedIndicator;
import vn.yearendreview.model.IndicatorInput;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Target;

/** Applies the achievement rules to one indicator. */
final class IndicatorEvaluator {

	private final AchievementRules rules;

	public IndicatorEvaluator(AchievementRules rules) {
		this.rules = rules;
	}

	/**
	 * Evaluates an indicator.
	 * @param input the indicator
	 * @return it with its verdict; without a plan or an actual value it has no data
	 */
	public EvaluatedIndicator evaluate(IndicatorInput input) {
		return new EvaluatedIndicator(input, assess(input.plan(), input.actual(), input.previous()));
	}

	/**
	 * Judges values against a plan.
	 * @param plan the target, may be {@code null}
	 * @param actual the achieved value, may be {@code null}
	 * @param previous last year's value, may be {@code null}
	 * @return the verdict; without a plan or an actual value there is no data
	 */
	public Assessment assess(Target plan, BigDecimal actual, BigDecimal previous) {
		if (plan == null) {
			return new Assessment(Status.NO_DATA, null, null);
		}
		return this.rules.assess(plan, actual, previous);
	}

}
