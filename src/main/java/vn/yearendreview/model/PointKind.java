package vn.yearendreview.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a narrative point says (DESIGN.md 9.1): a highlight of the year, a limitation, a
 * cause, or a task for next year. Each is printed in its own place of the review.
 */
public enum PointKind {

	/** Kết quả nổi bật: printed under its field in section I.1. */
	KET_QUA("ket_qua", "Kết quả nổi bật", "ket qua", "noi bat", "highlight", "highlights", "result"),
	/** Hạn chế: printed in section I.2. */
	HAN_CHE("han_che", "Hạn chế", "han che, yeu kem", "yeu kem", "limitation", "limitations"),
	/** Nguyên nhân: printed in section I.2, after the limitations. */
	NGUYEN_NHAN("nguyen_nhan", "Nguyên nhân", "nguyen nhan han che", "cause", "causes"),
	/** Nhiệm vụ năm sau: printed by field in section II.2. */
	NHIEM_VU("nhiem_vu", "Nhiệm vụ năm sau", "nhiem vu", "nhiem vu, giai phap", "task", "tasks");

	private final String code;

	private final List<String> names;

	/**
	 * @param code the code written in files and staged
	 * @param names the names a cell may give it, matched without case and tone marks: its
	 * Vietnamese name as departments write it first
	 */
	PointKind(String code, String... names) {
		this.code = code;
		this.names = List.of(names);
	}

	/**
	 * Its Vietnamese name as a department writes it in the {@code Loại} column.
	 * @return e.g. {@code Kết quả nổi bật}
	 */
	public String vietnameseName() {
		return this.names.get(0);
	}

	/**
	 * The code written in files and staged.
	 * @return e.g. {@code ket_qua}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The kind a cell names: its code or its Vietnamese or English name, with or without
	 * tone marks and in any case.
	 * @param cell the cell as written
	 * @return the kind, empty when the cell names none
	 */
	public static Optional<PointKind> of(String cell) {
		String key = HeaderMatcher.key(cell);
		return Arrays.stream(values())
			.filter((kind) -> HeaderMatcher.key(kind.code).equals(key)
					|| kind.names.stream().anyMatch((name) -> HeaderMatcher.key(name).equals(key)))
			.findFirst();
	}

	/**
	 * Looks a staged code up.
	 * @param code the code
	 * @return the kind
	 */
	public static PointKind ofCode(String code) {
		return Arrays.stream(values())
			.filter((kind) -> kind.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(code));
	}

}
