package vn.yearendreview.distribution;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names of personal copies: the copy number and the recipient's name in plain ASCII
 * ({@code 03-pham-van-hau.pdf}), safe on every file system and in any e-mail client.
 */
final class CopyName {

	private static final int MAX_NAME_LENGTH = 60;

	private CopyName() {
	}

	/**
	 * The file name of a copy.
	 * @param number the copy number, from 1
	 * @param total how many copies there are
	 * @param recipient the recipient's name
	 * @return e.g. {@code 03-pham-van-hau.pdf}
	 */
	public static String of(int number, int total, String recipient) {
		String slug = ascii(recipient);
		return copyNumber(number, total) + (slug.isEmpty() ? "" : "-" + slug) + ".pdf";
	}

	/**
	 * The copy number as printed: at least two digits, as many as the total needs.
	 * @param number the copy number
	 * @param total how many copies there are
	 * @return e.g. {@code 03} of 15, {@code 007} of 120
	 */
	public static String copyNumber(int number, int total) {
		int width = Math.max(2, String.valueOf(total).length());
		return String.format(Locale.ROOT, "%0" + width + "d", number);
	}

	/**
	 * A name in lower-case ASCII words joined by hyphens: tone marks and diacritics
	 * dropped, {@code đ} as {@code d}, anything else that is not a letter or digit a word
	 * break.
	 * @param name the name as written
	 * @return e.g. {@code pham-van-hau} for {@code Phạm Văn Hậu}, empty when nothing is
	 * left
	 */
	public static String ascii(String name) {
		String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		StringBuilder slug = new StringBuilder();
		boolean pendingBreak = false;
		for (int i = 0; i < decomposed.length() && slug.length() < MAX_NAME_LENGTH; i++) {
			char c = Character.toLowerCase(decomposed.charAt(i));
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (pendingBreak && slug.length() > 0) {
					slug.append('-');
				}
				slug.append(c);
				pendingBreak = false;
			}
			else if (Character.getType(c) != Character.NON_SPACING_MARK) {
				pendingBreak = true;
			}
		}
		return slug.toString();
	}

}
