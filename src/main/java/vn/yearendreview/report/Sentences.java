package vn.yearendreview.report;

import java.util.List;
import java.util.Locale;

/**
 * Paragraphs and names as they read inside a sentence or at its end: the first letter
 * small unless a proper noun, a full stop added or taken away.
 */
final class Sentences {

	/**
	 * Words that keep their capital inside a sentence: the Party, the State, the people
	 * and the bodies named as proper nouns.
	 */
	private static final List<String> PROPER = List.of("Đảng", "Nhà nước", "Nhân dân", "Chính phủ", "Quốc hội",
			"Trung ương", "Mặt trận", "Việt Nam", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Hội đồng nhân dân",
			"Ủy ban nhân dân", "Bác Hồ", "Chủ tịch Hồ Chí Minh");

	/** The same for the English edition. */
	private static final List<String> PROPER_EN = List.of("State", "Party", "People", "Government", "National",
			"Provincial", "Resolution", "Vietnam", "Viet Nam", "Ho Chi Minh", "I");

	private Sentences() {
	}

	/**
	 * A name or a paragraph as it reads inside a sentence: its first letter small, unless
	 * it starts with a proper noun ("Đảng", "Ủy ban nhân dân tỉnh"; "State" in the
	 * English edition), a name of two capitalised words ("Ban Thường vụ") or an
	 * abbreviation ("GRDP"); in the English edition a name still in Vietnamese stays as
	 * written.
	 * @param text the text as written
	 * @param locale the language of the document
	 * @return the text inside a sentence
	 */
	static String midSentence(String text, Locale locale) {
		if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
			return text;
		}
		boolean vietnamese = "vi".equals(locale.getLanguage());
		if (!vietnamese && !text.split("\\s+", 2)[0].matches("[A-Za-z]+")) {
			// a Vietnamese name in the English edition, quoted as written
			return text;
		}
		for (String proper : vietnamese ? PROPER : PROPER_EN) {
			if (text.startsWith(proper)
					&& (text.length() == proper.length() || !Character.isLetter(text.charAt(proper.length())))) {
				return text;
			}
		}
		String[] words = text.split("\\s+", 3);
		if (words[0].length() > 1 && Character.isUpperCase(words[0].charAt(1))) {
			return text;
		}
		if (words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0))) {
			return text;
		}
		return text.substring(0, 1).toLowerCase(locale) + text.substring(1);
	}

	/** A paragraph without the full stop it ends with. */
	static String withoutFinalStop(String text) {
		return text.endsWith(".") ? text.substring(0, text.length() - 1).stripTrailing() : text;
	}

	/** A paragraph as written, with a full stop when it ends without one. */
	static String finalStop(String text) {
		return (text.endsWith(".") || text.endsWith("!") || text.endsWith("?") || text.endsWith(":")
				|| text.endsWith(";")) ? text : text + ".";
	}

}
