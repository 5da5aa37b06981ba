package vn.yearendreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.yearendreview.model.Target;
import vn.yearendreview.model.Text;

/**
 * How numbers, targets and dates are printed: Vietnamese style ({@code 22.710},
 * {@code 9,4}, {@code 102,3}, {@code ngày 05 tháng 12 năm 2023}) or English style.
 * Numbers keep the decimals they were written with; percentages are rounded half up to
 * one decimal here and nowhere before. Public and static so that report templates can
 * call them.
 */
public final class Formats {

	/** Printed where a value is undefined or not shown. */
	public static final String DASH = "\u2013";

	private static final Set<String> PERCENT_UNITS = Set.of("%", "diem %", "% diem", "diem phan tram",
			"percentage points", "percent", "pp", "phan tram");

	private Formats() {
	}

	/**
	 * Whether a unit is a percentage or percentage points, for which levels are compared
	 * instead of a percent of plan.
	 * @param unit the unit as written
	 * @return {@code true} for {@code %}, {@code điểm %} and the like
	 */
	public static boolean isPercentUnit(String unit) {
		return unit != null && PERCENT_UNITS.contains(Text.fold(unit));
	}

	/**
	 * A number with the decimals it was written with.
	 * @param plain the exact value as plain text, may be {@code null}
	 * @param locale {@code vi} or {@code en}
	 * @return e.g. {@code 22.710} or {@code 9,40}; empty for {@code null}
	 */
	public static String number(String plain, Locale locale) {
		if (plain == null || plain.isEmpty()) {
			return "";
		}
		return number(new BigDecimal(plain), locale);
	}

	/**
	 * A number with the decimals it was written with.
	 * @param value the value
	 * @param locale {@code vi} or {@code en}
	 * @return the text
	 */
	public static String number(BigDecimal value, Locale locale) {
		int scale = Math.max(0, value.scale());
		return format(value, scale, locale);
	}

	/**
	 * A percentage rounded half up to one decimal, without the sign; a zero decimal is
	 * left out ({@code 100}, {@code 102,3}).
	 * @param plain the exact percentage, may be {@code null}
	 * @param locale {@code vi} or {@code en}
	 * @return e.g. {@code 102,3}; a dash for {@code null}
	 */
	public static String percent(String plain, Locale locale) {
		if (plain == null || plain.isEmpty()) {
			return DASH;
		}
		BigDecimal rounded = new BigDecimal(plain).setScale(1, RoundingMode.HALF_UP);
		boolean whole = rounded.remainder(BigDecimal.ONE).signum() == 0;
		return format(rounded, whole ? 0 : 1, locale);
	}

	/**
	 * Whether a percent of plan means something to a reader: only for an at-least target
	 * whose unit is not a percentage. Ranges, at-most targets and percentages compare
	 * levels instead.
	 * @param plan the target, may be {@code null}
	 * @param unit the unit
	 * @return whether "bằng 102,3% KH" may be printed
	 */
	public static boolean showsPercentOfPlan(Target plan, String unit) {
		return plan != null && plan.kind() == Target.Kind.AT_LEAST && !isPercentUnit(unit);
	}

	/**
	 * The percent-of-plan column of a table: the percentage where
	 * {@link #showsPercentOfPlan} allows it, a dash elsewhere.
	 * @param plain the exact percentage
	 * @param unit the indicator's unit
	 * @param canonical the target's canonical text, may be {@code null}
	 * @param locale {@code vi} or {@code en}
	 * @return the cell text
	 */
	public static String percentOfPlanCell(String plain, String unit, String canonical, Locale locale) {
		Target plan = (canonical == null || canonical.isEmpty()) ? null : Target.fromCanonical(canonical);
		return showsPercentOfPlan(plan, unit) ? percent(plain, locale) : DASH;
	}

	/**
	 * The percent-of-last-year column of a table: the percentage, or a dash for
	 * percentage units.
	 * @param plain the exact percentage
	 * @param unit the indicator's unit
	 * @param locale {@code vi} or {@code en}
	 * @return the cell text
	 */
	public static String percentCell(String plain, String unit, Locale locale) {
		return isPercentUnit(unit) ? DASH : percent(plain, locale);
	}

