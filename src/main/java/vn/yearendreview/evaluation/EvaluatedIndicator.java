package vn.yearendreview.evaluation;

/**
 * An indicator with its verdict.
 *
 * @param input what was evaluated
 * @param assessment the verdict and percentages
 */
public record EvaluatedIndicator(IndicatorInput input, Assessment assessment) {

}
