package vn.yearendreview.submission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.yearendreview.model.NumberStyle;

/**
 * Decides the number style of a file from its values: the first value only one style can
 * read decides; a file separated by {@code ;} with no such value is Vietnamese (the list
 * separator of Vietnamese Windows); otherwise a file whose values read differently in the
 * two styles ({@code 22.710}) cannot be decided.
 */
final class NumberStyleDetector {

	private static final Pattern NUMBER_TOKEN = Pattern.compile("\\d[\\d.,\\u00A0\\u202F ]*\\d|\\d");

	private static final int SAMPLES = 5;

	private final Set<String> ambiguous = new LinkedHashSet<>();

	private int vietnamese;

	private int english;

	/**
	 * Looks at one numeric cell or target.
	 * @param cell the cell as written
	 */
	void observe(String cell) {
		if (cell == null) {
			return;
		}
		Matcher m = NUMBER_TOKEN.matcher(cell);
		while (m.find()) {
			String token = m.group().strip();
			switch (NumberStyle.evidence(token)) {
				case VIETNAMESE -> this.vietnamese++;
				case ENGLISH -> this.english++;
				case AMBIGUOUS -> {
					if (this.ambiguous.size() < SAMPLES) {
						this.ambiguous.add(token);
					}
				}
				case NEUTRAL -> {
				}
			}
		}
	}

	/**
	 * Whether a value that only one style reads has been seen.
	 * @return {@code true} once such a value was seen
	 */
	boolean decided() {
		return this.vietnamese + this.english > 0;
	}

	/**
	 * The style of the file.
	 * @param delimiter the file's delimiter
	 * @return the style, or {@code null} when it cannot be decided
	 */
	NumberStyle style(char delimiter) {
		if (this.english > this.vietnamese) {
			return NumberStyle.ENGLISH;
		}
		if (this.vietnamese > 0 || delimiter == ';' || this.ambiguous.isEmpty()) {
			return NumberStyle.VIETNAMESE;
		}
		return null;
	}

	/**
	 * Some of the values that read differently in the two styles, for the message.
	 * @return up to five values
	 */
	List<String> ambiguousSamples() {
		return new ArrayList<>(this.ambiguous);
	}

}
