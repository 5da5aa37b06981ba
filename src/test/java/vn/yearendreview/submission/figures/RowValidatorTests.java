package vn.yearendreview.submission.figures;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogDepartment;
import vn.yearendreview.model.CatalogIndicator;
import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NumberStyle;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.StagedRow;
import vn.yearendreview.model.Target;
import vn.yearendreview.submission.kind.Defect;
import vn.yearendreview.submission.kind.FileProfile;
import vn.yearendreview.submission.kind.SourceRecord;
import vn.yearendreview.submission.kind.SubmissionColumn;
import vn.yearendreview.submission.kind.TextEncoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The checks of one submitted row: what is accepted and how, and what a department is
 * told, naming the column as its file writes it, when a cell is wrong.
 */
class RowValidatorTests {

	private static final Messages VI = Messages.of("vi");

	/** The headers of the template, in the order of {@link FigureColumn}. */
	private static final List<String> TEMPLATE = List.of("don_vi", "nam", "ma_chi_tieu", "chi_tieu", "dvt", "ke_hoach",
			"thuc_hien", "cung_ky", "ghi_chu");

	private static final Catalog CATALOG = new Catalog(
			List.of(new CatalogIndicator("KT01", IndicatorGroup.KINH_TE, "Tốc độ tăng trưởng GRDP", "%",
					Target.range(new BigDecimal("10"), new BigDecimal("11")), null, "SKHDT", true, 1),
					new CatalogIndicator("KT02", IndicatorGroup.KINH_TE, "Tổng thu ngân sách nhà nước", "tỷ đồng", null,
							null, "STC", true, 2)),
			List.of(new CatalogDepartment("SKHDT", "Sở Kế hoạch và Đầu tư", true),
					new CatalogDepartment("STC", "Sở Tài chính", true)),
			true);

	private final RowValidator validator = new RowValidator(CATALOG, VI, 2023);

	private final RowValidator withoutCatalog = new RowValidator(Catalog.empty(), VI, 2023);

