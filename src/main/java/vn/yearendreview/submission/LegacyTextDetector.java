package vn.yearendreview.submission;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that cannot be Vietnamese as typed: letters of the old TCVN3 (ABC) and
 * VNI font encodings ({@code "Uû ban nh©n d©n"}, {@code "UÛy ban nhaân daân"}), or
 * question marks in place of letters (a file saved as ANSI on a PC set to English:
 * {@code "T?ng thu ng?n s?ch"}).
 */
final class LegacyTextDetector {

	/**
	 * Letters of the Latin-1 range that Vietnamese does not use, and the symbols TCVN3
	 * puts letters on.
	 */
	private static final Pattern FOREIGN = Pattern.compile(
			"[\\u00A8-\\u00AF\\u00B4-\\u00BE\\u00C4-\\u00C7\\u00CB\\u00CE-\\u00D1\\u00D6-\\u00D8\\u00DB\\u00DC\\u00DE\\u00DF"
					+ "\\u00E4-\\u00E7\\u00EB\\u00EE\\u00EF\\u00F1\\u00F6-\\u00F8\\u00FB\\u00FC\\u00FE\\u00FF]");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern QUESTION_IN_WORD = Pattern.compile("\\p{L}\\?+\\p{L}");

	private int letters;

	private int foreign;

	private int questionMarks;

	/**
	 * Looks at one cell of text.
	 * @param text the cell
	 */
	void observe(String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		this.letters += count(LETTER, text);
		this.foreign += count(FOREIGN, text);
		this.questionMarks += count(QUESTION_IN_WORD, text);
	}

	/**
	 * Whether the text seen is in a legacy font encoding.
	 * @return {@code true} for TCVN3 or VNI text
	 */
	boolean legacyFont() {
		return this.foreign >= 3 && this.foreign * 100 >= this.letters;
	}

	/**
	 * Whether letters of the text seen were replaced by question marks.
	 * @return {@code true} when several words hold question marks
	 */
	boolean questionMarks() {
		return this.questionMarks >= 2;
	}

	/**
	 * Whether one cell shows a sign of either problem, to quote it in the message.
	 * @param text the cell
	 * @return {@code true} when it holds a foreign letter or a question mark inside a
	 * word
	 */
	static boolean isSuspect(String text) {
		return text != null && (FOREIGN.matcher(text).find() || QUESTION_IN_WORD.matcher(text).find());
	}

	private static int count(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

}
