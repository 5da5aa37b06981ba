package vn.yearendreview.model;

/**
 * An accepted narrative point, as the review prints it: in its field and kind, in catalog
 * department order, then the department's own order.
 *
 * @param department the department's code
 * @param groupCode the field's group code
 * @param kind what it says
 * @param text the paragraph as written
 */
public record NarrativePoint(String department, String groupCode, PointKind kind, String text) {

	/**
	 * The most points a review prints, far above what a province's departments write; the
	 * data check says when more were sent.
	 */
	public static final int MOST_PRINTED = 2_000;

}
