package vn.yearendreview.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.yearendreview.Messages;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.evaluation.Status;
import vn.yearendreview.evaluation.Tally;
import vn.yearendreview.evaluation.TermProgress;
import vn.yearendreview.staging.NarrativePoint;
import vn.yearendreview.staging.ResultRow;
import vn.yearendreview.submission.IndicatorGroup;
import vn.yearendreview.submission.PointKind;
import vn.yearendreview.evaluation.Target;

/**
 * Writes the body of the consolidated review (DESIGN.md 6.1) from the data and the
 * departments' own words: the headline, each field's count followed by exactly the
 * resolution indicators it counts and the field's highlights, the indicators outside the
 * resolution, the limitations with the indicators missed and their causes, next year's
 * targets as the resolution wrote them and the tasks by field. What a department did not
 * send is left out, never replaced by a placeholder: the data check lists it. Every
 * phrase comes from the message bundle, so the English edition reads as well.
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
	 * @param points the departments' accepted narrative points, in the order they are
	 * printed within a field and kind
	 * @return the paragraphs
	 */
	public List<Paragraph> write(ReportSettings settings, int year, Scoreboard scoreboard, List<ResultRow> results,
			List<NarrativePoint> points) {
		return write(settings, year, scoreboard, results, points, null);
	}

	/**
	 * The paragraphs of the body, with the five-year progress at the end of the overview
	 * when the review follows a term.
	 * @param settings the planner's settings
	 * @param year the year under review
	 * @param scoreboard the counts
	 * @param results the indicators of the review, in group and catalog order
	 * @param points the departments' accepted narrative points
	 * @param progress the term's progress, {@code null} or without lines when none is
	 * followed
	 * @return the paragraphs
	 */
	List<Paragraph> write(ReportSettings settings, int year, Scoreboard scoreboard, List<ResultRow> results,
			List<NarrativePoint> points, TermProgressTable progress) {
		List<Paragraph> body = new ArrayList<>();
		if (settings.intro().isEmpty()) {
			// the year's context is the office's to write in the Word draft
			body.add(Paragraph.toWrite(text("draft.write.intro", year, ReportSettings.FILE)));
		}
		String intro = settings.intro().isEmpty() ? text("review.intro", year, settings.reportingBody(), year + 1)
				: settings.intro();
		body.add(new Paragraph(Paragraph.Kind.BODY, intro));
		body.add(new Paragraph(Paragraph.Kind.HEADING1, text("review.section1", year)));
		int section = 1;
		body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.overview", section++)));
		body.add(new Paragraph(Paragraph.Kind.BODY, headline(year, settings.area(), scoreboard.overall())));
		char letter = results(body, scoreboard, results, points);
		if (progress != null && !progress.lines().isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING3, text("review.term", letter, progress.term().name())));
			body.add(new Paragraph(Paragraph.Kind.BODY, termSentence(progress)));
		}
		List<Paragraph> shortfalls = shortfalls(results, points);
		if (!shortfalls.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.missed", section)));
			body.addAll(shortfalls);
		}
		List<Paragraph> nextYear = new ArrayList<>();
		nextYear(nextYear, year, settings, results, points);
		body.add(new Paragraph(Paragraph.Kind.HEADING1, text("review.section2", year + 1), shownAsAny(nextYear), null));
		body.addAll(nextYear);
		return body;
	}

	/**
	 * Section I.1 after the headline: each field's count, its highlights, then exactly
	 * the resolution indicators it counts; then the indicators outside the resolution.
	 */
	private char results(List<Paragraph> body, Scoreboard scoreboard, List<ResultRow> results,
			List<NarrativePoint> points) {
		Map<String, List<ResultRow>> counted = byGroup(results.stream().filter(ResultRow::resolution).toList());
		Map<String, List<NarrativePoint>> highlights = byGroupOf(points, PointKind.KET_QUA);
		Set<String> fields = new LinkedHashSet<>();
		for (String group : fieldOrder()) {
			if (counted.containsKey(group) || highlights.containsKey(group)) {
				fields.add(group);
			}
		}
		fields.addAll(counted.keySet());
		fields.addAll(highlights.keySet());
		boolean lettered = fields.size() > 1 || !fields.contains("");
		char letter = 'a';
		for (String group : fields) {
			List<ResultRow> rows = counted.getOrDefault(group, List.of());
			if (lettered) {
				Tally tally = scoreboard.byGroup().getOrDefault(group, new Tally());
				body.add(new Paragraph(Paragraph.Kind.HEADING3,
						rows.isEmpty() ? text("review.field", letter++, groupName(group))
								: text("review.group", letter++, groupName(group), tally.achieved(), tally.total())));
			}
			paragraphs(body, highlights.getOrDefault(group, List.of()));
			for (ResultRow row : rows) {
				body.add(new Paragraph(Paragraph.Kind.ITEM, "- " + sentence(row)));
			}
		}
		List<ResultRow> others = results.stream().filter((r) -> !r.resolution()).toList();
		if (!others.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING3, text("review.others", letter++)));
			for (ResultRow row : others) {
				body.add(new Paragraph(Paragraph.Kind.ITEM, "- " + sentence(row)));
			}
		}
		return letter;
	}

	/**
	 * The count of the term's targets likely to be achieved, then those at risk, missed
	 * or not yet assessed, each with the indicators it counts: "Đến năm 2023, có khả năng
	 * đạt 4/6 chỉ tiêu (trong đó 1 chỉ tiêu đã đạt); 1 chỉ tiêu khó đạt: ...".
	 * @param progress the term's progress
	 * @return the sentence
	 */
	String termSentence(TermProgressTable progress) {
		long achieved = progress.count(TermProgress.Assessment.ACHIEVED);
		long likely = achieved + progress.count(TermProgress.Assessment.LIKELY);
		boolean ended = progress.year() == progress.term().last();
		StringBuilder rest = new StringBuilder();
		if (achieved > 0 && !ended) {
			rest.append(text("review.term.achieved", Formats.count(achieved, this.locale)));
		}
		for (TermProgress.Assessment assessment : List.of(TermProgress.Assessment.AT_RISK,
				TermProgress.Assessment.MISSED, TermProgress.Assessment.NOT_ASSESSED)) {
			List<String> names = progress.lines()
				.stream()
				.filter((line) -> line.assessment().assessment() == assessment)
				.map((line) -> line.result().name())
				.toList();
			if (!names.isEmpty()) {
				rest.append(text("review.term." + assessment.name(), Formats.count(names.size(), this.locale),
						String.join("; ", names)));
			}
		}
		if (ended) {
			return text("review.term.final", progress.year(), achieved, progress.lines().size(), rest);
		}
		return text("review.term.sentence", progress.year(), likely, progress.lines().size(), rest);
	}

	/**
	 * Section I.2: the limitations by field, the indicators missed with their figures and
	 * the department's note where it gave one, then the causes.
	 */
	private List<Paragraph> shortfalls(List<ResultRow> results, List<NarrativePoint> points) {
		List<Paragraph> body = new ArrayList<>();
		for (List<NarrativePoint> field : byGroupOf(points, PointKind.HAN_CHE).values()) {
			paragraphs(body, field);
		}
		for (ResultRow row : results) {
			if (row.status() == Status.NOT_ACHIEVED || row.status() == Status.NEARLY_ACHIEVED) {
				String note = (row.note() != null && !row.note().isBlank()) ? " " + finalStop(row.note().strip()) : "";
				body.add(new Paragraph(Paragraph.Kind.ITEM, "- " + sentence(row) + note));
			}
		}
		List<NarrativePoint> causes = byGroupOf(points, PointKind.NGUYEN_NHAN).values()
			.stream()
			.flatMap(List::stream)
			.toList();
		if (!causes.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING3, text("review.causes")));
			paragraphs(body, causes);
		}
		return body;
	}

	private void nextYear(List<Paragraph> body, int year, ReportSettings settings, List<ResultRow> results,
			List<NarrativePoint> points) {
		int section = 1;
		List<ResultRow> targets = results.stream().filter((r) -> r.planNext() != null).toList();
		if (!targets.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.targets", section++, year + 1)));
			Map<String, List<ResultRow>> groups = byGroup(targets);
			boolean lettered = groups.size() > 1 || !groups.containsKey("");
			char letter = 'a';
			for (Map.Entry<String, List<ResultRow>> group : groups.entrySet()) {
				if (lettered) {
					body.add(new Paragraph(Paragraph.Kind.HEADING3,
							text("review.targets.group", letter++, groupName(group.getKey()))));
				}
				for (ResultRow row : group.getValue()) {
					Target target = row.planNextTarget();
					String key = (target.kind() == Target.Kind.AT_MOST) ? "review.targets.item.atMost"
							: "review.targets.item";
					body.add(new Paragraph(Paragraph.Kind.ITEM,
							"- " + text(key, row.name(), targetWords(target, row.unit()))));
				}
			}
		}
		Map<String, List<NarrativePoint>> tasks = byGroupOf(points, PointKind.NHIEM_VU);
		boolean printed = !tasks.isEmpty() || !settings.directions().isEmpty();
		body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.tasks", section),
				printed ? Paragraph.Shown.BOTH : Paragraph.Shown.DRAFT, null));
		char letter = 'a';
		for (Map.Entry<String, List<NarrativePoint>> field : tasks.entrySet()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING3, text("review.field", letter++, groupName(field.getKey()))));
			paragraphs(body, field.getValue());
		}
		for (String paragraph : settings.directions()) {
			body.add(new Paragraph(Paragraph.Kind.BODY, paragraph));
		}
		if (settings.directions().isEmpty()) {
			body.add(Paragraph.toWrite(text("draft.write.directions", year + 1, ReportSettings.FILE)));
		}
	}

	/**
	 * How a heading over some paragraphs is shown: in both renderings when the PDF prints
	 * any of them, else in the Word draft only.
	 * @param under the paragraphs under the heading
	 * @return how the heading is shown
	 */
	static Paragraph.Shown shownAsAny(List<Paragraph> under) {
		return under.stream().anyMatch(Paragraph::printed) ? Paragraph.Shown.BOTH : Paragraph.Shown.DRAFT;
	}

	static void paragraphs(List<Paragraph> body, List<NarrativePoint> points) {
		for (NarrativePoint point : points) {
			body.add(new Paragraph(Paragraph.Kind.BODY, finalStop(point.text().strip())));
		}
	}

	/** The points of one kind by field, the fields in the review's order. */
	static Map<String, List<NarrativePoint>> byGroupOf(List<NarrativePoint> points, PointKind kind) {
		Map<String, List<NarrativePoint>> found = new LinkedHashMap<>();
		for (NarrativePoint point : points) {
			if (point.kind() == kind) {
				found.computeIfAbsent(point.groupCode(), (g) -> new ArrayList<>()).add(point);
			}
		}
		return inFieldOrder(found);
	}

	private static <T> Map<String, List<T>> inFieldOrder(Map<String, List<T>> found) {
		Map<String, List<T>> ordered = new LinkedHashMap<>();
		for (String group : fieldOrder()) {
			if (found.containsKey(group)) {
				ordered.put(group, found.remove(group));
			}
		}
		ordered.putAll(found);
		return ordered;
	}

	private static List<String> fieldOrder() {
		return Arrays.stream(IndicatorGroup.values()).map(IndicatorGroup::code).toList();
	}

	private String headline(int year, String area, Tally overall) {
		return text("review.headline", year, area, overall.achieved(), overall.total(), headlineRest(overall));
	}

	/**
	 * What the headline adds after "đạt và vượt X/Y": the indicators nearly achieved, not
	 * achieved and without figures, each counted.
	 * @param overall the counts
	 * @return the clauses, empty when every indicator was achieved
	 */
	String headlineRest(Tally overall) {
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
		return rest.toString();
	}

	/**
	 * The sentence of one indicator, e.g. "Tốc độ tăng trưởng GRDP ước đạt 9,40% (KH
	 * 10–11%), không đạt kế hoạch."
	 * @param row the indicator
	 * @return the sentence
	 */
	public String sentence(ResultRow row) {
		Target target = row.planTarget();
		String plan = (target != null) ? targetWords(target, row.unit()) : Formats.DASH;
		if (row.status() == Status.NO_DATA) {
			return text("sentence.noData", row.name(), plan);
		}
		String actual = Formats.withUnit(Formats.number(row.actual(), this.locale), row.unit());
		String verdict = text("verdict." + row.status().name());
		if (target != null && target.kind() == Target.Kind.AT_MOST) {
			return text("sentence.atMost", row.name(), actual, plan, verdict);
		}
		if (!Formats.showsPercentOfPlan(target, row.unit()) || row.percentOfPlan() == null) {
			return text("sentence.level", row.name(), actual, plan, verdict);
		}
		String percent = Formats.percent(row.percentOfPlan(), this.locale);
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
		String amount = Formats.percent(change.abs().toPlainString(), this.locale);
		return text((change.signum() > 0) ? "sentence.previous.up" : "sentence.previous.down", amount);
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

	String groupName(String code) {
		return text(code.isEmpty() ? "group.none" : "group." + code);
	}

	/** The rows by field, the fields in the review's order, rows without a field last. */
	static Map<String, List<ResultRow>> byGroup(List<ResultRow> results) {
		Map<String, List<ResultRow>> found = new LinkedHashMap<>();
		for (ResultRow row : results) {
			found.computeIfAbsent((row.groupCode() != null) ? row.groupCode() : "", (g) -> new ArrayList<>()).add(row);
		}
		return inFieldOrder(found);
	}

	/** A paragraph as written, with a full stop when it ends without one. */
	static String finalStop(String text) {
		return (text.endsWith(".") || text.endsWith("!") || text.endsWith("?") || text.endsWith(":")
				|| text.endsWith(";")) ? text : text + ".";
	}

	private String text(String key, Object... args) {
		return this.messages.get(key, args);
	}

}