	/**
	 * A target as the resolution wrote it, without its unit, for a table cell:
	 * {@code trên 85}, {@code 10–11}, {@code ≥ 85}, {@code 22.200}. The English edition
	 * prints the symbol form of the target's kind.
	 * @param canonical the target's canonical text, may be {@code null}
	 * @param words its wording, may be {@code null} for the symbol form
	 * @param locale {@code vi} or {@code en}
	 * @return the cell text
	 */
	public static String targetCell(String canonical, String words, Locale locale) {
		if (canonical == null || canonical.isEmpty()) {
			return "";
		}
		return target(Target.fromCanonical(canonical).writtenAs(words), null, locale);
	}

	/**
	 * A target as the resolution wrote it, the unit after the number (after the upper
	 * bound of a range) and the numbers in the edition's style: {@code trên 85%},
	 * {@code dưới 4%}, {@code 8,5–9%}, {@code từ 10 đến 11 tỷ đồng}. The English edition
	 * prints the symbol form of the target's kind ({@code ≥ 85%}).
	 * @param target the target
	 * @param unit the unit, may be {@code null}
	 * @param locale {@code vi} or {@code en}
	 * @return the text
	 */
	public static String target(Target target, String unit, Locale locale) {
		Target shown = "vi".equals(locale.getLanguage()) ? target : target.writtenAs(null);
		String low = number(shown.low(), locale);
		String words = shown.words();
		Money money = money(unit, locale);
		if (shown.kind() == Target.Kind.RANGE) {
			if (money != null) {
				// one currency before the range, one scale after it: "VND 87–88 million"
				return words.replace(Target.LOW, money.before(low))
					.replace(Target.HIGH, money.after(number(shown.high(), locale)));
			}
			return words.replace(Target.LOW, low).replace(Target.HIGH, withUnit(number(shown.high(), locale), unit));
		}
		return words.replace(Target.LOW, withUnit(low, unit, locale));
	}

	/**
	 * A value with its unit: {@code 9,40%}, {@code 22.710 tỷ đồng}.
	 * @param formattedValue the value already formatted
	 * @param unit the unit, may be empty
	 * @return the text
	 */
	public static String withUnit(String formattedValue, String unit) {
		if (unit == null || unit.isBlank()) {
			return formattedValue;
		}
		return "%".equals(unit.strip()) ? formattedValue + "%" : formattedValue + " " + unit.strip();
	}

	/**
	 * A value with its unit as the edition writes it: in Vietnamese as
	 * {@link #withUnit(String, String)}; in English an amount of money with the currency
	 * first and the scale after the number ({@code VND 22,710 billion} for a unit of
	 * {@code billion VND}, {@code USD 238 million}).
	 * @param formattedValue the value already formatted
	 * @param unit the unit, may be empty
	 * @param locale {@code vi} or {@code en}
	 * @return the text
	 */
	public static String withUnit(String formattedValue, String unit, Locale locale) {
		Money money = money(unit, locale);
		return (money != null) ? money.before(money.after(formattedValue)) : withUnit(formattedValue, unit);
	}

	/**
	 * An English money unit: a currency code with or without a scale before or after it
	 * ({@code billion VND}, {@code VND billion}, {@code USD}).
	 */
	private static final Pattern MONEY = Pattern.compile("(?i)(?:(thousand|million|billion|trillion)\\s+)?(VND|USD|EUR)"
			+ "|(VND|USD|EUR)(?:\\s+(thousand|million|billion|trillion))?");

	/**
	 * An amount's currency and scale.
	 *
	 * @param currency the currency code, e.g. {@code VND}
	 * @param scale e.g. {@code billion}, empty for units
	 */
	private record Money(String currency, String scale) {

		String before(String amount) {
			return this.currency + " " + amount;
		}

		String after(String amount) {
			return this.scale.isEmpty() ? amount : amount + " " + this.scale;
		}

	}

	/**
	 * The currency and scale of an English money unit, {@code null} for any other unit or
	 * in the Vietnamese edition.
	 */
	private static Money money(String unit, Locale locale) {
		if (unit == null || "vi".equals(locale.getLanguage())) {
			return null;
		}
		Matcher matcher = MONEY.matcher(unit.strip());
		if (!matcher.matches()) {
			return null;
		}
		String currency = (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3);
		String scale = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(4);
		return new Money(currency.toUpperCase(Locale.ROOT), (scale != null) ? scale.toLowerCase(Locale.ROOT) : "");
	}

