package vn.yearendreview.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan target the way planners write it: {@code 10}, {@code 10-11},
 * {@code 10 – 11}, {@code từ 10 đến 11}, {@code ≥ 85}, {@code trên 85},
 * {@code từ 85 trở lên}, {@code tối thiểu 85}, {@code ≤ 4}, {@code dưới 4},
 * {@code không quá 4}, {@code tối đa 4}. Words match with or without tone marks; a
 * trailing {@code %} is accepted; a leading minus is a sign, never a range.
 */
public final class TargetParser {

	private static final String NUMBER = "([-+\\u2212]?\\d[\\d.,\\u00A0\\u202F ]*)";

	private static final Pattern RANGE = Pattern
		.compile("^(?:tu |between )?" + NUMBER + "\\s*(?:-|\\u2013|\\u2014|den|and|to)\\s*" + NUMBER + "$");

	private static final Pattern AT_LEAST_SUFFIX = Pattern.compile("^(?:tu )?" + NUMBER + "\\s*tro len$");

	private static final Pattern AT_MOST_SUFFIX = Pattern.compile("^(?:tu )?" + NUMBER + "\\s*tro xuong$");

	private static final List<String> AT_LEAST_WORDS = List.of("\u2265", ">=", "=>", ">", "tren", "toi thieu",
			"it nhat", "khong duoi", "khong thap hon", "at least", "minimum", "min", "over", "above");

	private static final List<String> AT_MOST_WORDS = List.of("\u2264", "<=", "=<", "<", "duoi", "khong qua",
			"khong vuot qua", "khong cao hon", "toi da", "at most", "maximum", "max", "under", "below");

	private static final Pattern PERCENT = Pattern.compile("\\s*%$");

	private TargetParser() {
	}

	/**
	 * Parses a target.
	 * @param text the cell as written
	 * @param style the number style of the file
	 * @return the target, or empty when the text is not a target in any accepted form
	 */
	public static Optional<Target> parse(String text, NumberStyle style) {
		if (Text.isBlank(text)) {
			return Optional.empty();
		}
		String t = PERCENT.matcher(Text.fold(text)).replaceFirst("");
		try {
			return Optional.ofNullable(parseFolded(t, style)).map((target) -> target.writtenAs(words(text)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Target parseFolded(String t, NumberStyle style) {
		Matcher m = AT_LEAST_SUFFIX.matcher(t);
		if (m.matches()) {
			return Target.atLeast(number(m.group(1), style));
		}
		m = AT_MOST_SUFFIX.matcher(t);
		if (m.matches()) {
			return Target.atMost(number(m.group(1), style));
		}
		m = RANGE.matcher(t);
		if (m.matches()) {
			return Target.range(number(m.group(1), style), number(m.group(2), style));
		}
		for (String word : AT_LEAST_WORDS) {
			if (t.startsWith(word)) {
				return Target.atLeast(number(t.substring(word.length()), style));
			}
		}
		for (String word : AT_MOST_WORDS) {
			if (t.startsWith(word)) {
				return Target.atMost(number(t.substring(word.length()), style));
			}
		}
		return Target.bare(number(t, style));
	}

	/**
	 * The wording of a target as written, its numbers replaced by {@link Target#LOW} and
	 * {@link Target#HIGH} and its {@code %} signs left out (the unit is printed after the
	 * number): {@code Trên 85%} gives {@code trên {1}}, {@code 10 - 11} gives
	 * {@code {1}–{2}}, {@code >=85} gives {@code ≥85}.
	 * @param text the target as written
	 * @return the wording, or {@code null} when it holds more than two numbers
	 */
	static String words(String text) {
		String t = Text.trim(Text.nfc(text)).replaceAll("\\s+", " ");
		StringBuilder words = new StringBuilder();
		int numbers = 0;
		int i = 0;
		while (i < t.length()) {
			int end = numberEnd(t, i);
			if (end > i) {
				numbers++;
				if (numbers > 2) {
					return null;
				}
				words.append((numbers == 1) ? Target.LOW : Target.HIGH);
				i = end;
			}
			else {
				words.append(t.charAt(i++));
			}
		}
		String w = words.toString()
			.replace("%", "")
			.replace(">=", "\u2265")
			.replace("=>", "\u2265")
			.replace("<=", "\u2264")
			.replace("=<", "\u2264")
			.replaceAll(Pattern.quote(Target.LOW) + "\\s*[-\u2013\u2014]\\s*" + Pattern.quote(Target.HIGH),
					Target.LOW + "\u2013" + Target.HIGH)
			.replaceAll("\\s+", " ")
			.strip();
		if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))) {
			w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
		}
		return w;
	}

	/**
	 * Where a number starting at {@code start} ends: digits with their grouping and
	 * decimal marks, with a sign only where no number stands right before it (so
	 * {@code 10-11} is two numbers, {@code -5} one).
	 */
	private static int numberEnd(String t, int start) {
		int i = start;
		char c = t.charAt(i);
		if (c == '-' || c == '+' || c == '\u2212') {
			if (i + 1 >= t.length() || !Character.isDigit(t.charAt(i + 1)) || followsNumber(t, i)) {
				return start;
			}
			i++;
		}
		else if (!Character.isDigit(c) || (i > 0 && Character.isDigit(t.charAt(i - 1)))) {
			return start;
		}
		int lastDigit = i;
		while (i < t.length()) {
			char d = t.charAt(i);
			if (Character.isDigit(d)) {
				lastDigit = i;
			}
			else if (!(d == '.' || d == ',' || d == '\u00A0' || d == '\u202F'
					|| (d == ' ' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))))) {
				break;
			}
			i++;
		}
		return lastDigit + 1;
	}

	private static boolean followsNumber(String t, int at) {
		int i = at - 1;
		while (i >= 0 && t.charAt(i) == ' ') {
			i--;
		}
		return i >= 0 && Character.isDigit(t.charAt(i));
	}

	private static BigDecimal number(String text, NumberStyle style) {
		BigDecimal value = style.parse(PERCENT.matcher(Text.trim(text)).replaceFirst(""));
		if (value == null) {
			throw new IllegalArgumentException("not a number: " + text);
		}
		return value;
	}

}
