package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Tally;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TermProgress;
import vn.yearendreview.settings.ReportSettings;

/**
 * Writes the body of the consolidated review (DESIGN.md 6.1) from the data and the
 * departments' own words: the headline, each field's count followed by exactly the
 * resolution indicators it counts and the field's highlights, the indicators outside the
 * resolution, the limitations with the indicators missed and their causes, next year's
 * targets as the resolution wrote them and the tasks by field. What a department did not
 * send is left out, never replaced by a placeholder: the data check lists it. Every
 * phrase comes from the message bundle, so the English edition reads as well. Each
 * indicator reads in the words of {@link IndicatorWords}.
 */
final class ReviewNarrative {

	private final Messages messages;

	private final Locale locale;

	private final IndicatorWords words;

	public ReviewNarrative(Messages messages) {
		this.messages = messages;
		this.locale = messages.locale();
		this.words = new IndicatorWords(messages);
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
		return once(body);
	}

	/**
	 * Section I.1 after the headline: each field's count, its highlights, then exactly
	 * the resolution indicators it counts; then the indicators outside the resolution.
	 */
	private char results(List<Paragraph> body, Scoreboard scoreboard, List<ResultRow> results,
			List<NarrativePoint> points) {
		Map<String, List<ResultRow>> counted = FieldOrder
			.byGroup(results.stream().filter(ResultRow::resolution).toList());
		Map<String, List<NarrativePoint>> highlights = FieldOrder.byGroupOf(points, PointKind.KET_QUA);
		Set<String> fields = new LinkedHashSet<>();
		for (String group : FieldOrder.codes()) {
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
						rows.isEmpty() ? text("review.field", letter++, this.words.groupName(group))
								: text("review.group", letter++, this.words.groupName(group), tally.achieved(),
										tally.total())));
			}
			paragraphs(body, highlights.getOrDefault(group, List.of()));
			for (ResultRow row : rows) {
				body.add(new Paragraph(Paragraph.Kind.ITEM, "- " + this.words.sentence(row)));
			}
		}
		List<ResultRow> others = results.stream().filter((r) -> !r.resolution()).toList();
		if (!others.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING3, text("review.others", letter++)));
			for (ResultRow row : others) {
				body.add(new Paragraph(Paragraph.Kind.ITEM, "- " + this.words.sentence(row)));
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
		boolean ended = progress.year() == progress.term().last();
		List<String> achieved = termNames(progress, List.of(TermProgress.Assessment.ACHIEVED));
		List<String> likely = termNames(progress,
				List.of(TermProgress.Assessment.ACHIEVED, TermProgress.Assessment.LIKELY));
		List<String> counted = ended ? achieved : likely;
		String list = counted.isEmpty() ? "" : text("review.term.list", String.join(", ", counted));
		StringBuilder rest = new StringBuilder();
		if (!achieved.isEmpty() && !ended) {
			rest.append(text("review.term.achieved", Formats.count(achieved.size(), this.locale),
					String.join(", ", achieved)));
		}
		for (TermProgress.Assessment assessment : List.of(TermProgress.Assessment.AT_RISK,
				TermProgress.Assessment.MISSED, TermProgress.Assessment.NOT_ASSESSED)) {
			List<String> names = termNames(progress, List.of(assessment));
			if (!names.isEmpty()) {
				rest.append(text("review.term." + assessment.name(), Formats.count(names.size(), this.locale),
						String.join(", ", names)));
			}
		}
		return text(ended ? "review.term.final" : "review.term.sentence", progress.year(), counted.size(),
				progress.lines().size(), list, rest);
	}

	/** The names of the term's targets assessed so, as they read inside a sentence. */
	private List<String> termNames(TermProgressTable progress, List<TermProgress.Assessment> assessments) {
		return progress.lines()
			.stream()
			.filter((line) -> assessments.contains(line.assessment().assessment()))
			.map((line) -> this.words.named(line.result().name()))
			.toList();
	}

	/**
	 * Section I.2: the limitations by field; the resolution indicators missed, named once
	 * in one sentence with their figures (the others after them), and the department's
	 * note on a miss where it gave one; then the causes. Section I has said each
	 * indicator's sentence: this part does not say it again.
	 */
	private List<Paragraph> shortfalls(List<ResultRow> results, List<NarrativePoint> points) {
		List<Paragraph> body = new ArrayList<>();
		for (List<NarrativePoint> field : FieldOrder.byGroupOf(points, PointKind.HAN_CHE).values()) {
			paragraphs(body, field);
		}
		List<ResultRow> missed = results.stream()
			.filter((row) -> row.status() == Status.NOT_ACHIEVED || row.status() == Status.NEARLY_ACHIEVED)
			.toList();
		List<String> clauses = new ArrayList<>();
		clause(clauses, "review.missed.notAchieved",
				missed.stream().filter((row) -> row.resolution() && row.status() == Status.NOT_ACHIEVED).toList());
		clause(clauses, "review.missed.nearly",
				missed.stream().filter((row) -> row.resolution() && row.status() == Status.NEARLY_ACHIEVED).toList());
		clause(clauses, "review.missed.others", missed.stream().filter((row) -> !row.resolution()).toList());
		if (!clauses.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.BODY, text("review.missed.sentence", String.join("; ", clauses))));
		}
		if ("vi".equals(this.locale.getLanguage())) {
			// a department's note is its own words, in Vietnamese: the English edition
			// leaves it out rather than splice it into an English sentence
			for (ResultRow row : missed) {
				if (row.note() != null && !row.note().isBlank()) {
					body.add(new Paragraph(Paragraph.Kind.ITEM, text("review.missed.note", row.name(),
							Sentences.midSentence(Sentences.withoutFinalStop(row.note().strip()), this.locale))));
				}
			}
		}
		List<NarrativePoint> causes = FieldOrder.byGroupOf(points, PointKind.NGUYEN_NHAN)
			.values()
			.stream()
			.flatMap(List::stream)
			.toList();
		if (!causes.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING3, text("review.causes")));
			paragraphs(body, causes);
		}
		return body;
	}

	/**
	 * "03 chỉ tiêu không đạt kế hoạch: tốc độ tăng trưởng GRDP (9,40%, KH 10–11%), …".
	 */
	private void clause(List<String> clauses, String key, List<ResultRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> figures = new ArrayList<>();
		for (ResultRow row : rows) {
			Target target = row.planTarget();
			figures.add(text("review.missed.figures", this.words.named(row.name()),
					Formats.withUnit(Formats.number(row.actual(), this.locale), this.words.unit(row), this.locale),
					(target != null) ? this.words.targetWords(target, this.words.unit(row)) : Formats.DASH));
		}
		// the count as the edition writes it ("03"), then as a number for the English
		// plural
		clauses.add(text(key, Formats.count(rows.size(), this.locale), String.join(", ", figures), rows.size()));
	}

	/**
	 * The paragraphs of a document with each text printed once: a department's paragraph
	 * sent twice, or the same words reaching two places, stay where they are first
	 * printed.
	 * @param body the paragraphs
	 * @return them without a repeated text
	 */
	static List<Paragraph> once(List<Paragraph> body) {
		Set<String> printed = new java.util.HashSet<>();
		List<Paragraph> kept = new ArrayList<>();
		for (Paragraph paragraph : body) {
			boolean text = paragraph.kind() == Paragraph.Kind.BODY || paragraph.kind() == Paragraph.Kind.ITEM;
			String words = paragraph.text().strip();
			if (words.startsWith("- ")) {
				words = words.substring(2);
			}
			words = Sentences.withoutFinalStop(words);
			if (text && !words.isEmpty() && paragraph.printed() && !printed.add(words)) {
				continue;
			}
			kept.add(paragraph);
		}
		return kept;
	}

	private void nextYear(List<Paragraph> body, int year, ReportSettings settings, List<ResultRow> results,
			List<NarrativePoint> points) {
		int section = 1;
		Map<String, List<ResultRow>> targets = ResolutionNarrative.targets(results);
		List<ResultRow> others = results.stream().filter((r) -> !r.resolution() && r.planNext() != null).toList();
		if (!targets.isEmpty() || !others.isEmpty()) {
			// the resolution's targets, numbered and worded as the resolution has them;
			// the
			// others apart, under their own line
			body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.targets", section++, year + 1)));
			boolean lettered = targets.size() > 1 || !others.isEmpty()
					|| !targets.isEmpty() && !targets.containsKey("");
			char letter = 'a';
			int number = 1;
			for (Map.Entry<String, List<ResultRow>> group : targets.entrySet()) {
				if (lettered) {
					body.add(new Paragraph(Paragraph.Kind.HEADING3,
							text("review.targets.group", letter++, this.words.groupName(group.getKey()))));
				}
				for (ResultRow row : group.getValue()) {
					body.add(new Paragraph(Paragraph.Kind.ITEM,
							text("resolution.targets.item", number++, this.words.targetItem(row))));
				}
			}
			if (!others.isEmpty()) {
				body.add(new Paragraph(Paragraph.Kind.HEADING3, text("review.others", letter++)));
				for (ResultRow row : others) {
					body.add(new Paragraph(Paragraph.Kind.ITEM, "- " + this.words.targetItem(row)));
				}
			}
		}
		Map<String, List<NarrativePoint>> tasks = FieldOrder.byGroupOf(points, PointKind.NHIEM_VU);
		boolean printed = !tasks.isEmpty() || !settings.directions().isEmpty();
		body.add(new Paragraph(Paragraph.Kind.HEADING2, text("review.tasks", section),
				printed ? Paragraph.Shown.BOTH : Paragraph.Shown.DRAFT, null));
		char letter = 'a';
		for (Map.Entry<String, List<NarrativePoint>> field : tasks.entrySet()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING3,
					text("review.field", letter++, this.words.groupName(field.getKey()))));
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
			body.add(new Paragraph(Paragraph.Kind.BODY, Sentences.finalStop(point.text().strip())));
		}
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

	private String text(String key, Object... args) {
		return this.messages.get(key, args);
	}

}
