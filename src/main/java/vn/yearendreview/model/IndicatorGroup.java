package vn.yearendreview.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields a resolution's indicators are grouped under, in the order the review lists
 * them.
 */
public enum IndicatorGroup {

	KINH_TE("Kinh tế", "economy"),

	VAN_HOA_XA_HOI("Văn hóa – xã hội", "Văn hóa xã hội", "culture and society", "society"),

	MOI_TRUONG("Môi trường", "environment"),

	QUOC_PHONG_AN_NINH("Quốc phòng – an ninh", "Quốc phòng an ninh", "defence and security", "security"),

	XAY_DUNG_DANG("Xây dựng Đảng", "Party building");

	private final List<String> names;

	/**
	 * @param names the names a cell may give it besides its code, matched without case
	 * and tone marks: its Vietnamese name as printed first
	 */
	IndicatorGroup(String... names) {
		this.names = List.of(names);
	}

	/**
	 * Its Vietnamese name, as the review prints it and a department writes it in the
	 * {@code Lĩnh vực} column.
	 * @return e.g. {@code Văn hóa – xã hội}
	 */
	public String vietnameseName() {
		return this.names.get(0);
	}

	/**
	 * The code written in the catalog, e.g. {@code kinh_te}.
	 * @return the code
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The group a catalog cell names, by code or by name, ignoring case and tone marks.
	 * @param text the cell
	 * @return the group, empty when none matches
	 */
	public static Optional<IndicatorGroup> fromText(String text) {
		String key = HeaderMatcher.key(text);
		return Arrays.stream(values())
			.filter((group) -> HeaderMatcher.key(group.code()).equals(key)
					|| group.names.stream().anyMatch((name) -> HeaderMatcher.key(name).equals(key)))
			.findFirst();
	}

}
