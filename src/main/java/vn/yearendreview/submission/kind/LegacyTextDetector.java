package vn.yearendreview.submission.kind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that cannot be Vietnamese as typed: letters of the old TCVN3 (ABC) and
 * VNI font encodings ({@code "Uû ban nh©n d©n"}, {@code "UÛy ban nhaân daân"}), or
 * question marks in place of letters (a file saved as ANSI on a PC set to English:
 * {@code "T?ng thu ng?n s?ch"}).
 */
public final class LegacyTextDetector {

	/**
	 * Letters of the Latin-1 range that Vietnamese does not use, and the symbols TCVN3
	 * puts letters on.
	 */
	private static final Pattern FOREIGN = Pattern.compile(
			"[\\u00A8-\\u00AF\\u00B4-\\u00BE\\u00C4-\\u00C7\\u00CB\\u00CE-\\u00D1\\u00D6-\\u00D8\\u00DB\\u00DC\\u00DE\\u00DF"
					+ "\\u00E4-\\u00E7\\u00EB\\u00EE\\u00EF\\u00F1\\u00F6-\\u00F8\\u00FB\\u00FC\\u00FE\\u00FF]");

	/**
	 * {@link #FOREIGN} as a table of the first 256 characters, for checking every row.
	 */
	private static final boolean[] FOREIGN_CHARS = new boolean[256];

	static {
		for (char c = 0; c < FOREIGN_CHARS.length; c++) {
			FOREIGN_CHARS[c] = FOREIGN.matcher(String.valueOf(c)).matches();
		}
	}

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern QUESTION_IN_WORD = Pattern.compile("\\p{L}\\?+\\p{L}");

	private int letters;

	private int foreign;

	private int questionMarks;

	/**
	 * Looks at one cell of text: a code, a name, a unit or a header.
	 * @param text the cell
	 */
	public void observe(String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		this.letters += count(LETTER, text);
		this.foreign += count(FOREIGN, text);
		this.questionMarks += count(QUESTION_IN_WORD, text);
	}

	/**
	 * Looks at a note: only the symbols legacy encodings put letters on count against it,
	 * since a note may name a foreign partner ({@code "Müller"}).
	 * @param text the note
	 */
	public void observeNote(String text) {
		if (text == null || text.isEmpty()) {
			return;
		}
		this.letters += count(LETTER, text);
		for (int i = 0; i < text.length(); i++) {
			if (isLegacySymbol(text.charAt(i)) && !isMicroSign(text, i)) {
				this.foreign++;
			}
		}
		this.questionMarks += count(QUESTION_IN_WORD, text);
	}

	/**
	 * Whether the text seen is in a legacy font encoding.
	 * @return {@code true} for TCVN3 or VNI text
	 */
	public boolean legacyFont() {
		return this.foreign >= 3 && this.foreign * 100 >= this.letters;
	}

	/**
	 * Whether letters of the text seen were replaced by question marks.
	 * @return {@code true} when several words hold question marks
	 */
	public boolean questionMarks() {
		return this.questionMarks >= 2;
	}

	/**
	 * Whether one cell shows a sign of either problem, to quote it in the message.
	 * @param text the cell
	 * @return {@code true} when it holds a foreign letter or a question mark inside a
	 * word
	 */
	public static boolean isSuspect(String text) {
		return text != null && (FOREIGN.matcher(text).find() || QUESTION_IN_WORD.matcher(text).find());
	}

	/**
	 * Whether a name or a unit holds a character that Vietnamese text never has: a letter
	 * of the Latin-1 range Vietnamese does not use, a symbol the legacy encodings put
	 * letters on, or a tone mark left on a letter that takes none
	 * ({@code "Tû lÖ hé ngh̀o"}); a letter of another script or the replacement character
	 * {@code �}, left by a file read in an encoding it was not saved in
	 * ({@code "Số xã đạt㤹㤹"}). A single such character is enough: names and units are
	 * printed in the committee's documents. The micro sign of a unit ({@code µg/m³}) is
	 * not one.
	 * @param text a name or a unit, NFC
	 * @return {@code true} when it cannot be Vietnamese as typed
	 */
	public static boolean hasForeignLetters(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < FOREIGN_CHARS.length && FOREIGN_CHARS[c] && !isMicroSign(text, i)
					|| Character.getType(c) == Character.NON_SPACING_MARK || c > '\u024F' && isOtherScript(c)) {
				return true;
			}
		}
		return false;
	}

	/** A letter not of the Latin script, or the replacement character. */
	private static boolean isOtherScript(char c) {
		return c == '\uFFFD' || Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN;
	}

	/**
	 * Whether a note holds a symbol the legacy encodings put letters on, inside a word
	 * ({@code "Kh«ng ®¹t"}), or a tone mark left on a letter that takes none. Letters of
	 * other languages are allowed: a note may name a foreign partner ({@code "Müller"}).
	 * @param text a note, NFC
	 * @return {@code true} when it cannot be Vietnamese as typed
	 */
	public static boolean hasLegacySymbols(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				return true;
			}
			if (isLegacySymbol(c) && !isMicroSign(text, i) && (isLetterAt(text, i - 1) || isLetterAt(text, i + 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLegacySymbol(char c) {
		return (c >= '\u00A8' && c <= '\u00AF') || (c >= '\u00B4' && c <= '\u00BE');
	}

	/** {@code µ} opening a word, as in {@code µg}: in TCVN3 it is a letter inside one. */
	private static boolean isMicroSign(String text, int i) {
		return text.charAt(i) == '\u00B5' && !isLetterAt(text, i - 1);
	}

	private static boolean isLetterAt(String text, int i) {
		return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
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
