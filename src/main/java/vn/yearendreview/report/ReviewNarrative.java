package vn.yearendreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.yearendreview.Messages;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.evaluation.Status;
import vn.yearendreview.evaluation.Tally;
import vn.yearendreview.staging.ResultRow;
import vn.yearendreview.evaluation.Target;

/**
 * Writes the body of the consolidated review from the data: the headline, each field's
 * count, one sentence per indicator, the indicators missed with the departments'
 * explanations, the departments that sent nothing, and next year's targets. Every phrase
 * comes from the message bundle, so the English edition reads as well.
 */
final class ReviewNarrative {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Messages messages;

	private final Locale locale;

	public ReviewNarrative(Messages messages) {
		this.messages = messages;
		this.locale = messages.locale();
	}

	/**
	 * The paragraphs of the body.
	 * @param settings the planner's settings
	 * @param year the year under review
	 * @param scoreboard the counts
	 * @param results the indicators of the review (province-wide figures), in group and
	 * catalog order
	 * @param missingDepartments names of expected departments that sent nothing
	 * @return the paragraphs
	 */
	public List<Paragraph> write(ReportSettings settings, int year, Scoreboard scoreboard, List<ResultRow> results,
			List<String> missingDepartments) {
		List<Paragraph> body = new ArrayList<>();
		String intro = settings.intro().isEmpty() ? text("review.intro", year, settings.reportingBody(), year + 1)
				: settings.intro();
		body.add(new Paragraph(Paragraph.Kind.BODY, intro));
		body.add(new Paragraph(Paragraph.Kind.HEADING1, text("review.section1", year)));
		body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.overview")));
		body.add(new Paragraph(Paragraph.Kind.BODY, headline(year, settings.area(), scoreboard.overall())));
		Map<String, List<ResultRow>> groups = byGroup(results);
		boolean lettered = groups.size() > 1 || !groups.containsKey("");
		char letter = 'a';
		for (Map.Entry<String, List<ResultRow>> group : groups.entrySet()) {
			if (lettered) {
				Tally tally = scoreboard.byGroup().getOrDefault(group.getKey(), new Tally());
				body.add(new Paragraph(Paragraph.Kind.HEADING3,
						(tally.total() > 0)
								? text("review.group", letter++, groupName(group.getKey()), tally.achieved(),
										tally.total())
								: text("review.group.untallied", letter++, groupName(group.getKey()))));
			}
			for (ResultRow row : group.getValue()) {
				body.add(new Paragraph(Paragraph.Kind.ITEM, "- " + sentence(row)));
			}
		}
		int section = 2;
		List<ResultRow> missed = results.stream()
			.filter((r) -> r.status() == Status.NOT_ACHIEVED || r.status() == Status.NEARLY_ACHIEVED)
			.toList();
		body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.missed", section++)));
		if (missed.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.BODY, text("review.missed.none")));
		}
		for (ResultRow row : missed) {
			String note = (row.note() != null) ? stripFinalStop(row.note()) : text("review.missed.noNote");
			body.add(new Paragraph(Paragraph.Kind.ITEM,
					"- " + text("review.missed.item", row.name(), row.departmentName(), note)));
		}
		List<ResultRow> noData = results.stream().filter((r) -> r.status() == Status.NO_DATA).toList();
		if (!noData.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.noData", section++)));
			for (ResultRow row : noData) {
				body.add(new Paragraph(Paragraph.Kind.ITEM,
						"- " + text("review.noData.item", row.name(), row.departmentName())));
			}
		}
		body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.notSubmitted", section)));
		body.add(new Paragraph(Paragraph.Kind.BODY,
				missingDepartments.isEmpty() ? text("review.notSubmitted.none") : text("review.notSubmitted.text",
						Formats.count(missingDepartments.size(), this.locale), String.join(", ", missingDepartments))));
		body.add(new Paragraph(Paragraph.Kind.HEADING1, text("review.section2", year + 1)));
		nextYear(body, year, settings, groups);
		return body;
	}

	private void nextYear(List<Paragraph> body, int year, ReportSettings settings,
			Map<String, List<ResultRow>> groups) {
		int section = 1;
		boolean anyTarget = groups.values().stream().flatMap(List::stream).anyMatch((r) -> r.planNext() != null);
		body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.targets", section++, year + 1)));
		if (!anyTarget) {
			body.add(new Paragraph(Paragraph.Kind.BODY, text("review.targets.none", year + 1)));
		}
		char letter = 'a';
		boolean lettered = groups.size() > 1 || !groups.containsKey("");
		for (Map.Entry<String, List<ResultRow>> group : groups.entrySet()) {
			List<ResultRow> targets = group.getValue().stream().filter((r) -> r.planNext() != null).toList();
			if (targets.isEmpty()) {
				continue;
			}
			if (lettered) {
				body.add(new Paragraph(Paragraph.Kind.HEADING3,
						text("review.targets.group", letter++, groupName(group.getKey()))));
			}
			for (ResultRow row : targets) {
				body.add(new Paragraph(Paragraph.Kind.ITEM,
						"- " + text("review.targets.item", row.name(), targetWords(row.planNext(), row.unit()))));
			}
		}
		if (!settings.directions().isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.tasks", section)));
			for (String paragraph : settings.directions()) {
				body.add(new Paragraph(Paragraph.Kind.BODY, paragraph));
			}
		}
	}

	private String headline(int year, String area, Tally overall) {
		StringBuilder rest = new StringBuilder();
		if (overall.count(Status.NEARLY_ACHIEVED) > 0) {
			rest.append(
					text("review.headline.nearly", Formats.count(overall.count(Status.NEARLY_ACHIEVED), this.locale)));
		}
		if (overall.count(Status.NOT_ACHIEVED) > 0) {
			rest.append(text("review.headline.notAchieved",
					Formats.count(overall.count(Status.NOT_ACHIEVED), this.locale)));
		}
		if (overall.count(Status.NO_DATA) > 0) {
			rest.append(text("review.headline.noData", Formats.count(overall.count(Status.NO_DATA), this.locale)));
		}
		return text("review.headline", year, area, overall.achieved(), overall.total(), rest);
	}

	/**
	 * The sentence of one indicator, e.g. "Tốc độ tăng trưởng GRDP ước đạt 9,40% (KH
	 * 10–11%), không đạt kế hoạch."
	 * @param row the indicator
	 * @return the sentence
	 */
	public String sentence(ResultRow row) {
		String plan = (row.plan() != null) ? targetWords(row.plan(), row.unit()) : Formats.DASH;
		if (row.status() == Status.NO_DATA) {
			return text("sentence.noData", row.name(), plan);
		}
		String actual = Formats.withUnit(Formats.number(row.actual(), this.locale), row.unit());
		String verdict = text("verdict." + row.status().name());
		Target target = Target.fromCanonical(row.plan());
		boolean levels = Formats.isPercentUnit(row.unit()) || target.kind() == Target.Kind.AT_MOST
				|| row.percentOfPlan() == null;
		if (levels) {
			return text("sentence.level", row.name(), actual, plan, verdict);
		}
		String percent = Formats.percent(row.percentOfPlan(), this.locale);
		if (target.kind() == Target.Kind.RANGE) {
			return text("sentence.range", row.name(), actual, plan, verdict, percent, previousClause(row));
		}
		return text("sentence.percent", row.name(), actual, percent, verdict, previousClause(row));
	}

	private String previousClause(ResultRow row) {
		if (row.percentOfPrevious() == null) {
			return "";
		}
		BigDecimal change = new BigDecimal(row.percentOfPrevious()).subtract(HUNDRED).setScale(1, RoundingMode.HALF_UP);
		if (change.signum() == 0) {
			return text("sentence.previous.same");
		}
		String amount = Formats.number(change.abs(), this.locale);
		return text((change.signum() > 0) ? "sentence.previous.up" : "sentence.previous.down", amount);
	}

	/**
	 * A target in words: "10–11%", "từ 85% trở lên", "không quá 4%".
	 * @param canonical the canonical target
	 * @param unit the unit
	 * @return the text
	 */
	public String targetWords(String canonical, String unit) {
		Target target = Target.fromCanonical(canonical);
		String low = Formats.number(target.low(), this.locale);
		return switch (target.kind()) {
			case RANGE -> Formats.withUnit(low + Formats.DASH + Formats.number(target.high(), this.locale), unit);
			case AT_MOST -> text("target.atMost", Formats.withUnit(low, unit));
			case AT_LEAST ->
				target.bare() ? Formats.withUnit(low, unit) : text("target.atLeast", Formats.withUnit(low, unit));
		};
	}

	private String groupName(String code) {
		return text(code.isEmpty() ? "group.none" : "group." + code);
	}

	private static Map<String, List<ResultRow>> byGroup(List<ResultRow> results) {
		Map<String, List<ResultRow>> groups = new LinkedHashMap<>();
		for (ResultRow row : results) {
			groups.computeIfAbsent((row.groupCode() != null) ? row.groupCode() : "", (g) -> new ArrayList<>()).add(row);
		}
		return groups;
	}

	private static String stripFinalStop(String text) {
		String t = text.strip();
		return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
	}

	private String text(String key, Object... args) {
		return this.messages.get(key, args);
	}

}
