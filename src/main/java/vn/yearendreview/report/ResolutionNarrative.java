package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.yearendreview.Messages;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.evaluation.Scoreboard;
import vn.yearendreview.evaluation.Status;
import vn.yearendreview.evaluation.Target;
import vn.yearendreview.staging.NarrativePoint;
import vn.yearendreview.staging.ResultRow;
import vn.yearendreview.submission.PointKind;

/**
 * Writes the body of the draft resolution on next year (DESIGN.md 9.2) from the same data
 * as the review: a preamble on the year under review (the headline count, the
 * departments' highlights, then "Tuy nhiên, …" with the indicators missed, the
 * limitations and their causes), then the goal, next year's targets numbered (1)…(n)
 * across the fields as the resolution wrote them, the tasks by field and the
 * implementation. A section the planner or the departments gave nothing for is left out
 * and the next one takes its number.
 */
final class ResolutionNarrative {

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V" };

	private final Messages messages;

	private final ReviewNarrative review;

	ResolutionNarrative(Messages messages) {
		this.messages = messages;
		this.review = new ReviewNarrative(messages);
	}

	/**
	 * The targets of next year the resolution numbers: the resolution indicators with a
	 * target for next year, by field in the review's order.
	 * @param results the indicators of the review
	 * @return the targets by field
	 */
	static Map<String, List<ResultRow>> targets(List<ResultRow> results) {
		return ReviewNarrative
			.byGroup(results.stream().filter((row) -> row.resolution() && row.planNext() != null).toList());
	}

	/**
	 * The paragraphs of the body.
	 * @param settings the planner's settings
	 * @param year the year under review
	 * @param scoreboard the counts of the year under review
	 * @param results the indicators of the review, in group and catalog order
	 * @param points the departments' accepted narrative points
	 * @return the paragraphs
	 */
	List<Paragraph> write(ReportSettings settings, int year, Scoreboard scoreboard, List<ResultRow> results,
			List<NarrativePoint> points) {
		List<Paragraph> body = new ArrayList<>();
		preamble(body, settings, year, scoreboard, results, points);
		List<Part> parts = new ArrayList<>();
		ReportSettings.Resolution resolution = settings.resolution();
		parts.add(new Part("resolution.goal", null, paragraphs(resolution.goal()),
				resolution.goal().isEmpty() ? text("draft.write.goal", year + 1, ReportSettings.FILE) : null));
		Map<String, List<ResultRow>> targets = targets(results);
		if (!targets.isEmpty()) {
			List<Paragraph> items = new ArrayList<>();
			int field = 1;
			int number = 1;
			for (Map.Entry<String, List<ResultRow>> group : targets.entrySet()) {
				items.add(new Paragraph(Paragraph.Kind.HEADING2, text("resolution.targets.field", field++,
						about(group.getKey()), Formats.count(group.getValue().size(), this.messages.locale()))));
				for (ResultRow row : group.getValue()) {
					items.add(new Paragraph(Paragraph.Kind.ITEM, text("resolution.targets.item", number++, item(row))));
				}
			}
			parts.add(new Part("resolution.targets", year + 1, items, null));
		}
		Map<String, List<NarrativePoint>> tasks = ReviewNarrative.byGroupOf(points, PointKind.NHIEM_VU);
		List<Paragraph> taskParagraphs = new ArrayList<>();
		int field = 1;
		for (Map.Entry<String, List<NarrativePoint>> group : tasks.entrySet()) {
			taskParagraphs.add(new Paragraph(Paragraph.Kind.HEADING2,
					text("resolution.tasks.field", field++, about(group.getKey()))));
			ReviewNarrative.paragraphs(taskParagraphs, group.getValue());
		}
		if (!tasks.isEmpty() && !settings.directions().isEmpty()) {
			taskParagraphs.add(new Paragraph(Paragraph.Kind.HEADING2, text("resolution.tasks.general", field)));
		}
		taskParagraphs.addAll(paragraphs(settings.directions()));
		String directions = settings.directions().isEmpty()
				? text("draft.write.directions", year + 1, ReportSettings.FILE) : null;
		if (!tasks.isEmpty() && directions != null) {
			// the departments' tasks are printed; the general ones are the office's to
			// add
			taskParagraphs.add(Paragraph.toWrite(directions));
			directions = null;
		}
		parts.add(new Part("resolution.tasks", null, taskParagraphs, directions));
		parts.add(new Part("resolution.implementation", null, paragraphs(resolution.implementation()),
				resolution.implementation().isEmpty()
						? text("draft.write.implementation", year + 1, ReportSettings.FILE) : null));
		number(body, parts);
		return body;
	}

