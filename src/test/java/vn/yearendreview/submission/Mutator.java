package vn.yearendreview.submission;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages copies of a whole meeting pack the ways files get damaged between a department
 * or the office and the planner. Any file may be damaged in its bytes: bytes flipped,
 * files cut short, delimiters, quotes, byte-order marks, NULs, {@code sep=} lines and
 * line breaks inserted, lines repeated, lost or moved, a huge cell pasted in, a file
 * saved again in another encoding or emptied. A CSV may also get a wrong value in a cell
 * as a person types one (a month 13, copies "nhiều", a figure "n/a"), invisible
 * characters pasted into a cell, a column renamed or deleted; the settings file an
 * unknown or misspelt key, a wrong value, a needed value emptied, a comment line
 * uncommented, a broken escape, invisible characters, a byte-order mark or UTF-16 from
 * Notepad. Deterministic for a seed.
 *
 * <p>
 * No value this class writes contains what a document must never print (the word null, a
 * template expression, an unfilled message argument, "Exception"), so that finding one in
 * a document is always the program's doing.
 */
final class Mutator {

	/**
	 * The files of a meeting pack, each damaged in its own ways and checked by its own
	 * rules.
	 */
	enum FileKind {

		/** A department's indicator figures. */
		FIGURES,
		/** A department's narrative points ({@code *-nhan-dinh.csv}). */
		NARRATIVE,
		/** A department's task registrations ({@code *-nhiem-vu-<year>.csv}). */
		TASKS,
		/** {@code catalog/indicators.csv}. */
		INDICATORS,
		/** {@code catalog/departments.csv}. */
		DEPARTMENTS,
		/** {@code catalog/history.csv}. */
		HISTORY,
		/** {@code catalog/recipients.csv}. */
		RECIPIENTS,
		/** {@code catalog/report.properties}. */
		SETTINGS;

		/**
		 * The kind of a file of the pack.
		 * @param name its name relative to the input folder
		 * @return its kind
		 */
		static FileKind of(String name) {
			return switch (name) {
				case CatalogReader.INDICATORS -> INDICATORS;
				case CatalogReader.DEPARTMENTS -> DEPARTMENTS;
				case History.FILE -> HISTORY;
				case Recipients.FILE -> RECIPIENTS;
				case "catalog/report.properties" -> SETTINGS;
				default -> name.endsWith("-nhan-dinh.csv") ? NARRATIVE : name.contains("-nhiem-vu-") ? TASKS : FIGURES;
			};
		}

		/**
		 * Whether a run that cannot use the file stops before any work (exit 2) instead
		 * of listing its problems in the data check.
		 * @return {@code true} for the catalog and the settings
		 */
		boolean stopsTheRun() {
			return this == INDICATORS || this == DEPARTMENTS || this == SETTINGS;
		}

	}

	/** The kinds of damage, each a way a real file gets broken. */
	enum Kind {

		// any file, in its bytes
		FLIP_BYTES, TRUNCATE, INSERT_DELIMITER, INSERT_QUOTE, INSERT_BOM, INSERT_NUL, SEP_LINE, LINE_BREAK,
		DUPLICATE_LINE, DROP_LINE, HUGE_FIELD, HUGE_NUMBER, UTF_16, WINDOWS_1258, LATIN_1, SWAP_LINES, EMPTY_FILE,
		/** Saved by Notepad or Excel with a byte-order mark in front. */
		LEADING_BOM,
		/** Saved as "Unicode" by Notepad or Excel: UTF-16 little-endian with its mark. */
		UTF_16_LE,
		/**
		 * Zero-width space, no-break space, soft hyphen... pasted into a cell or setting.
		 */
		INVISIBLE_CHARACTER,

		// a CSV file
		/** A cell typed wrong for its column. */
		BAD_CELL,
		/** A column heading renamed. */
		RENAME_HEADER,
		/** A column deleted, heading and cells. */
		DROP_COLUMN,

		// the settings file
		/** A key the program does not know: misspelt, translated, a password. */
		UNKNOWN_KEY,
		/** A value of a known key typed wrong. */
		BAD_SETTING,
		/** A value emptied. */
		EMPTY_SETTING,
		/** A comment line made a setting by deleting its {@code #}. */
		UNCOMMENT,
		/** A backslash that breaks the line or a {@code \\u} escape. */
		BAD_ESCAPE;

