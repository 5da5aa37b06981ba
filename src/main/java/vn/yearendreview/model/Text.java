package vn.yearendreview.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Unicode handling shared by everything that reads what departments type. */
public final class Text {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	/** Runs of white space, no-break and figure spaces included. */
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private Text() {
	}

	/**
	 * Composes decomposed tone marks (as written by macOS and by Windows-1258) so that
	 * equal text compares equal and renders with its marks in place.
	 * @param text any text, may be {@code null}
	 * @return the NFC form, {@code null} for {@code null}
	 */
	public static String nfc(String text) {
		if (text == null || isBelowCombiningMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
			return text;
		}
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/**
	 * Whether every character comes before U+0300, where the combining marks begin: such
	 * text (codes, numbers, unaccented words) is in NFC already.
	 */
	private static boolean isBelowCombiningMarks(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '\u0300') {
				return false;
			}
		}
		return true;
	}

	/**
	 * A key for loose matching of words typed by people: lower case, without tone marks
	 * or the bar of {@code đ}, spaces collapsed. {@code "Mã  Chỉ tiêu"} and
	 * {@code "ma chi tieu"} give the same key.
	 * @param text the text to fold
	 * @return the folded key
	 */
	public static String fold(String text) {
		return SPACES.matcher(unaccented(text)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * The text without tone marks or the bar of {@code đ}, its letters' case kept, as
	 * English writes Vietnamese names: {@code Ninh Thuận} gives {@code Ninh Thuan}.
	 * @param text the text
	 * @return the text without marks
	 */
	public static String unaccented(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
	}

	/**
	 * Whether the text holds no visible character.
	 * @param text the text, may be {@code null}
	 * @return {@code true} for {@code null}, empty or white space only
	 */
	public static boolean isBlank(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F')) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Trims ordinary and non-breaking spaces.
	 * @param text the text, may be {@code null}
	 * @return the trimmed text, {@code null} for {@code null}
	 */
	public static String trim(String text) {
		if (text == null) {
			return null;
		}
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	/**
	 * Cuts a text to at most a number of characters, ending it with "…" when cut, so that
	 * whatever a department typed can be quoted in a message or stored in a bounded
	 * column. A surrogate pair is never split.
	 * @param text the text, may be {@code null}
	 * @param max the most characters kept, "…" included; at least 2
	 * @return the text, or its beginning and "…"; {@code null} for {@code null}
	 */
	public static String shorten(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

	/**
	 * Shows the characters a reader cannot see, so that a message quoting a key or a
	 * value says what is really there: a byte-order mark, a zero-width or non-breaking
	 * space, a control character or a tab is written as its code ({@code <U+FEFF>}).
	 * @param text the text, may be {@code null}
	 * @return the text with its invisible characters shown; {@code null} for {@code null}
	 */
	public static String visible(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder shown = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			int type = Character.getType(c);
			boolean invisible = c != ' ' && (Character.isISOControl(c) || type == Character.FORMAT
					|| Character.isSpaceChar(c) || c == '\uFEFF');
			if (invisible) {
				shown.append(String.format("<U+%04X>", c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		return shown.toString();
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
	}

}
