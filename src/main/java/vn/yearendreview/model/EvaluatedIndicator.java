package vn.yearendreview.model;

/**
 * An indicator with its verdict.
 *
 * @param input what was evaluated
 * @param assessment the verdict and percentages
 */
public record EvaluatedIndicator(IndicatorInput input, Assessment assessment) {

}
