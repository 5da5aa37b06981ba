package vn.yearendreview.staging;

import java.math.BigDecimal;

import vn.yearendreview.model.Target;

/** How values are kept in the staging tables' text columns. */
final class Columns {

	private Columns() {
	}

	/**
	 * A target's canonical text, what is evaluated.
	 * @param target the target, may be {@code null}
	 * @return its text, {@code null} for none
	 */
	static String canonical(Target target) {
		return (target != null) ? target.canonical() : null;
	}

	/**
	 * A target as the resolution wrote it, what is printed.
	 * @param target the target, may be {@code null}
	 * @return its words, {@code null} for none
	 */
	static String words(Target target) {
		return (target != null) ? target.words() : null;
	}

	/**
	 * A number's exact decimal text, so that no scale is lost.
	 * @param value the number, may be {@code null}
	 * @return its text, {@code null} for none
	 */
	static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

	/**
	 * A number kept as text.
	 * @param text its text, may be {@code null}
	 * @return the number, {@code null} for none
	 */
	static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

	/**
	 * A target kept as its canonical text and its words.
	 * @param canonical its canonical text, may be {@code null}
	 * @param words its words as written
	 * @return the target, {@code null} for none
	 */
	static Target target(String canonical, String words) {
		return (canonical != null) ? Target.fromCanonical(canonical).writtenAs(words) : null;
	}

}