	@Test
	void acceptsACompleteRowWithExactValues() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "KT01", "Tốc độ tăng trưởng GRDP", "%",
				"10-11", "9,40", "8,0", "Ước cả năm");

		StagedRow row = this.validator.check(record);

		assertThat(row.accepted()).isTrue();
		assertThat(row.reason()).isNull();
		assertThat(row.problems()).isEmpty();
		assertThat(row.fileNo()).isEqualTo(1);
		assertThat(row.line()).isEqualTo(2);
		assertThat(row.department()).isEqualTo("SKHDT");
		assertThat(row.year()).isEqualTo(2023);
		assertThat(row.indicator()).isEqualTo("KT01");
		assertThat(row.name()).isEqualTo("Tốc độ tăng trưởng GRDP");
		assertThat(row.unit()).isEqualTo("%");
		assertThat(row.plan().canonical()).isEqualTo("10-11");
		assertThat(row.actual()).isEqualByComparingTo("9.4");
		assertThat(row.actual().scale()).isEqualTo(2);
		assertThat(row.previous()).isEqualByComparingTo("8");
		assertThat(row.note()).isEqualTo("Ước cả năm");
	}

	@Test
	void codesAreTrimmedAndUpperCased() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, " skhdt ", "2023", "\u00A0kt01", "", "", "", "9,4", "",
				"");

		StagedRow row = this.validator.check(record);

		assertThat(row.accepted()).isTrue();
		assertThat(row.department()).isEqualTo("SKHDT");
		assertThat(row.indicator()).isEqualTo("KT01");
	}

	@Test
	void blankOptionalCellsAreAbsentNotEmpty() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "KT01", " ", "", "", "", "", " ");

		StagedRow row = this.validator.check(record);

		assertThat(row.accepted()).isTrue();
		assertThat(row.problems()).isEmpty();
		assertThat(row.name()).isNull();
		assertThat(row.unit()).isNull();
		assertThat(row.actual()).isNull();
		assertThat(row.previous()).isNull();
		assertThat(row.note()).isNull();
		assertThat(row.plan().canonical()).isEqualTo("10-11");
	}

	@ParameterizedTest(name = "{1} in {0} style is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			VIETNAMESE | 22.710     | 22710
			ENGLISH    | 22,710     | 22710
			ENGLISH    | 22.710     | 22.710
			VIETNAMESE | 22 710     | 22710
			VIETNAMESE | 1.234,5    | 1234.5
			VIETNAMESE | 9,4 %      | 9.4
			VIETNAMESE | -2,5       | -2.5
			""")
	void readsNumbersInTheStyleOfTheirFile(NumberStyle style, String actual, BigDecimal expected) {
		SourceRecord record = record(style, "STC", "2023", "KT02", "", "tỷ đồng", "10", actual, actual, "");

		StagedRow row = this.validator.check(record);

		assertThat(row.problems()).isEmpty();
		assertThat(row.actual()).isEqualByComparingTo(expected);
		assertThat(row.previous()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "{1} in a {0} file")
	@CsvSource(delimiter = '|', textBlock = """
			VIETNAMESE | 9.4     | kiểu Việt Nam, ví dụ 1.234,5 | 1.234,5
			VIETNAMESE | 1,234.5 | kiểu Việt Nam, ví dụ 1.234,5 | 1.234,5
			ENGLISH    | 9,4     | kiểu Anh, ví dụ 1,234.5      | 1,234.5
			ENGLISH    | 1.234,5 | kiểu Anh, ví dụ 1,234.5      | 1,234.5
			VIETNAMESE | chín    | kiểu Việt Nam, ví dụ 1.234,5 | 1.234,5
			""")
	void refusesANumberNotWrittenInTheStyleOfItsFile(NumberStyle style, String actual, String styleName,
			String example) {
		SourceRecord record = record(style, "STC", "2023", "KT02", "", "tỷ đồng", "10", actual, "", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.accepted()).isFalse();
		assertThat(row.reason()).isEqualTo(Reason.BAD_NUMBER);
		assertThat(row.actual()).isNull();
		assertThat(row.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "thuc_hien", actual,
				Reason.BAD_NUMBER, "«" + actual + "» không phải là số viết theo cách của tệp này (" + styleName
						+ "). Hãy sửa lại cho đúng, ví dụ " + example + "."));
	}

	@Test
	void aBadPreviousYearFigureNamesItsOwnColumn() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "STC", "2023", "KT02", "", "tỷ đồng", "10", "9,4", "8.5",
				"");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.BAD_NUMBER);
		assertThat(row.actual()).isEqualByComparingTo("9.4");
		assertThat(row.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.column()).isEqualTo("cung_ky");
			assertThat(problem.value()).isEqualTo("8.5");
		});
	}

	@Test
	void aNumberWithFarTooManyDigitsIsCalledSo() {
		String digits = "1234567890".repeat(4);
		SourceRecord record = record(NumberStyle.VIETNAMESE, "STC", "2023", "KT02", "", "tỷ đồng", "10", digits, "",
				"");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.BAD_NUMBER);
		assertThat(row.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "thuc_hien", digits,
				Reason.BAD_NUMBER, "«" + digits + "» có quá nhiều chữ số: một số liệu có tối đa 18 chữ số phần nguyên"
						+ " và 15 chữ số thập phân. Hãy kiểm tra lại ô này (thường do dán nhầm)."));
	}

	@Test
	void aLongValueIsQuotedShortened() {
		String text = "không có số liệu vì ".repeat(10).strip();
		SourceRecord record = record(NumberStyle.VIETNAMESE, "STC", "2023", "KT02", "", "tỷ đồng", "10", text, "", "");

		StagedRow row = this.validator.check(record);

		String quoted = text.substring(0, 99) + "…";
		assertThat(row.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.value()).isEqualTo(quoted);
			assertThat(problem.message()).startsWith("«" + quoted + "» không phải là số");
		});
	}

	@ParameterizedTest(name = "\"{1}\" ({0}) is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			VIETNAMESE | 10             | 10
			VIETNAMESE | 10 – 11        | 10-11
			VIETNAMESE | từ 10 đến 11   | 10-11
			VIETNAMESE | 8,5-9          | 8.5-9
			VIETNAMESE | ≥ 85           | >=85
			VIETNAMESE | trên 85        | >=85
			VIETNAMESE | từ 85 trở lên  | >=85
			VIETNAMESE | dưới 4         | <=4
			VIETNAMESE | không quá 4    | <=4
			VIETNAMESE | -2             | -2
			VIETNAMESE | 22.200         | 22200
			ENGLISH    | 22,200         | 22200
			ENGLISH    | 7-7.5          | 7-7.5
			""")
	void readsPlansAsPlannersWriteThem(NumberStyle style, String plan, String canonical) {
		SourceRecord record = record(style, "SKHDT", "2023", "KT09", "Chỉ tiêu mới", "%", plan, "9", "", "");

		StagedRow row = this.withoutCatalog.check(record);

		assertThat(row.problems()).isEmpty();
		assertThat(row.plan().canonical()).isEqualTo(canonical);
	}

	@ParameterizedTest(name = "\"{0}\" is not a plan")
	@ValueSource(strings = { "khoảng 10", "9.4", "11-10", "trên" })
	void refusesAPlanItCannotRead(String plan) {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "KT09", "Chỉ tiêu mới", "%", plan, "9",
				"", "");

		StagedRow row = this.withoutCatalog.check(record);

		assertThat(row.reason()).isEqualTo(Reason.BAD_TARGET);
		assertThat(row.plan()).isNull();
		assertThat(row.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "ke_hoach", plan,
				Reason.BAD_TARGET,
				"Không đọc được chỉ tiêu kế hoạch «" + plan + "». Hãy viết theo một trong các"
						+ " dạng: 10; 10-11; từ 10 đến 11; trên 85; từ 85 trở lên; dưới 4; không quá 4 (số viết kiểu"
						+ " Việt Nam, ví dụ 1.234,5)."));
	}

	@Test
	void withoutACatalogARowMustGiveItsPlan() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "KT09", "Chỉ tiêu mới", "%", "", "9", "",
				"");

		StagedRow row = this.withoutCatalog.check(record);

		assertThat(row.reason()).isEqualTo(Reason.MISSING_PLAN);
		assertThat(row.problems())
			.containsExactly(new Problem(Problem.Severity.ERROR, 2L, "ke_hoach", null, Reason.MISSING_PLAN,
					"Chỉ tiêu KT09 chưa có kế hoạch trong danh mục nên phải ghi kế hoạch ở dòng này, ví dụ 10-11."));
	}

	@Test
	void aCatalogIndicatorWithoutAPlanNeedsTheRowsPlan() {
		SourceRecord missing = record(NumberStyle.VIETNAMESE, "STC", "2023", "KT02", "", "", "", "22.710", "", "");
		SourceRecord given = record(NumberStyle.VIETNAMESE, "STC", "2023", "KT02", "", "", "22.200", "22.710", "", "");

		StagedRow withoutPlan = this.validator.check(missing);
		StagedRow withPlan = this.validator.check(given);

		assertThat(withoutPlan.reason()).isEqualTo(Reason.MISSING_PLAN);
		assertThat(withoutPlan.problems()).extracting(Problem::message)
			.containsExactly(
					"Chỉ tiêu KT02 chưa có kế hoạch trong danh mục nên phải ghi kế hoạch ở dòng này, ví dụ 10-11.");
		assertThat(withPlan.accepted()).isTrue();
		assertThat(withPlan.plan().canonical()).isEqualTo("22200");
	}

	@ParameterizedTest(name = "catalog plan 10-11, row writes \"{0}\"")
	@ValueSource(strings = { "", "10 – 11", "từ 10 đến 11", "10,0-11,00" })
	void theCatalogPlanAppliesSilentlyWhenTheRowAgrees(String plan) {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "KT01", "", "%", plan, "9,4", "", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.problems()).isEmpty();
		assertThat(row.plan().canonical()).isEqualTo("10-11");
	}

	@ParameterizedTest(name = "catalog plan 10-11, row writes \"{0}\"")
	@ValueSource(strings = { "9-10", "trên 10", "khoảng 10" })
	void aDifferentPlanIsOnlyAWarningAndTheCatalogPlanApplies(String plan) {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "KT01", "", "%", plan, "9,4", "", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.accepted()).isTrue();
		assertThat(row.plan().canonical()).isEqualTo("10-11");
		assertThat(row.problems()).containsExactly(new Problem(Problem.Severity.WARNING, 2L, "ke_hoach", plan,
				Reason.PLAN_DIFFERS, "Kế hoạch ghi «" + plan + "» khác kế hoạch của chỉ tiêu KT01 trong danh mục"
						+ " (10-11); dùng kế hoạch của danh mục."));
	}

	@ParameterizedTest(name = "indicator \"{0}\"")
	@ValueSource(strings = { "KT99", "kt99" })
	void anIndicatorOutsideTheCatalogIsRefusedAndNothingElseIsAsked(String code) {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", code, "", "", "", "9,4", "", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.UNKNOWN_INDICATOR);
		assertThat(row.indicator()).isEqualTo("KT99");
		assertThat(row.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "ma_chi_tieu", code,
				Reason.UNKNOWN_INDICATOR,
				"Mã chỉ tiêu «KT99» không có trong danh mục chỉ tiêu (catalog/indicators.csv). Hãy kiểm tra lại mã."));
	}

	@Test
	void withoutACatalogAnyIndicatorIsAcceptedWhenTheRowNamesIt() {
		SourceRecord named = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "KT99", "Chỉ tiêu mới", "", "10", "9,4",
				"", "");
		SourceRecord unnamed = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "KT99", "", "", "10", "9,4", "", "");

		StagedRow accepted = this.withoutCatalog.check(named);
		StagedRow refused = this.withoutCatalog.check(unnamed);

		assertThat(accepted.accepted()).isTrue();
		assertThat(accepted.problems()).isEmpty();
		assertThat(refused.reason()).isEqualTo(Reason.MISSING_NAME);
		assertThat(refused.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "chi_tieu", null,
				Reason.MISSING_NAME, "Chỉ tiêu KT99 không có trong danh mục nên phải ghi tên chỉ tiêu."));
	}

	@ParameterizedTest(name = "{0} without the department code: \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			SKHDT.csv         | Thiếu mã đơn vị. Hãy ghi mã đơn vị, ví dụ SKHDT.
			skhdt_bo_sung.csv | Thiếu mã đơn vị. Hãy ghi mã đơn vị, ví dụ SKHDT.
			bao-cao.csv       | Thiếu mã đơn vị. Hãy ghi mã đơn vị.
			Báo cáo.csv       | Thiếu mã đơn vị. Hãy ghi mã đơn vị.
			""")
	void aMissingDepartmentIsAskedForWithTheCodeOfTheFileWhenKnown(String fileName, String message) {
		SourceRecord record = record(profile(fileName, TEMPLATE, NumberStyle.VIETNAMESE), "", "2023", "KT01", "", "",
				"", "9,4", "", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.MISSING_DEPARTMENT);
		assertThat(row.department()).isNull();
		assertThat(row.problems()).containsExactly(
				new Problem(Problem.Severity.ERROR, 2L, "don_vi", null, Reason.MISSING_DEPARTMENT, message));
	}

	@Test
	void withoutAListOfDepartmentsTheFileNameIsTheExample() {
		SourceRecord record = record(profile("bao-cao.csv", TEMPLATE, NumberStyle.VIETNAMESE), "", "2023", "KT01",
				"Tên", "", "10", "9,4", "", "");

		StagedRow row = this.withoutCatalog.check(record);

		assertThat(row.problems()).extracting(Problem::message)
			.containsExactly("Thiếu mã đơn vị. Hãy ghi mã đơn vị, ví dụ BAO.");
	}

	@ParameterizedTest(name = "department \"{0}\"")
	@ValueSource(strings = { "SKHĐT", ".SKHDT", "../SKHDT", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456" })
	void aDepartmentCodeThatCouldSteerAFileNameIsRefused(String code) {
		SourceRecord record = record(NumberStyle.VIETNAMESE, code, "2023", "KT01", "", "", "", "9,4", "", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.BAD_DEPARTMENT);
		assertThat(row.department()).isNull();
		assertThat(row.problems()).containsExactly(
				new Problem(Problem.Severity.ERROR, 2L, "don_vi", code, Reason.BAD_DEPARTMENT, "Mã đơn vị «" + code
						+ "» không hợp lệ: chỉ dùng chữ không dấu, chữ số, «-»," + " «_» hoặc «.», tối đa 32 ký tự."));
	}

	@ParameterizedTest(name = "department \"{0}\"")
	@ValueSource(strings = { "UBND-TP.PR", "ubnd_huyen_1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345" })
	void codesOfLettersDigitsDashUnderscoreAndDotAreAccepted(String code) {
		SourceRecord record = record(NumberStyle.VIETNAMESE, code, "2023", "KT99", "Tên", "", "10", "9,4", "", "");

		StagedRow row = this.withoutCatalog.check(record);

		assertThat(row.accepted()).isTrue();
		assertThat(row.department()).isEqualTo(code.toUpperCase(Locale.ROOT));
	}

	@Test
	void aMissingIndicatorIsAskedForWithACatalogCode() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "", "", "", "10", "9,4", "", "");

		StagedRow withCatalog = this.validator.check(record);
		StagedRow withoutCatalog = this.withoutCatalog.check(record);

		assertThat(withCatalog.reason()).isEqualTo(Reason.MISSING_INDICATOR);
		assertThat(withCatalog.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "ma_chi_tieu", null,
				Reason.MISSING_INDICATOR, "Thiếu mã chỉ tiêu. Hãy ghi mã chỉ tiêu theo danh mục, ví dụ KT01."));
		assertThat(withoutCatalog.problems()).extracting(Problem::message)
			.containsExactly("Thiếu mã chỉ tiêu. Hãy ghi mã chỉ tiêu theo danh mục.");
	}

	@Test
	void aMissingYearIsAskedForWithTheYearUnderReview() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "", "KT01", "", "", "", "9,4", "", "");

		StagedRow row = new RowValidator(CATALOG, VI, 2024).check(record);

		assertThat(row.reason()).isEqualTo(Reason.MISSING_YEAR);
		assertThat(row.year()).isNull();
		assertThat(row.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "nam", null,
				Reason.MISSING_YEAR, "Thiếu năm báo cáo. Hãy ghi năm, ví dụ 2024."));
	}

	@ParameterizedTest(name = "year \"{0}\"")
	@ValueSource(strings = { "23", "20233", "2023.0", "năm 2023" })
	void aYearMustBeFourDigits(String year) {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", year, "KT01", "", "", "", "9,4", "", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.BAD_YEAR);
		assertThat(row.year()).isNull();
		assertThat(row.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "nam", year, Reason.BAD_YEAR,
				"Năm «" + year + "» không hợp lệ. Hãy ghi năm bằng 4 chữ số, ví dụ 2023."));
	}

	@ParameterizedTest(name = "year {0}")
	@ValueSource(ints = { 1999, 2024, 9999 })
	void anyFourDigitYearPassesTheRowCheckTheYearUnderReviewIsDecidedOverAllRows(int year) {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", String.valueOf(year), "KT01", "", "", "", "9,4",
				"", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.accepted()).isTrue();
		assertThat(row.year()).isEqualTo(year);
	}

	@Test
	void aDepartmentOutsideTheListIsOnlyAWarning() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "sxd", "2023", "KT01", "", "", "", "9,4", "", "");

		StagedRow listed = this.validator.check(record);
		StagedRow unlisted = this.withoutCatalog
			.check(record(NumberStyle.VIETNAMESE, "sxd", "2023", "KT99", "Tên", "", "10", "9,4", "", ""));

		assertThat(listed.accepted()).isTrue();
		assertThat(listed.department()).isEqualTo("SXD");
		assertThat(listed.problems()).containsExactly(new Problem(Problem.Severity.WARNING, 2L, "don_vi", "SXD",
				Reason.UNKNOWN_DEPARTMENT, "Đơn vị «SXD» không có trong danh sách đơn vị (catalog/departments.csv)."));
		assertThat(unlisted.problems()).isEmpty();
	}

	@Test
	void everyProblemOfARowIsReportedAndTheFirstIsItsReason() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "", "23", "KT01", "", "", "khoảng 10", "9.4", "8,0x", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.MISSING_DEPARTMENT);
		assertThat(row.problems()).extracting(Problem::severity, Problem::reason, Problem::column, Problem::value)
			.containsExactly(tuple(Problem.Severity.ERROR, Reason.MISSING_DEPARTMENT, "don_vi", null),
					tuple(Problem.Severity.ERROR, Reason.BAD_YEAR, "nam", "23"),
					tuple(Problem.Severity.WARNING, Reason.PLAN_DIFFERS, "ke_hoach", "khoảng 10"),
					tuple(Problem.Severity.ERROR, Reason.BAD_NUMBER, "thuc_hien", "9.4"),
					tuple(Problem.Severity.ERROR, Reason.BAD_NUMBER, "cung_ky", "8,0x"));
	}

	@Test
	void problemsNameTheColumnsAsTheFileWritesThem() {
		List<String> header = List.of("Mã đơn vị", "Năm", "Mã chỉ tiêu", "Tên chỉ tiêu", "ĐVT", "Kế hoạch",
				"Ước thực hiện", "TH năm trước", "Ghi chú");
		SourceRecord record = record(profile("SKHDT.csv", header, NumberStyle.VIETNAMESE), "SKHDT", "hai nghìn", "KT01",
				"", "", "", "9.4", "", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.problems()).extracting(Problem::column).containsExactly("Năm", "Ước thực hiện");
	}

	@Test
	void aColumnTheFileLacksIsNamedByItsEnglishHeader() {
		List<String> header = List.of("don_vi", "nam", "ma_chi_tieu", "thuc_hien");
		Map<SubmissionColumn, Integer> columns = new LinkedHashMap<>();
		columns.put(FigureColumn.DEPARTMENT, 0);
		columns.put(FigureColumn.YEAR, 1);
		columns.put(FigureColumn.INDICATOR, 2);
		columns.put(FigureColumn.ACTUAL, 3);
		FileProfile profile = new FileProfile(1, "SKHDT.csv", utf8(), ",", IndicatorFigures.KIND, header, header.size(),
				columns, NumberStyle.VIETNAMESE, List.of());

		StagedRow row = this.withoutCatalog.check(record(profile, "SKHDT", "2023", "KT09", "9,4"));

		assertThat(row.problems()).extracting(Problem::reason, Problem::column)
			.containsExactly(tuple(Reason.MISSING_NAME, "name"), tuple(Reason.MISSING_PLAN, "plan"));
	}

	@Test
	void aShortRowIsRefusedNamingTheFirstMissingColumn() {
		SourceRecord record = record(profile("SKHDT.csv", TEMPLATE, NumberStyle.VIETNAMESE), "skhdt", "2023", "KT01",
				"Tốc độ tăng trưởng GRDP", "%", "10-11", "9,4", "8,0");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.FIELD_COUNT);
		assertThat(row.department()).isEqualTo("SKHDT");
		assertThat(row.indicator()).isNull();
		assertThat(row.year()).isNull();
		assertThat(row.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "ghi_chu", null,
				Reason.FIELD_COUNT, "Dòng có 8 ô trong khi dòng tiêu đề có 9 cột. Hãy kiểm tra các ô có dấu phân cách"
						+ " «,» (số thập phân có dấu phẩy phải đặt trong ngoặc kép, hoặc lưu tệp với dấu phân cách «;»)."));
	}

	@Test
	void aDecimalCommaThatSplitACellMakesTheRowTooLong() {
		SourceRecord record = record(profile("SKHDT.csv", TEMPLATE, NumberStyle.VIETNAMESE), "SKHDT", "2023", "KT01",
				"Tốc độ tăng trưởng GRDP", "%", "10-11", "9", "4", "8,0", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.FIELD_COUNT);
		assertThat(row.problems()).containsExactly(new Problem(Problem.Severity.ERROR, 2L, "(cột thừa thứ 10)", null,
				Reason.FIELD_COUNT, "Dòng có 10 ô trong khi dòng tiêu đề có 9 cột. Hãy kiểm tra các ô có dấu phân cách"
						+ " «,» (số thập phân có dấu phẩy phải đặt trong ngoặc kép, hoặc lưu tệp với dấu phân cách «;»)."));
	}

	@Test
	void emptyTrailingHeaderCellsMakeRoomForEmptyTrailingCells() {
		FileProfile profile = new FileProfile(1, "SKHDT.csv", utf8(), ",", IndicatorFigures.KIND, TEMPLATE,
				TEMPLATE.size() + 1, columnsOf(TEMPLATE), NumberStyle.VIETNAMESE, List.of());

		StagedRow row = this.validator
			.check(record(profile, "SKHDT", "2023", "KT01", "", "%", "10-11", "9,4", "", "", ""));

		assertThat(row.accepted()).isTrue();
		assertThat(row.problems()).isEmpty();
	}

	@Test
	void everyRowOfARejectedFileIsRefusedWithoutAMessageOfItsOwn() {
		FileProfile profile = new FileProfile(1, "SXD.csv", utf8(), ",", IndicatorFigures.KIND, TEMPLATE,
				TEMPLATE.size(), columnsOf(TEMPLATE), null, List.of(new Problem(Problem.Severity.ERROR, null, null,
						"22.710", Reason.AMBIGUOUS_NUMBERS, "Không xác định được cách viết số của tệp.")));

		StagedRow row = this.validator
			.check(record(profile, "sxd", "2023", "KT01", "", "%", "10-11", "22.710", "", ""));

		assertThat(row.accepted()).isFalse();
		assertThat(row.reason()).isEqualTo(Reason.FILE_REJECTED);
		assertThat(row.problems()).isEmpty();
		assertThat(row.department()).isEqualTo("SXD");
		assertThat(row.indicator()).isNull();
		assertThat(row.actual()).isNull();
	}

	@Test
	void aWarningAboutTheFileDoesNotRejectItsRows() {
		FileProfile profile = new FileProfile(1, "SKHDT.csv", utf8(), ",", IndicatorFigures.KIND, TEMPLATE,
				TEMPLATE.size(), columnsOf(TEMPLATE), NumberStyle.VIETNAMESE,
				List.of(new Problem(Problem.Severity.WARNING, null, null, null, Reason.WINDOWS_1258,
						"Tệp không phải UTF-8.")));

		StagedRow row = this.validator.check(record(profile, "SKHDT", "2023", "KT01", "", "%", "10-11", "9,4", "", ""));

		assertThat(row.accepted()).isTrue();
		assertThat(row.problems()).isEmpty();
	}

	@ParameterizedTest(name = "{0} in cell {1}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					CELL_TOO_LONG      | 8  | ghi_chu | Ô dài quá 10.000 ký tự (thường do một dấu ngoặc kép bị gõ nhầm). Hãy rút gọn nội dung hoặc xóa dấu ngoặc kép thừa.
					LINE_TOO_LONG      | -1 | null    | Dòng dài quá 1 MB nên không được đọc. Hãy kiểm tra lại nội dung dòng này.
					UNTERMINATED_QUOTE | 3  | chi_tieu | Dấu ngoặc kép mở ở dòng này không được đóng đến hết tệp: tệp có thể bị cắt khi sao chép. Hãy gửi lại tệp đầy đủ.
					""")
	void aRecordThatCouldNotBeReadIsRefusedForWhatWasWrong(Defect defect, int cell, String column, String message) {
		FileProfile profile = profile("SKHDT.csv", TEMPLATE, NumberStyle.VIETNAMESE);
		SourceRecord record = new SourceRecord(profile, 7, List.of("SKHDT", "2023", "KT01"), defect, cell);

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.valueOf(defect.name()));
		assertThat(row.department()).isEqualTo("SKHDT");
		assertThat(row.problems()).containsExactly(
				new Problem(Problem.Severity.ERROR, 7L, column, null, Reason.valueOf(defect.name()), message));
	}

	@Test
	void aNameInALegacyFontIsRefused() {
		String name = "Tæng thu ng©n s¸ch";
		SourceRecord record = record(NumberStyle.VIETNAMESE, "STC", "2023", "KT02", name, "tỷ đồng", "22.200", "22.710",
				"", "");

		StagedRow row = this.validator.check(record);

		assertThat(row.reason()).isEqualTo(Reason.LEGACY_FONT);
		assertThat(row.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.column()).isEqualTo("chi_tieu");
			assertThat(problem.value()).isEqualTo(name);
			assertThat(problem.message()).startsWith("Ô này có chữ không dùng trong tiếng Việt («" + name + "»)");
		});
	}

	@Test
	void aNoteNamingAForeignPartnerIsAccepted() {
		SourceRecord record = record(NumberStyle.VIETNAMESE, "STC", "2023", "KT02", "", "tỷ đồng", "22.200", "22.710",
				"", "Dự án của Müller GmbH chậm giải ngân");

		StagedRow row = this.validator.check(record);

		assertThat(row.accepted()).isTrue();
		assertThat(row.note()).isEqualTo("Dự án của Müller GmbH chậm giải ngân");
	}

	@Test
	void theMessagesAreInTheLanguageOfTheReport() {
		RowValidator english = new RowValidator(CATALOG, Messages.of("en"), 2023);
		SourceRecord record = record(NumberStyle.VIETNAMESE, "SKHDT", "2023", "KT01", "", "", "", "9.4", "", "");

		StagedRow row = english.check(record);

		assertThat(row.problems()).extracting(Problem::message)
			.containsExactly("\"9.4\" is not a number as this file writes numbers (Vietnamese style, for example"
					+ " 1.234,5). Correct it, for example 1.234,5.");
	}

	private static SourceRecord record(NumberStyle style, String... cells) {
		return record(profile("SKHDT.csv", TEMPLATE, style), cells);
	}

	private static SourceRecord record(FileProfile profile, String... cells) {
		return new SourceRecord(profile, 2, new ArrayList<>(Arrays.asList(cells)), null, -1);
	}

	private static FileProfile profile(String fileName, List<String> header, NumberStyle style) {
		return new FileProfile(1, fileName, utf8(), ",", IndicatorFigures.KIND, header, header.size(),
				columnsOf(header), style, List.of());
	}

	/** Columns in the order of {@link FigureColumn}, one per header cell. */
	private static Map<SubmissionColumn, Integer> columnsOf(List<String> header) {
		Map<SubmissionColumn, Integer> columns = new LinkedHashMap<>();
		for (FigureColumn column : FigureColumn.values()) {
			if (column.ordinal() < header.size()) {
				columns.put(column, column.ordinal());
			}
		}
		return columns;
	}

	private static TextEncoding utf8() {
		return new TextEncoding(StandardCharsets.UTF_8, 0, false, false);
	}

}
