package vn.yearendreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Target;

/**
 * How an indicator reads in a committee document: its sentence with the figure, the plan
 * and the verdict; its target for next year as the resolution words it; its name, unit
 * and field inside a sentence. The review and the resolution say an indicator in the same
 * words.
 */
final class IndicatorWords {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * A name that ends in "đạt" or "đạt chuẩn": its target does not say "đạt" again after
	 * it.
	 */
	private static final java.util.regex.Pattern REACHED = java.util.regex.Pattern.compile(
			"(?:^|\\s)đạt(?:\\s+chuẩn)?$",
			java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.CASE_INSENSITIVE);

	private final Messages messages;

	private final Locale locale;

	/**
	 * The words of a document's language.
	 * @param messages the words of the document's language
	 */
	IndicatorWords(Messages messages) {
		this.messages = messages;
		this.locale = messages.locale();
	}

	/**
	 * The sentence of one indicator, e.g. "Tốc độ tăng trưởng GRDP ước đạt 9,40% (KH
	 * 10–11%), không đạt kế hoạch."
	 * @param row the indicator
	 * @return the sentence
	 */
	public String sentence(ResultRow row) {
		Target target = row.planTarget();
		String plan = (target != null) ? targetWords(target, unit(row)) : Formats.DASH;
		String name = Formats.setApart(row.name(), this.locale);
		if (row.status() == Status.NO_DATA) {
			return text("sentence.noData", name, plan);
		}
		String actual = Formats.withUnit(Formats.number(row.actual(), this.locale), unit(row), this.locale);
		String verdict = text("verdict." + row.status().name());
		if (target != null && target.kind() == Target.Kind.AT_MOST) {
			// below a ceiling is the plan met: "vượt" would read as above it
			String met = (row.status() == Status.EXCEEDED) ? text("verdict." + Status.ACHIEVED.name()) : verdict;
			return text("sentence.atMost", name, actual, plan, met);
		}
		if (!Formats.showsPercentOfPlan(target, row.unit()) || row.percentOfPlan() == null) {
			return text("sentence.level", name, actual, plan, verdict);
		}
		String percent = Formats.percent(row.percentOfPlan(), this.locale);
		return text("sentence.percent", name, actual, percent, verdict, previousClause(row));
	}

	private String previousClause(ResultRow row) {
		if (row.percentOfPrevious() == null) {
			return "";
		}
		BigDecimal change = new BigDecimal(row.percentOfPrevious()).subtract(HUNDRED).setScale(1, RoundingMode.HALF_UP);
		if (change.signum() == 0) {
			return text("sentence.previous.same");
		}
		String amount = Formats.percent(change.abs().toPlainString(), this.locale);
		return text((change.signum() > 0) ? "sentence.previous.up" : "sentence.previous.down", amount);
	}

	/**
	 * A target of next year as the resolution words it: "Tốc độ tăng trưởng GRDP đạt
	 * 8–8,5%.", "Tỷ lệ thất nghiệp ở mức dưới 4%.".
	 * @param row the indicator
	 * @return the sentence
	 */
	String targetItem(ResultRow row) {
		Target target = row.planNextTarget();
		String key = (target.kind() == Target.Kind.AT_MOST) ? "review.targets.item.atMost"
				: REACHED.matcher(row.name()).find() ? "review.targets.item.reached" : "review.targets.item";
		return text(key, Formats.setApart(row.name(), this.locale), targetWords(target, unit(row)));
	}

	/**
	 * An indicator's name as it reads inside a sentence: with a small first letter in
	 * Vietnamese; in English, a name the catalog gives no English for ({@code name_en})
	 * is set apart in quotation marks, as written.
	 * @param name the name
	 * @return the name inside a sentence
	 */
	String named(String name) {
		return Formats.setApart(Sentences.midSentence(name, this.locale), this.locale);
	}

	/**
	 * An indicator's unit as a sentence prints it: in English, a unit left in Vietnamese
	 * (no {@code unit_en} and none of the units the edition knows) set apart in quotation
	 * marks.
	 * @param row the indicator
	 * @return its unit inside a sentence
	 */
	String unit(ResultRow row) {
		return Formats.setApart(row.unit(), this.locale);
	}

	/**
	 * A target as the resolution wrote it, with its unit: "trên 85%", "8,5–9%".
	 * @param target the target
	 * @param unit the unit
	 * @return the text
	 */
	public String targetWords(Target target, String unit) {
		return Formats.target(target, unit, this.locale);
	}

	/**
	 * A field's name, or the words for indicators without one.
	 * @param code the field's code, empty for none
	 * @return its name
	 */
	String groupName(String code) {
		return text(code.isEmpty() ? "group.none" : "group." + code);
	}

	private String text(String key, Object... args) {
		return this.messages.get(key, args);
	}

}
