package vn.yearendreview.model;

import java.math.BigDecimal;

/**
 * The outcome of evaluating one indicator against its plan.
 *
 * @param status the verdict
 * @param percentOfPlan actual ÷ plan × 100, unrounded; {@code null} when undefined (no
 * actual, plan 0)
 * @param percentOfPrevious actual ÷ previous × 100, unrounded; {@code null} when
 * undefined
 */
public record Assessment(Status status, BigDecimal percentOfPlan, BigDecimal percentOfPrevious) {

}
