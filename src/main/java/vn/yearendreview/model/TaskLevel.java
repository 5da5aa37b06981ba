package vn.yearendreview.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The level of the committee that considers a registered task, in the programme's order.
 */
public enum TaskLevel {

	/** Ban Chấp hành. */
	BCH("Ban Chấp hành", "Ban Chấp hành Đảng bộ", "Tỉnh ủy"),
	/** Ban Thường vụ. */
	BTV("Ban Thường vụ", "Ban Thường vụ Tỉnh ủy"),
	/** Thường trực. */
	TT("Thường trực", "Thường trực Tỉnh ủy");

	private final List<String> names;

	/**
	 * @param names the names a cell may give it besides its code, matched without case
	 * and tone marks: the body's full name first
	 */
	TaskLevel(String... names) {
		this.names = List.of(names);
	}

	/**
	 * The body's full name, as a department may write it in the {@code Cấp xem xét}
	 * column.
	 * @return e.g. {@code Ban Thường vụ}
	 */
	public String fullName() {
		return this.names.get(0);
	}

	/**
	 * The level a cell names: its code or the body's full name, case and accents ignored.
	 * @param text the cell
	 * @return the level, empty when the cell names none
	 */
	public static Optional<TaskLevel> of(String text) {
		String key = HeaderMatcher.key(text);
		return Arrays.stream(values())
			.filter((level) -> HeaderMatcher.key(level.name()).equals(key)
					|| level.names.stream().anyMatch((name) -> HeaderMatcher.key(name).equals(key)))
			.findFirst();
	}

}