	/**
	 * A text the English edition prints inside a sentence: left as it is, unless it is
	 * written with Vietnamese letters (an indicator's name or unit the catalog gives no
	 * English for), which are set apart in quotation marks rather than read as English.
	 * @param text the text, may be {@code null}
	 * @param locale {@code vi} or {@code en}
	 * @return the text, in quotation marks when set apart
	 */
	public static String setApart(String text, Locale locale) {
		if (text == null || "vi".equals(locale.getLanguage()) || !hasVietnameseLetters(text)) {
			return text;
		}
		return "\u201C" + text + "\u201D";
	}

	/** Whether a text holds a letter with a Vietnamese mark or the letter đ. */
	private static boolean hasVietnameseLetters(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (c == '\u0111' || c == '\u0110' || Character.getType(c) == Character.NON_SPACING_MARK) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An official date: {@code ngày 05 tháng 12 năm 2023}; the day below 10 and the
	 * months 1 and 2 take a leading zero. In English: {@code 5 December 2023}.
	 * @param date the date
	 * @param locale {@code vi} or {@code en}
	 * @return the text
	 */
	public static String longDate(LocalDate date, Locale locale) {
		return longDate(date, locale, false);
	}

	/**
	 * A date as documents write it, its day left blank for the office to write when the
	 * document is numbered: {@code ngày      tháng 12 năm 2023}.
	 * @param date the date
	 * @param locale {@code vi} or {@code en}
	 * @param dayBlank whether the day is left blank
	 * @return the text
	 */
	public static String longDate(LocalDate date, Locale locale, boolean dayBlank) {
		if ("vi".equals(locale.getLanguage())) {
			String month = (date.getMonthValue() <= 2) ? String.format("%02d", date.getMonthValue())
					: String.valueOf(date.getMonthValue());
			String day = dayBlank ? BLANK_DAY : String.format("%02d", date.getDayOfMonth());
			return String.format("ngày %s tháng %s năm %d", day, month, date.getYear());
		}
		return (dayBlank ? BLANK_DAY : String.valueOf(date.getDayOfMonth())) + " "
				+ date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
				+ date.getYear();
	}

	/** The blanks a day left for the office takes, as wide as the blanks of a number. */
	private static final String BLANK_DAY = "    ";

	/**
	 * A short date, its day left blank for the office when asked: {@code 05/12/2023},
	 * {@code     /12/2023}.
	 * @param date the date
	 * @param dayBlank whether the day is left blank
	 * @return the text
	 */
	public static String shortDate(LocalDate date, boolean dayBlank) {
		return dayBlank ? String.format("%s/%02d/%d", BLANK_DAY, date.getMonthValue(), date.getYear())
				: shortDate(date);
	}

	/**
	 * A short date: {@code 05/12/2023}.
	 * @param date the date
	 * @return the text
	 */
	public static String shortDate(LocalDate date) {
		return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
	}

	/**
	 * A count as official documents write it: in Vietnamese two digits below ten
	 * ({@code 04}).
	 * @param count the count
	 * @param locale {@code vi} or {@code en}
	 * @return the text
	 */
	public static String count(long count, Locale locale) {
		boolean vietnamese = "vi".equals(locale.getLanguage());
		return (vietnamese && count >= 0 && count < 10) ? "0" + count : String.valueOf(count);
	}

	private static String format(BigDecimal value, int scale, Locale locale) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		boolean vietnamese = "vi".equals(locale.getLanguage());
		symbols.setGroupingSeparator(vietnamese ? '.' : ',');
		symbols.setDecimalSeparator(vietnamese ? ',' : '.');
		StringBuilder pattern = new StringBuilder("#,##0");
		if (scale > 0) {
			pattern.append('.').append("0".repeat(scale));
		}
		DecimalFormat format = new DecimalFormat(pattern.toString(), symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		format.setParseBigDecimal(true);
		return format.format(value);
	}

}