		private static final List<Kind> ANY = List.of(FLIP_BYTES, TRUNCATE, INSERT_DELIMITER, INSERT_QUOTE, INSERT_BOM,
				INSERT_NUL, SEP_LINE, LINE_BREAK, DUPLICATE_LINE, DROP_LINE, HUGE_FIELD, HUGE_NUMBER, UTF_16,
				WINDOWS_1258, LATIN_1, SWAP_LINES, EMPTY_FILE, LEADING_BOM, UTF_16_LE, INVISIBLE_CHARACTER);

		/**
		 * The damage a file of a kind may get.
		 * @param file the kind of file
		 * @return the kinds of damage
		 */
		static List<Kind> of(FileKind file) {
			List<Kind> kinds = new ArrayList<>(ANY);
			if (file == FileKind.SETTINGS) {
				kinds.addAll(List.of(UNKNOWN_KEY, BAD_SETTING, BAD_SETTING, EMPTY_SETTING, UNCOMMENT, BAD_ESCAPE));
			}
			else {
				// a wrong value is what a person most often leaves in a file
				kinds.addAll(List.of(BAD_CELL, BAD_CELL, BAD_CELL, RENAME_HEADER, DROP_COLUMN));
			}
			return List.copyOf(kinds);
		}

	}

	private static final byte[][] DELIMITERS = { { ',' }, { ';' }, { '\t' } };

	private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	/** Characters that do not show where they are pasted. */
	private static final String[] INVISIBLE = { "\u200B", "\u00A0", "\u00AD", "\uFEFF", "\u200E", "\u200C", "\u2060",
			"\u202F", "\t", "\u3000" };

	private static final String[] CODES = { "", " ", "SKHĐT", "S KHDT", "SKHDT.", "../SKHDT", "skhdt", "SỞ KH&ĐT",
			"SKHDT_SKHDT_SKHDT_SKHDT_SKHDT_SKHDT", "SGDDT", "XYZ", "KT1", "kt01", "KT-01", "ZZ99", "#N/A", "=A1" };

	private static final String[] YEARS = { "", "2O23", "2022", "2024", "2025", "23", "năm 2023", "2023.0", "-2023",
			"99999999999", "2023-2024", "2.023", "１２３" };

	private static final String[] NUMBERS = { "", "n/a", "#N/A", "#DIV/0!", "-", "–", "1.234.567,89", "1,234.5", "9,4%",
			"10–11", "trên", "1e5", "-0", "0", "-5", "12.5.3", "9,4,1", "(1.200)", "1 200", "9.4 %", "≈ 9",
			"999999999999999999999", "0,0000000000000000001", "chưa có số liệu", "10-11-12", "từ 10 đến", "≥", "3/4" };

	private static final String[] TEXTS = { "", "=HYPERLINK(\"http://x\")", "+84 912 345 678", "@SUM(A1:A3)",
			"-giảm so với cùng kỳ", "Tæng vèn ®Çu t­", "Đạt kế hoạch 🎉", "dòng một\ndòng hai", "ngoặc \"kép\" trong ô",
			"a;b,c\td", "Tỷ lệ hộ nghèo (theo chuẩn mới)" };

	private static final String[] GROUPS = { "", "Kinh te", "Kinh tế - xã hội", "kinh_te ", "KT", "xa_hoi", "Văn hoá",
			"Môi trường sinh thái", "kinhte", "6" };

	private static final String[] POINT_KINDS = { "", "Thành tựu", "ket qua", "KQ", "Kết quả", "Nhiệm vụ năm 2024",
			"han che", "Khó khăn" };

	private static final String[] ORDERS = { "", "một", "1.5", "-1", "99999999999", "1a", "0" };

	private static final String[] MONTHS = { "", "13", "0", "Quý V", "Q5", "Tháng 3", "T 3", "tháng mười", "III",
			"12/2024", "Cả năm", "Quý 2", "q.2", "6 tháng" };

	private static final String[] LEVELS = { "", "UBND", "BTV ", "Ban Thường Vụ", "HĐND", "BCH, BTV", "Tỉnh ủy", "tt" };

	private static final String[] YES_NO = { "", "có", "không", "maybe", "x", "?", "Có (1)", "yes/no", "Đ" };

	private static final String[] TERM_KINDS = { "", "bình quan", "cumulative", "lũy kế ", "trung bình", "năm cuối",
			"average;total" };

