package vn.yearendreview.model;

/** The verdict on one indicator. */
public enum Status {

	/** Vượt: better than the target. */
	EXCEEDED,

	/** Đạt: exactly the target, or inside the range. */
	ACHIEVED,

	/**
	 * Cơ bản đạt: short of the target by less than the configured margin; does not count
	 * as achieved.
	 */
	NEARLY_ACHIEVED,

	/** Không đạt. */
	NOT_ACHIEVED,

	/** Chưa có số liệu: no actual value yet. */
	NO_DATA;

	/**
	 * Whether the indicator counts in the headline "đạt và vượt X/Y".
	 * @return {@code true} for exceeded and achieved
	 */
	public boolean countsAsAchieved() {
		return this == EXCEEDED || this == ACHIEVED;
	}

}
