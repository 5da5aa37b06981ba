package vn.yearendreview.model;

import java.util.List;

/**
 * The outcome of the checks of the history file.
 *
 * @param read the rows read
 * @param accepted the figures accepted
 * @param problems the rows rejected, and what concerns the whole file
 */
public record CheckedHistory(long read, List<HistoryFigure> accepted, List<Problem> problems) {

}