	private static final String[] COPIES = { "", "nhiều", "0", "1000", "2 bản", "-1", "1,5", "01", "2.0", "một",
			"99999999999" };

	private static final Map<String, String[]> BAD_VALUES = new LinkedHashMap<>();

	static {
		for (String column : List.of("department", "don_vi", "ma_don_vi", "indicator", "ma_chi_tieu")) {
			BAD_VALUES.put(column, CODES);
		}
		for (String column : List.of("year", "nam")) {
			BAD_VALUES.put(column, YEARS);
		}
		for (String column : List.of("plan", "ke_hoach", "kh", "plan_next", "actual", "thuc_hien", "uth",
				"uoc_thuc_hien", "previous", "cung_ky", "th_nam_truoc", "value", "term_target", "max_change")) {
			BAD_VALUES.put(column, NUMBERS);
		}
		for (String column : List.of("group", "linh_vuc")) {
			BAD_VALUES.put(column, GROUPS);
		}
		for (String column : List.of("kind", "loai")) {
			BAD_VALUES.put(column, POINT_KINDS);
		}
		for (String column : List.of("order", "thu_tu")) {
			BAD_VALUES.put(column, ORDERS);
		}
		for (String column : List.of("month", "thang")) {
			BAD_VALUES.put(column, MONTHS);
		}
		for (String column : List.of("level", "cap_xem_xet")) {
			BAD_VALUES.put(column, LEVELS);
		}
		for (String column : List.of("resolution", "expected", "bounded")) {
			BAD_VALUES.put(column, YES_NO);
		}
		BAD_VALUES.put("term_kind", TERM_KINDS);
		BAD_VALUES.put("copies", COPIES);
	}

	/**
	 * Keys a person misspells, translates or adds, and the passwords the file refuses.
	 */
	private static final String[] UNKNOWN_KEYS = { "signer.nam=Nguyễn Đức Thanh", "isuer=TỈNH ỦY NINH THUẬN",
			"ngay=2023-12-05", "Ngày ký=05/12/2023", "Issuer=TỈNH ỦY", "signer.name.fr=Nguyen", "nearly_achieved=95",
			"term_name=Nhiệm kỳ 2021 – 2025", "sign.password=123456", "protect.owner_password=matkhau", "so_ban=15" };

	/** Wrong values of known keys, as a person types them. */
	private static final Map<String, String[]> BAD_SETTINGS = new LinkedHashMap<>();

	static {
		BAD_SETTINGS.put("date", new String[] { "05/12/2023", "2023-12-5", "2023-13-05", "ngày 5 tháng 12 năm 2023",
				"2023-02-30", "2023‐12‐05", "99999-12-05" });
		BAD_SETTINGS.put("term", new String[] { "2021 - 2030", "2025-2021", "2021", "nhiệm kỳ 2021-2025",
				"2021-2025-2030", "2021–2025", "2021—2025", "0000-0001", "2021-2025 " });
		BAD_SETTINGS.put("draft", new String[] { "lần 1", "1a", "100", "-1", "01", "I" });
		BAD_SETTINGS.put("plan_year", new String[] { "23", "năm 2023", "2023.0", "20233", "2024", "0000", "2022" });
		BAD_SETTINGS.put("number", new String[] { "125/BC", "Số 125", "１２５", "-" });
		BAD_SETTINGS.put("symbol", new String[] { "BC-TU", "BC", "/", "BC/TU/TU" });
		BAD_SETTINGS.put("nearly_achieved_percent",
				new String[] { "95%", "0", "100", "chín lăm", "95,5", "-5", "1e2", "95.5.1" });
		BAD_SETTINGS.put("deadline", new String[] { "10/12/2024", "2024-12-32", "2024-12-10T00:00" });
		BAD_SETTINGS.put("term.name", new String[] { "Nhiệm kỳ " + "2021 – 2025 ".repeat(300) });
		BAD_SETTINGS.put("issuer", new String[] { "TỈNH ỦY NINH THUẬN ".repeat(200), "tỉnh ủy" });
		BAD_SETTINGS.put("resolution.number", new String[] { "12-NQ/TU", "Số: 12" });
	}

	private final SplittableRandom random;

