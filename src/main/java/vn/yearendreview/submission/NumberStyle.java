package vn.yearendreview.submission;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a file writes numbers: Vietnamese ({@code 1.234,5}) or English ({@code 1,234.5}). A
 * trailing {@code %} and spaces between groups of three digits are accepted in both.
 */
public enum NumberStyle {

	/** Dot between thousands, comma before decimals: {@code 22.710}, {@code 9,4}. */
	VIETNAMESE('.', ','),

	/** Comma between thousands, dot before decimals: {@code 22,710}, {@code 9.4}. */
	ENGLISH(',', '.');

	/** What a single value says about the style of the file it is in. */
	public enum Evidence {

		/** Only the Vietnamese style reads it, e.g. {@code 9,4} or {@code 1.234,5}. */
		VIETNAMESE,
		/** Only the English style reads it, e.g. {@code 9.4} or {@code 1,234.5}. */
		ENGLISH,
		/** Both styles read it, differently: {@code 22.710} or {@code 22,710}. */
		AMBIGUOUS,
		/** Both styles read it the same, e.g. {@code 42}; or it is not a number. */
		NEUTRAL

	}

	private static final String SPACE_GROUPS = "[1-9]\\d{0,2}(?:[ \\u00A0\\u202F]\\d{3})+";

	private static final Pattern SIGN = Pattern.compile("^([-+\\u2212])\\s*");

	private static final Pattern PERCENT = Pattern.compile("\\s*%$");

	private final char grouping;

	private final char decimal;

	private final Pattern pattern;

	NumberStyle(char grouping, char decimal) {
		this.grouping = grouping;
		this.decimal = decimal;
		String g = Pattern.quote(String.valueOf(grouping));
		String d = Pattern.quote(String.valueOf(decimal));
		this.pattern = Pattern
			.compile("^([1-9]\\d{0,2}(?:" + g + "\\d{3})+|" + SPACE_GROUPS + "|\\d+)(?:" + d + "(\\d+))?$");
	}

	/**
	 * Reads a number written in this style.
	 * @param text the cell text, e.g. {@code "1.234,5"} or {@code "-9,4 %"}
	 * @return the exact value with the scale written, or {@code null} when the text is
	 * not a number in this style
	 */
	public BigDecimal parse(String text) {
		String t = Text.trim(text);
		if (t == null || t.isEmpty()) {
			return null;
		}
		t = PERCENT.matcher(t).replaceFirst("");
		String sign = "";
		Matcher signMatcher = SIGN.matcher(t);
		if (signMatcher.find()) {
			sign = signMatcher.group(1).equals("+") ? "" : "-";
			t = t.substring(signMatcher.end());
		}
		Matcher m = this.pattern.matcher(t);
		if (!m.matches()) {
			return null;
		}
		String integer = m.group(1).replaceAll("[^0-9]", "");
		String fraction = m.group(2);
		return new BigDecimal(sign + integer + ((fraction != null) ? "." + fraction : ""));
	}

	/**
	 * Writes an example of this style for messages.
	 * @return {@code 1.234,5} or {@code 1,234.5}
	 */
	public String example() {
		return "1" + this.grouping + "234" + this.decimal + "5";
	}

	/**
	 * What a value says about the number style of its file.
	 * @param text a numeric cell or a number inside a target
	 * @return the evidence it gives
	 */
	public static Evidence evidence(String text) {
		BigDecimal vi = VIETNAMESE.parse(text);
		BigDecimal en = ENGLISH.parse(text);
		if (vi != null && en != null) {
			return (vi.compareTo(en) == 0) ? Evidence.NEUTRAL : Evidence.AMBIGUOUS;
		}
		if (vi != null) {
			return Evidence.VIETNAMESE;
		}
		if (en != null) {
			return Evidence.ENGLISH;
		}
		return Evidence.NEUTRAL;
	}

}
