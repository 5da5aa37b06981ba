package vn.yearendreview.submission;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogDepartment;
import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.CatalogIndicator;
import vn.yearendreview.model.ColumnSpec;
import vn.yearendreview.model.HeaderMatcher;
import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NumberStyle;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.SourceFolder;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TargetParser;
import vn.yearendreview.model.TermProgress;
import vn.yearendreview.model.Text;
import vn.yearendreview.submission.kind.LegacyTextDetector;

/**
 * Reads {@code catalog/indicators.csv} and {@code catalog/departments.csv}. They are the
 * planner's own files, so any problem in them stops the run with a message naming the
 * file, line and column.
 */
public final class CatalogReader {

	/** The indicators file, relative to the input folder. */
	public static final String INDICATORS = "catalog/indicators.csv";

	/** The departments file, relative to the input folder. */
	public static final String DEPARTMENTS = "catalog/departments.csv";

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]{0,31}");

	private static final Set<String> YES = Set.of("yes", "y", "x", "1", "true", "co", "c", "dung");

	private static final Set<String> NO = Set.of("no", "n", "0", "false", "khong", "k", "");

	private static final List<ColumnSpec> INDICATOR_COLUMNS = List.of(
			ColumnSpec.required("indicator", "ma_chi_tieu", "Mã chỉ tiêu"),
			ColumnSpec.required("group", "nhom", "Nhóm", "linh_vuc", "Lĩnh vực"),
			ColumnSpec.required("name", "chi_tieu", "Chỉ tiêu", "Tên chỉ tiêu"),
			ColumnSpec.optional("unit", "dvt", "ĐVT", "Đơn vị tính"),
			ColumnSpec.optional("plan", "ke_hoach", "KH", "Kế hoạch"),
			ColumnSpec.optional("plan_next", "ke_hoach_nam_sau", "KH năm sau"),
			ColumnSpec.optional("department", "don_vi", "Đơn vị", "Mã đơn vị", "Đơn vị chủ trì"),
			ColumnSpec.optional("resolution", "nghi_quyet", "Nghị quyết"),
			ColumnSpec.optional("order", "thu_tu", "Thứ tự", "STT"), ColumnSpec.optional("name_en", "ten_tieng_anh"),
			ColumnSpec.optional("unit_en", "dvt_tieng_anh"),
			ColumnSpec.optional("term_target", "muc_tieu_nhiem_ky", "Mục tiêu nhiệm kỳ"),
			ColumnSpec.optional("term_kind", "cach_tinh_nhiem_ky", "Cách tính nhiệm kỳ", "Cách tính"),
			ColumnSpec.optional("max_change", "bien_dong_toi_da", "Biến động tối đa (%)", "Biến động tối đa"),
			ColumnSpec.optional("bounded", "gioi_han_0_100", "Giới hạn 0–100"));

	private static final List<ColumnSpec> DEPARTMENT_COLUMNS = List.of(
			ColumnSpec.required("department", "don_vi", "Mã đơn vị", "Đơn vị"),
			ColumnSpec.optional("name", "ten_don_vi", "Tên đơn vị", "Tên"),
			ColumnSpec.optional("expected", "phai_nop", "Phải nộp", "Bắt buộc"));

	private final Messages messages;

	public CatalogReader(Messages messages) {
		this.messages = messages;
	}

	/**
	 * Reads the catalog of an input folder.
	 * @param inputFolder the drop folder
	 * @return the catalog, empty where its files are absent
	 * @throws CatalogException when a catalog file cannot be used
	 */
	public Catalog read(Path inputFolder) {
		return read(SourceFolder.of(inputFolder));
	}

	/**
	 * Reads the catalog of an input folder from where the run reads it.
	 * @param inputFolder the drop folder
	 * @return the catalog, empty where its files are absent
	 * @throws CatalogException when a catalog file cannot be used
	 */
	public Catalog read(SourceFolder inputFolder) {
		boolean hasIndicators = Files.isRegularFile(inputFolder.file(INDICATORS));
		List<CatalogIndicator> indicators = hasIndicators ? readIndicators(inputFolder) : List.of();
		List<CatalogDepartment> departments = Files.isRegularFile(inputFolder.file(DEPARTMENTS))
				? readDepartments(inputFolder) : List.of();
		return new Catalog(indicators, departments, hasIndicators);
	}

	private List<CatalogIndicator> readIndicators(SourceFolder folder) {
		ReferenceFile file = ReferenceFile.read(folder.file(INDICATORS), folder.shown(INDICATORS), INDICATOR_COLUMNS,
				this.messages);
		NumberStyleDetector detector = new NumberStyleDetector();
		for (ReferenceFile.Row row : file.rows()) {
			detector.observe(row.get("plan"));
			detector.observe(row.get("plan_next"));
			detector.observe(row.get("term_target"));
			detector.observe(row.get("max_change"));
		}
		NumberStyle style = detector.style(file.delimiter());
		if (style == null) {
			throw file.error(this.messages, null, null, "catalog.ambiguousNumbers",
					String.join(", ", detector.ambiguousSamples()));
		}
		List<CatalogIndicator> indicators = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		int position = 0;
		for (ReferenceFile.Row row : file.rows()) {
			position++;
			String code = code(file, row, "indicator");
			if (!seen.add(code)) {
				throw file.error(this.messages, row, "indicator", "catalog.duplicate", code);
			}
			IndicatorGroup group = null;
			String groupText = row.get("group");
			if (!Text.isBlank(groupText)) {
				group = IndicatorGroup.fromText(groupText)
					.orElseThrow(() -> file.error(this.messages, row, "group", "catalog.badGroup", groupText, String
						.join(", ", Arrays.stream(IndicatorGroup.values()).map(IndicatorGroup::code).toList())));
			}
			String name = row.get("name");
			if (Text.isBlank(name)) {
				throw file.error(this.messages, row, "name", "catalog.missing", code);
			}
			printable(file, row, "name");
			printable(file, row, "unit");
			String department = Text.isBlank(row.get("department")) ? "" : code(file, row, "department");
			Target termTarget = target(file, row, "term_target", style);
			indicators.add(new CatalogIndicator(code, group, name, nullToEmpty(row.get("unit")),
					target(file, row, "plan", style), target(file, row, "plan_next", style), department,
					yesNo(file, row, "resolution"), order(file, row, position), nullToEmpty(row.get("name_en")),
					nullToEmpty(row.get("unit_en")), termTarget, termKind(file, row, termTarget),
					maxChange(file, row, style), row.has("bounded") && yesNo(file, row, "bounded")));
		}
		return indicators;
	}

	private List<CatalogDepartment> readDepartments(SourceFolder folder) {
		ReferenceFile file = ReferenceFile.read(folder.file(DEPARTMENTS), folder.shown(DEPARTMENTS), DEPARTMENT_COLUMNS,
				this.messages);
		List<CatalogDepartment> departments = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ReferenceFile.Row row : file.rows()) {
			String code = code(file, row, "department");
			if (!seen.add(code)) {
				throw file.error(this.messages, row, "department", "catalog.duplicate", code);
			}
			String name = row.get("name");
			printable(file, row, "name");
			departments
				.add(new CatalogDepartment(code, Text.isBlank(name) ? code : name, yesNo(file, row, "expected")));
		}
		return departments;
	}

	/**
	 * Refuses a name or unit the documents would print unreadable: typed in a legacy font
	 * encoding, or garbled by a file read in an encoding it was not saved in.
	 */
	private void printable(ReferenceFile file, ReferenceFile.Row row, String column) {
		String text = Text.nfc(row.get(column));
		if (LegacyTextDetector.hasForeignLetters(text)) {
			throw file.error(this.messages, row, column, "catalog.legacyText", Problem.quote(text));
		}
	}

	private String code(ReferenceFile file, ReferenceFile.Row row, String column) {
		String value = row.get(column);
		if (Text.isBlank(value)) {
			throw file.error(this.messages, row, column, "catalog.missingCode");
		}
		if (!CODE.matcher(value).matches()) {
			throw file.error(this.messages, row, column, "catalog.badCode", value);
		}
		return value.toUpperCase(Locale.ROOT);
	}

	private Target target(ReferenceFile file, ReferenceFile.Row row, String column, NumberStyle style) {
		String text = row.get(column);
		if (Text.isBlank(text)) {
			return null;
		}
		return TargetParser.parse(text, style)
			.orElseThrow(() -> file.error(this.messages, row, column, "catalog.badTarget", text,
					this.messages.get("numberStyle." + style.name(), style.example())));
	}

	/**
	 * How a term target is measured: required with a target, refused without one, so a
	 * target is never assessed by a guessed rule.
	 */
	private TermProgress.Kind termKind(ReferenceFile file, ReferenceFile.Row row, Target termTarget) {
		String text = row.get("term_kind");
		if (Text.isBlank(text)) {
			if (termTarget != null) {
				throw file.error(this.messages, row, "term_target", "catalog.missingTermKind");
			}
			return null;
		}
		if (termTarget == null) {
			throw file.error(this.messages, row, "term_kind", "catalog.termKindWithoutTarget", text);
		}
		return TermProgress.Kind.fromFolded(HeaderMatcher.key(text))
			.orElseThrow(() -> file.error(this.messages, row, "term_kind", "catalog.badTermKind", text));
	}

	/** The largest plausible change from last year, a positive number of percent. */
	private BigDecimal maxChange(ReferenceFile file, ReferenceFile.Row row, NumberStyle style) {
		String text = row.get("max_change");
		if (Text.isBlank(text)) {
			return null;
		}
		BigDecimal value = style.parse(text);
		if (value == null || value.signum() <= 0) {
			throw file.error(this.messages, row, "max_change", "catalog.badMaxChange", text);
		}
		return value;
	}

	private boolean yesNo(ReferenceFile file, ReferenceFile.Row row, String column) {
		if (!row.has(column)) {
			return true;
		}
		String key = HeaderMatcher.key(nullToEmpty(row.get(column)));
		if (YES.contains(key)) {
			return true;
		}
		if (NO.contains(key)) {
			return false;
		}
		throw file.error(this.messages, row, column, "catalog.badYesNo", row.get(column));
	}

	private int order(ReferenceFile file, ReferenceFile.Row row, int position) {
		String text = row.get("order");
		if (Text.isBlank(text)) {
			return position;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw file.error(this.messages, row, "order", "catalog.badOrder", text);
		}
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