	Mutator(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/**
	 * A damaged copy of the files of a pack.
	 * @param files the good files by name (submissions at the top; names with
	 * {@code catalog/} for reference files)
	 * @param damaged receives the kinds applied, for the report of a failing round
	 * @return the files, one to three of them damaged one to three times each
	 */
	Map<String, byte[]> mutate(Map<String, byte[]> files, List<String> damaged) {
		Map<String, byte[]> copy = new LinkedHashMap<>(files);
		List<String> names = List.copyOf(copy.keySet());
		int count = 1 + this.random.nextInt(3);
		for (int i = 0; i < count; i++) {
			String name = names.get(this.random.nextInt(names.size()));
			List<Kind> kinds = Kind.of(FileKind.of(name));
			int times = 1 + this.random.nextInt(3);
			for (int t = 0; t < times; t++) {
				Kind kind = kinds.get(this.random.nextInt(kinds.size()));
				copy.put(name, apply(kind, FileKind.of(name), copy.get(name)));
				damaged.add(name + ":" + kind);
			}
		}
		return copy;
	}

	/**
	 * The files a round damaged, from what {@link #mutate} reported.
	 * @param damaged the damage, {@code name:KIND}
	 * @return the names, each once
	 */
	static List<String> files(List<String> damaged) {
		return damaged.stream().map((entry) -> entry.substring(0, entry.lastIndexOf(':'))).distinct().toList();
	}

	/**
	 * Damages a file once.
	 * @param kind the damage
	 * @param fileKind what the file is
	 * @param file its bytes
	 * @return the damaged bytes
	 */
	byte[] apply(Kind kind, FileKind fileKind, byte[] file) {
		return switch (kind) {
			case FLIP_BYTES -> flip(file);
			case TRUNCATE -> (file.length == 0) ? file : slice(file, 0, this.random.nextInt(file.length));
			case INSERT_DELIMITER -> insert(file, DELIMITERS[this.random.nextInt(DELIMITERS.length)]);
			case INSERT_QUOTE -> insert(file, new byte[] { '"' });
			case INSERT_BOM -> insert(file, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			case INSERT_NUL -> insert(file, new byte[] { 0 });
			case SEP_LINE -> concat(("sep=" + ";,\t|".charAt(this.random.nextInt(4)) + "\r\n").getBytes(), file);
			case LINE_BREAK -> insert(file, this.random.nextBoolean() ? new byte[] { '\n' } : new byte[] { '\r' });
			case DUPLICATE_LINE -> lines(file, true);
			case DROP_LINE -> lines(file, false);
			case HUGE_FIELD -> insert(file,
					huge(1 + this.random.nextInt(200_000), "Tỷ lệ hộ nghèo ").getBytes(StandardCharsets.UTF_8));
			case HUGE_NUMBER -> insert(file, huge(1 + this.random.nextInt(200_000), "9").getBytes());
			case UTF_16 -> reencode(file, StandardCharsets.UTF_16);
			case WINDOWS_1258 -> reencode(file, WINDOWS_1258);
			case LATIN_1 -> reencode(file, StandardCharsets.ISO_8859_1);
			case SWAP_LINES -> swap(file);
			case EMPTY_FILE -> new byte[0];
			case LEADING_BOM -> concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, file);
			case UTF_16_LE -> concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
					new String(file, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
			case INVISIBLE_CHARACTER -> (fileKind == FileKind.SETTINGS) ? editSetting(file, this::invisible)
					: editCell(file, this::invisible, this.random.nextInt(4) == 0);
			case BAD_CELL -> editCell(file, this::badValue);
			case RENAME_HEADER -> renameHeader(file);
			case DROP_COLUMN -> dropColumn(file);
			case UNKNOWN_KEY -> addLine(file, pick(UNKNOWN_KEYS));
			case BAD_SETTING -> badSetting(file);
			case EMPTY_SETTING -> editSetting(file, (key, value) -> "");
			case UNCOMMENT -> uncomment(file);
			case BAD_ESCAPE -> editSetting(file, this::badEscape);
		};
	}

	private byte[] flip(byte[] file) {
		byte[] copy = file.clone();
		int flips = 1 + this.random.nextInt(8);
		for (int i = 0; i < flips && copy.length > 0; i++) {
			copy[this.random.nextInt(copy.length)] ^= (byte) (1 << this.random.nextInt(8));
		}
		return copy;
	}

	private byte[] insert(byte[] file, byte[] what) {
		int at = (file.length == 0) ? 0 : this.random.nextInt(file.length + 1);
		return concat(slice(file, 0, at), what, slice(file, at, file.length));
	}

	private String huge(int length, String unit) {
		StringBuilder text = new StringBuilder(length + unit.length());
		while (text.length() < length) {
			text.append(unit);
		}
		return text.substring(0, length);
	}

	private byte[] reencode(byte[] file, Charset charset) {
		String text = new String(file, StandardCharsets.UTF_8);
		return text.getBytes(charset);
	}

	private byte[] lines(byte[] file, boolean duplicate) {
		List<byte[]> lines = split(file);
		if (lines.isEmpty()) {
			return file;
		}
		int at = this.random.nextInt(lines.size());
		if (duplicate) {
			lines.add(at, lines.get(at));
		}
		else {
			lines.remove(at);
		}
		return join(lines);
	}

	private byte[] swap(byte[] file) {
		List<byte[]> lines = split(file);
		if (lines.size() < 2) {
			return file;
		}
		int a = this.random.nextInt(lines.size());
		int b = this.random.nextInt(lines.size());
		byte[] line = lines.get(a);
		lines.set(a, lines.get(b));
		lines.set(b, line);
		return join(lines);
	}

	// ---- damage to a file's text: cells, headings, settings

	/** A cell of a CSV line, as it is written (with its quotes), and its heading. */
	private record Cell(int line, int start, int end, String heading) {

	}

	/** Gives the new text of a cell from its column's folded heading and its text. */
	private interface CellEdit {

		String edit(String heading, String text);

	}

	/** Gives the new value of a setting from its key and value. */
	private interface SettingEdit {

		String edit(String key, String value);

	}

	private String badValue(String heading, String text) {
		String[] values = BAD_VALUES.get(heading);
		if (values == null || this.random.nextInt(4) == 0) {
			// a text pasted into any column, or a cell just over what is read
			return switch (this.random.nextInt(4)) {
				case 0 -> huge(2_001, "Nội dung dài ");
				case 1 -> huge(10_001, "Nội dung dài ");
				default -> pick(TEXTS);
			};
		}
		return pick(values);
	}

	/** An invisible character somewhere in a text. */
	private String invisible(String heading, String text) {
		int at = this.random.nextInt(text.length() + 1);
		return text.substring(0, at) + pick(INVISIBLE) + text.substring(at);
	}

	/**
	 * A backslash as people write one: at the end of a value (the next line joins it), in
	 * a Windows path, or a {@code \\u} escape that is not one.
	 */
	private String badEscape(String key, String value) {
		return switch (this.random.nextInt(3)) {
			case 0 -> value + "\\";
			case 1 -> value + " D:\\chu-ky-so\\tinh-uy";
			default -> value.substring(0, value.length() / 2) + pick("\\u00", "\\u12G4", "\\uD83D")
					+ value.substring(value.length() / 2);
		};
	}

	private byte[] editCell(byte[] file, CellEdit edit) {
		return editCell(file, edit, false);
	}

	private byte[] editCell(byte[] file, CellEdit edit, boolean headerToo) {
		FileText text = FileText.of(file);
		List<String> lines = text.lines();
		List<Cell> cells = cells(lines, headerToo);
		if (cells.isEmpty()) {
			return file;
		}
		Cell cell = cells.get(this.random.nextInt(cells.size()));
		String line = lines.get(cell.line());
		String value = unquote(line.substring(cell.start(), cell.end()));
		String edited = edit.edit(cell.heading(), value);
		lines.set(cell.line(),
				line.substring(0, cell.start()) + quote(edited, delimiter(lines)) + line.substring(cell.end()));
		return text.with(lines);
	}

	private byte[] renameHeader(byte[] file) {
		FileText text = FileText.of(file);
		List<String> lines = text.lines();
		int header = headerLine(lines);
		if (header < 0) {
			return file;
		}
		List<int[]> spans = spans(lines.get(header), delimiter(lines));
		int[] span = spans.get(this.random.nextInt(spans.size()));
		String line = lines.get(header);
		String name = unquote(line.substring(span[0], span[1])).replace("\uFEFF", "");
		String renamed = switch (this.random.nextInt(7)) {
			case 0 -> name + " (2)";
			case 1 -> name.isEmpty() ? "x" : name.substring(0, name.length() - 1);
			case 2 -> "Cột " + (spans.indexOf(span) + 1);
			case 3 -> name + " " + name;
			case 4 -> pick("Loại", "kind", "Tháng", "month", "indicator", "Mã chỉ tiêu");
			case 5 -> "Column1";
			default -> name.replace(" ", "").replace("_", "");
		};
		String prefix = line.substring(span[0], span[1]).startsWith("\uFEFF") ? "\uFEFF" : "";
		lines.set(header,
				line.substring(0, span[0]) + prefix + quote(renamed, delimiter(lines)) + line.substring(span[1]));
		return text.with(lines);
	}

	private byte[] dropColumn(byte[] file) {
		FileText text = FileText.of(file);
		List<String> lines = text.lines();
		int header = headerLine(lines);
		if (header < 0) {
			return file;
		}
		char delimiter = delimiter(lines);
		int column = this.random.nextInt(spans(lines.get(header), delimiter).size());
		for (int i = header; i < lines.size(); i++) {
			String line = lines.get(i);
			List<int[]> spans = spans(line, delimiter);
			if (column >= spans.size() || spans.size() == 1) {
				continue;
			}
			// the cell and the delimiter before it (after it for the first)
			int from = (column == 0) ? spans.get(0)[0] : spans.get(column - 1)[1];
			int to = (column == 0) ? spans.get(1)[0] : spans.get(column)[1];
			String bom = (column == 0 && i == header && line.startsWith("\uFEFF")) ? "\uFEFF" : "";
			lines.set(i, line.substring(0, from) + bom + line.substring(to));
		}
		return text.with(lines);
	}

	private byte[] badSetting(byte[] file) {
		List<String> keys = List.copyOf(BAD_SETTINGS.keySet());
		String key = keys.get(this.random.nextInt(keys.size()));
		String value = pick(BAD_SETTINGS.get(key));
		FileText text = FileText.of(file);
		for (String line : text.lines()) {
			if (line.startsWith(key + "=")) {
				return editSetting(file, key, (k, v) -> value);
			}
		}
		return addLine(file, key + "=" + value);
	}

	private byte[] editSetting(byte[] file, SettingEdit edit) {
		FileText text = FileText.of(file);
		List<String> keys = new ArrayList<>();
		for (String line : text.lines()) {
			Matcher setting = SETTING.matcher(line);
			if (setting.matches()) {
				keys.add(setting.group(1));
			}
		}
		if (keys.isEmpty()) {
			return file;
		}
		return editSetting(file, keys.get(this.random.nextInt(keys.size())), edit);
	}

	private static final Pattern SETTING = Pattern.compile("([^#!\\s=][^=]*)=(.*?)(\\r?\\n?)");

	private byte[] editSetting(byte[] file, String key, SettingEdit edit) {
		FileText text = FileText.of(file);
		List<String> lines = text.lines();
		for (int i = 0; i < lines.size(); i++) {
			Matcher setting = SETTING.matcher(lines.get(i));
			if (setting.matches() && setting.group(1).equals(key)) {
				lines.set(i, key + "=" + edit.edit(key, setting.group(2)) + setting.group(3));
				return text.with(lines);
			}
		}
		return file;
	}

	private byte[] addLine(byte[] file, String line) {
		FileText text = FileText.of(file);
		List<String> lines = text.lines();
		String end = (lines.isEmpty() || lines.get(0).endsWith("\r\n")) ? "\r\n" : "\n";
		int at = this.random.nextInt(lines.size() + 1);
		if (at == lines.size() && at > 0 && !lines.get(at - 1).endsWith("\n")) {
			lines.set(at - 1, lines.get(at - 1) + end);
		}
		lines.add(at, line + end);
		return text.with(lines);
	}

	private byte[] uncomment(byte[] file) {
		FileText text = FileText.of(file);
		List<String> lines = text.lines();
		List<Integer> comments = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("#")) {
				comments.add(i);
			}
		}
		if (comments.isEmpty()) {
			return file;
		}
		int at = comments.get(this.random.nextInt(comments.size()));
		lines.set(at, lines.get(at).replaceFirst("^#\\s?", ""));
		return text.with(lines);
	}

