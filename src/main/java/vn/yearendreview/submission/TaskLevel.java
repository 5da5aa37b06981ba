package vn.yearendreview.submission;

import java.util.Optional;

/**
 * The level of the committee that considers a registered task, in the programme's order.
 */
public enum TaskLevel {

	/** Ban Chấp hành. */
	BCH,
	/** Ban Thường vụ. */
	BTV,
	/** Thường trực. */
	TT;

	/**
	 * The level a cell names: its code or the body's full name, case and accents ignored.
	 * @param text the cell
	 * @return the level, empty when the cell names none
	 */
	public static Optional<TaskLevel> of(String text) {
		return switch (HeaderMatcher.key(text)) {
			case "bch", "banchaphanh", "banchaphanhdangbo", "tinhuy" -> Optional.of(BCH);
			case "btv", "banthuongvu", "banthuongvutinhuy" -> Optional.of(BTV);
			case "tt", "thuongtruc", "thuongtructinhuy" -> Optional.of(TT);
			default -> Optional.empty();
		};
	}

}
