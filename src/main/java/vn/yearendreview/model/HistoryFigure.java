package vn.yearendreview.model;

import java.math.BigDecimal;

/**
 * A figure of the term's earlier years, accepted from the history file.
 *
 * @param indicator the catalog code
 * @param year its year
 * @param value the province's figure
 */
public record HistoryFigure(String indicator, int year, BigDecimal value) {

}
