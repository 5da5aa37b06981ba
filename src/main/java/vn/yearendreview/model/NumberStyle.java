package vn.yearendreview.model;

import java.math.BigDecimal;

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

	/** The most digits before the decimal mark of a number read. */
	public static final int MAX_INTEGER_DIGITS = 18;

	/** The most significant digits after the decimal mark of a number read. */
	public static final int MAX_DECIMALS = 15;

	/** Texts with more digits than this are not looked at further. */
	private static final int MAX_DIGITS_READ = 64;

	private final char grouping;

	private final char decimal;

	NumberStyle(char grouping, char decimal) {
		this.grouping = grouping;
		this.decimal = decimal;
	}

	/**
	 * Reads a number written in this style: an optional sign ({@code -}, {@code +} or
	 * {@code −}), digits either ungrouped or in groups of three separated by this style's
	 * grouping mark or by spaces, an optional decimal part, an optional {@code %}.
	 * @param text the cell text, e.g. {@code "1.234,5"} or {@code "-9,4 %"}
	 * @return the exact value with the scale written, or {@code null} when the text is
	 * not a number in this style or has more digits than {@link #tooLong(BigDecimal)}
	 * allows
	 */
	public BigDecimal parse(String text) {
		String t = Text.trim(text);
		if (t == null || t.isEmpty()) {
			return null;
		}
		int end = t.length();
		if (t.charAt(end - 1) == '%') {
			end--;
			while (end > 0 && isRegexSpace(t.charAt(end - 1))) {
				end--;
			}
		}
		int i = 0;
		boolean negative = false;
		if (i < end && (t.charAt(i) == '-' || t.charAt(i) == '+' || t.charAt(i) == '\u2212')) {
			negative = t.charAt(i) != '+';
			i++;
			while (i < end && isRegexSpace(t.charAt(i))) {
				i++;
			}
		}
		StringBuilder digits = new StringBuilder(end - i + 2);
		if (negative) {
			digits.append('-');
		}
		int integerStart = i;
		while (i < end && isDigit(t.charAt(i))) {
			digits.append(t.charAt(i++));
		}
		int leading = i - integerStart;
		if (leading == 0) {
			return null;
		}
		if (i < end && isGroupSeparator(t.charAt(i))) {
			// Grouped: 1 to 3 digits not starting with 0, then groups of exactly three,
			// all separated by the same kind of mark (this style's, or spaces).
			if (leading > 3 || t.charAt(integerStart) == '0') {
				return null;
			}
			boolean spaces = t.charAt(i) != this.grouping;
			while (i < end && isGroupSeparator(t.charAt(i)) && (t.charAt(i) != this.grouping) == spaces) {
				if (i + 3 >= end || !isDigit(t.charAt(i + 1)) || !isDigit(t.charAt(i + 2))
						|| !isDigit(t.charAt(i + 3))) {
					return null;
				}
				digits.append(t, i + 1, i + 4);
				i += 4;
				if (i < end && isDigit(t.charAt(i))) {
					return null;
				}
			}
		}
		if (i < end && t.charAt(i) == this.decimal) {
			int fractionStart = ++i;
			while (i < end && isDigit(t.charAt(i))) {
				i++;
			}
			if (i == fractionStart) {
				return null;
			}
			digits.append('.').append(t, fractionStart, i);
		}
		if (i != end || digits.length() > MAX_DIGITS_READ) {
			return null;
		}
		BigDecimal value = new BigDecimal(digits.toString());
		return tooLong(value) ? null : value;
	}

	/**
	 * Whether a value has more digits than an indicator can have: more than
	 * {@value #MAX_INTEGER_DIGITS} before the decimal mark (a billion billions) or more
	 * than {@value #MAX_DECIMALS} significant decimals. Such a value is a typing or
	 * copying slip, and refusing it keeps every number the program stores and computes
	 * with bounded.
	 * @param value a value
	 * @return {@code true} when it is refused
	 */
	public static boolean tooLong(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS || stripped.scale() > MAX_DECIMALS;
	}

	/**
	 * Whether a text that is not read as a number holds more digits than any number read:
	 * the department is told so rather than that the style is wrong.
	 * @param text the cell text
	 * @return {@code true} when it holds more than {@value #MAX_INTEGER_DIGITS} plus
	 * {@value #MAX_DECIMALS} digits
	 */
	public static boolean hasTooManyDigits(String text) {
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isDigit(text.charAt(i)) && ++digits > MAX_INTEGER_DIGITS + MAX_DECIMALS) {
				return true;
			}
		}
		return false;
	}

	private boolean isGroupSeparator(char c) {
		return c == this.grouping || c == ' ' || c == '\u00A0' || c == '\u202F';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** White space as regular expressions mean it by {@code \\s}. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || (c >= '\t' && c <= '\r');
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
