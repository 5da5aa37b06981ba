package vn.yearendreview.staging;

/**
 * An accepted figure and what its plausibility is judged by.
 *
 * @param fileNo its file
 * @param line its line
 * @param department its department
 * @param indicator its indicator
 * @param unit its unit, the catalog's when given
 * @param actual the year's figure, plain decimal text
 * @param previous last year's figure, the history's when the row gives none; may be
 * {@code null}
 * @param plan the plan's canonical text, may be {@code null}
 * @param maxChange the catalog's largest change in percent, {@code null} for the default
 * @param bounded whether the catalog bounds the percentage
 * @param actualHeader the header of the year's figure in its file
 * @param previousHeader the header of last year's figure in its file, {@code null} when
 * last year's figure comes from the history
 */
public record FigureToCheck(int fileNo, long line, String department, String indicator, String unit, String actual,
		String previous, String plan, String maxChange, boolean bounded, String actualHeader, String previousHeader) {

}