	/**
	 * Adds the resolution's parts, each numbered I, II… among the parts printed: the PDF
	 * leaves out a part the settings give no text for, and the next one takes its number;
	 * the Word draft keeps it, a heading over an empty paragraph for the office to write,
	 * and numbers it with the others.
	 */
	private void number(List<Paragraph> body, List<Part> parts) {
		int printed = 0;
		int drafted = 0;
		for (Part part : parts) {
			String draftHeading = part.heading(this, ROMAN[drafted++]);
			if (part.toWrite() != null) {
				body.add(Paragraph.draftOnly(Paragraph.Kind.HEADING1, draftHeading));
				body.add(Paragraph.toWrite(part.toWrite()));
				continue;
			}
			String heading = part.heading(this, ROMAN[printed++]);
			if (heading.equals(draftHeading)) {
				body.add(new Paragraph(Paragraph.Kind.HEADING1, heading));
			}
			else {
				body.add(new Paragraph(Paragraph.Kind.HEADING1, heading, Paragraph.Shown.PRINT, null));
				body.add(Paragraph.draftOnly(Paragraph.Kind.HEADING1, draftHeading));
			}
			body.addAll(part.paragraphs());
		}
	}

	private static List<Paragraph> paragraphs(List<String> texts) {
		return texts.stream().map((text) -> new Paragraph(Paragraph.Kind.BODY, text)).toList();
	}

	/**
	 * A part of the resolution after its preamble.
	 *
	 * @param key the message of its heading, whose first argument is its number
	 * @param argument the heading's second argument, {@code null} for none
	 * @param paragraphs what it prints
	 * @param toWrite what the office writes in the Word draft when the settings give it
	 * no text (the comment on its empty paragraph); {@code null} when it has its text
	 */
	private record Part(String key, Object argument, List<Paragraph> paragraphs, String toWrite) {

		String heading(ResolutionNarrative narrative, String number) {
			return (this.argument != null) ? narrative.text(this.key, number, this.argument)
					: narrative.text(this.key, number);
		}

	}

	/**
	 * The preamble: the year's count, its highlights, then its shortfalls and their
	 * causes, and the sentence that leads into the resolution's sections.
	 */
	private void preamble(List<Paragraph> body, ReportSettings settings, int year, Scoreboard scoreboard,
			List<ResultRow> results, List<NarrativePoint> points) {
		body.add(new Paragraph(Paragraph.Kind.BODY,
				text("resolution.headline", year, settings.area(), scoreboard.overall().achieved(),
						scoreboard.overall().total(), this.review.headlineRest(scoreboard.overall()))));
		ReviewNarrative.byGroupOf(points, PointKind.KET_QUA)
			.values()
			.forEach((field) -> ReviewNarrative.paragraphs(body, field));
		List<String> missed = results.stream()
			.filter((row) -> row.resolution()
					&& (row.status() == Status.NOT_ACHIEVED || row.status() == Status.NEARLY_ACHIEVED))
			.map(ResultRow::name)
			.toList();
		List<Paragraph> limitations = new ArrayList<>();
		ReviewNarrative.byGroupOf(points, PointKind.HAN_CHE)
			.values()
			.forEach((field) -> ReviewNarrative.paragraphs(limitations, field));
		if (!missed.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.BODY, text("resolution.missed",
					Formats.count(missed.size(), this.messages.locale()), String.join("; ", missed))));
		}
		else if (!limitations.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.BODY, text("resolution.limitations")));
		}
		body.addAll(limitations);
		List<NarrativePoint> causes = ReviewNarrative.byGroupOf(points, PointKind.NGUYEN_NHAN)
			.values()
			.stream()
			.flatMap(List::stream)
			.toList();
		if (!causes.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.HEADING3, text("resolution.causes")));
			ReviewNarrative.paragraphs(body, causes);
		}
		body.add(new Paragraph(Paragraph.Kind.BODY, text("resolution.lead", year, year + 1)));
	}

	/** One target: "Tốc độ tăng trưởng GRDP đạt 8–8,5%". */
	private String item(ResultRow row) {
		Target target = row.planNextTarget();
		String key = (target.kind() == Target.Kind.AT_MOST) ? "review.targets.item.atMost" : "review.targets.item";
		return text(key, row.name(), this.review.targetWords(target, row.unit()));
	}

	/**
	 * A field as the headings name it after "Về": its label, in Vietnamese with a small
	 * first letter.
	 */
	private String about(String group) {
		String name = this.review.groupName(group);
		if (name.isEmpty() || !"vi".equals(this.messages.locale().getLanguage())) {
			return name;
		}
		return name.substring(0, 1).toLowerCase(this.messages.locale()) + name.substring(1);
	}

	private String text(String key, Object... args) {
		return this.messages.get(key, args);
	}

}
