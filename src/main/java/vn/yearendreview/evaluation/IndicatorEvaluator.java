package vn.yearendreview.evaluation;

/** Applies the achievement rules to one indicator. */
public final class IndicatorEvaluator {

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
		if (input.plan() == null) {
			return new EvaluatedIndicator(input, new Assessment(Status.NO_DATA, null, null));
		}
		return new EvaluatedIndicator(input, this.rules.assess(input.plan(), input.actual(), input.previous()));
	}

}