	/**
	 * The first line that is not empty and not Excel's {@code sep=} line, -1 when none.
	 */
	private static int headerLine(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).replace("\uFEFF", "").strip();
			if (!line.isEmpty() && !line.toLowerCase(Locale.ROOT).startsWith("sep=")) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The cells of the data lines (and of the header when asked), with their headings.
	 */
	private static List<Cell> cells(List<String> lines, boolean headerToo) {
		List<Cell> cells = new ArrayList<>();
		int header = headerLine(lines);
		if (header < 0) {
			return cells;
		}
		char delimiter = delimiter(lines);
		List<String> headings = new ArrayList<>();
		String headerLine = lines.get(header);
		for (int[] span : spans(headerLine, delimiter)) {
			headings.add(fold(unquote(headerLine.substring(span[0], span[1]))));
		}
		for (int i = headerToo ? header : header + 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			List<int[]> spans = spans(lines.get(i), delimiter);
			for (int c = 0; c < spans.size(); c++) {
				cells.add(new Cell(i, spans.get(c)[0], spans.get(c)[1], (c < headings.size()) ? headings.get(c) : ""));
			}
		}
		return cells;
	}

	/** The delimiter of the header line: the most frequent of {@code ; , TAB}. */
	private static char delimiter(List<String> lines) {
		int header = headerLine(lines);
		String line = (header < 0) ? "" : lines.get(header);
		char best = ',';
		long most = -1;
		for (char candidate : new char[] { ',', ';', '\t' }) {
			long count = line.chars().filter((c) -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

	/** Where each cell of a line is, quotes included, its line break left out. */
	private static List<int[]> spans(String line, char delimiter) {
		int end = line.length();
		while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
			end--;
		}
		List<int[]> spans = new ArrayList<>();
		int start = 0;
		boolean quoted = false;
		for (int i = 0; i < end; i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				spans.add(new int[] { start, i });
				start = i + 1;
			}
		}
		spans.add(new int[] { start, end });
		return spans;
	}

	private static String unquote(String cell) {
		String text = cell.strip();
		if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
			return text.substring(1, text.length() - 1).replace("\"\"", "\"");
		}
		return cell;
	}

	private static String quote(String value, char delimiter) {
		if (value.indexOf(delimiter) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	/**
	 * A heading as the reader matches it: no accents, no case, words joined by {@code _}.
	 */
	private static String fold(String heading) {
		String plain = Normalizer.normalize(heading.replace("\uFEFF", ""), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.toLowerCase(Locale.ROOT);
		return plain.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
	}

	@SafeVarargs
	private <T> T pick(T... values) {
		return values[this.random.nextInt(values.length)];
	}

	/**
	 * A file's text for editing, which gives back the same bytes where nothing was
	 * edited: UTF-8 when the bytes are UTF-8, UTF-16 after its mark, else each byte as a
	 * character (an edit is written in Windows-1258, as an office would).
	 */
	private record FileText(String text, Charset charset, boolean bytewise) {

		static FileText of(byte[] file) {
			if (file.length >= 2 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xFE) {
				return new FileText(new String(file, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
			}
			if (file.length >= 2 && (file[0] & 0xFF) == 0xFE && (file[1] & 0xFF) == 0xFF) {
				return new FileText(new String(file, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
			}
			try {
				String text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(file))
					.toString();
				return new FileText(text, StandardCharsets.UTF_8, false);
			}
			catch (CharacterCodingException ex) {
				return new FileText(new String(file, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, true);
			}
		}

		/** The lines with their line breaks. */
		List<String> lines() {
			List<String> lines = new ArrayList<>();
			int start = 0;
			for (int i = 0; i < this.text.length(); i++) {
				if (this.text.charAt(i) == '\n') {
					lines.add(this.text.substring(start, i + 1));
					start = i + 1;
				}
			}
			if (start < this.text.length()) {
				lines.add(this.text.substring(start));
			}
			return lines;
		}

		/** The bytes of the file with its lines replaced. */
		byte[] with(List<String> lines) {
			String edited = String.join("", lines);
			if (!this.bytewise) {
				return edited.getBytes(this.charset);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			for (char c : edited.toCharArray()) {
				if (c <= 0xFF) {
					out.write(c);
				}
				else {
					// as Windows-1258 writes Vietnamese: a base letter and its tone mark
					out.writeBytes(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).getBytes(WINDOWS_1258));
				}
			}
			return out.toByteArray();
		}

	}

	/** Lines with their line break. */
	private static List<byte[]> split(byte[] file) {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < file.length; i++) {
			if (file[i] == '\n') {
				lines.add(slice(file, start, i + 1));
				start = i + 1;
			}
		}
		if (start < file.length) {
			lines.add(slice(file, start, file.length));
		}
		return lines;
	}

	private static byte[] join(List<byte[]> lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		lines.forEach(out::writeBytes);
		return out.toByteArray();
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		return Arrays.copyOfRange(bytes, from, to);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
