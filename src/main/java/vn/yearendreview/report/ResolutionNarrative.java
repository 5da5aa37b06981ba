package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.model.Status;
import vn.yearendreview.settings.ReportSettings;

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

	/** A cause written with its own "Do …", which the sentence already says. */
	private static final Pattern CAUSE_WORD = Pattern.compile("^(?:là\\s+)?do\\s+",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final Messages messages;

	private final IndicatorWords words;

	ResolutionNarrative(Messages messages) {
		this.messages = messages;
		this.words = new IndicatorWords(messages);
	}

	/**
	 * The targets of next year the resolution numbers: the resolution indicators with a
	 * target for next year, by field in the review's order.
	 * @param results the indicators of the review
	 * @return the targets by field
	 */
	static Map<String, List<ResultRow>> targets(List<ResultRow> results) {
		return FieldOrder
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
				// the count as the edition writes it ("09"), then as a number for the
				// plural of its noun
				items.add(new Paragraph(Paragraph.Kind.HEADING2,
						text("resolution.targets.field", field++, about(group.getKey()),
								Formats.count(group.getValue().size(), this.messages.locale()),
								group.getValue().size())));
				for (ResultRow row : group.getValue()) {
					items.add(new Paragraph(Paragraph.Kind.ITEM,
							text("resolution.targets.item", number++, this.words.targetItem(row))));
				}
			}
			parts.add(new Part("resolution.targets", year + 1, items, null));
		}
		Map<String, List<NarrativePoint>> tasks = FieldOrder.byGroupOf(points, PointKind.NHIEM_VU);
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
		return ReviewNarrative.once(body);
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
	 * The preamble, an assessment in the shape of a real resolution: one paragraph of the
	 * year's verdict, its count once, with each field's highlights joined into sentences;
	 * one of its shortfalls ("Tuy nhiên, …" with the indicators missed inside the
	 * sentence) and their causes; the forecast for next year; then the deciding body's
	 * sentence that leads into the parts.
	 */
	private void preamble(List<Paragraph> body, ReportSettings settings, int year, Scoreboard scoreboard,
			List<ResultRow> results, List<NarrativePoint> points) {
		long noData = scoreboard.overall().count(Status.NO_DATA);
		StringBuilder verdict = new StringBuilder(text("resolution.headline", year, settings.area(),
				scoreboard.overall().achieved(), scoreboard.overall().total(),
				(noData > 0) ? text("review.headline.noData", Formats.count(noData, this.messages.locale())) : ""));
		// the verdict with the first field's highlights (the economy's, as the catalog
		// orders the fields), the other fields' highlights in a paragraph of their own
		StringBuilder others = new StringBuilder();
		boolean first = true;
		for (List<NarrativePoint> field : FieldOrder.byGroupOf(points, PointKind.KET_QUA).values()) {
			StringBuilder paragraph = first ? verdict : others;
			paragraph.append(paragraph.isEmpty() ? "" : " ").append(Sentences.finalStop(flowing(texts(field), false)));
			first = false;
		}
		body.add(new Paragraph(Paragraph.Kind.BODY, verdict.toString()));
		if (!others.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.BODY, others.toString()));
		}
		List<String> missed = results.stream()
			.filter((row) -> row.resolution()
					&& (row.status() == Status.NOT_ACHIEVED || row.status() == Status.NEARLY_ACHIEVED))
			.map((row) -> this.words.named(row.name()))
			.toList();
		List<String> clauses = new ArrayList<>();
		if (!missed.isEmpty()) {
			clauses.add(text("resolution.missed", Formats.count(missed.size(), this.messages.locale()),
					enumeration(missed), missed.size()));
		}
		List<NarrativePoint> limitations = FieldOrder.byGroupOf(points, PointKind.HAN_CHE)
			.values()
			.stream()
			.flatMap(List::stream)
			.toList();
		if (!limitations.isEmpty()) {
			clauses.add(flowing(texts(limitations), true));
		}
		StringBuilder shortfalls = new StringBuilder();
		if (!clauses.isEmpty()) {
			shortfalls.append(text("resolution.however", String.join("; ", clauses)));
		}
		List<String> causes = FieldOrder.byGroupOf(points, PointKind.NGUYEN_NHAN)
			.values()
			.stream()
			.flatMap(List::stream)
			.map((point) -> CAUSE_WORD.matcher(point.text().strip()).replaceFirst(""))
			.toList();
		if (!causes.isEmpty()) {
			shortfalls.append(shortfalls.isEmpty() ? "" : " ").append(text("resolution.causes", flowing(causes, true)));
		}
		if (!shortfalls.isEmpty()) {
			body.add(new Paragraph(Paragraph.Kind.BODY, shortfalls.toString()));
		}
		List<String> forecast = settings.resolution().forecast();
		if (forecast.isEmpty()) {
			body.add(Paragraph.toWrite(text("draft.write.forecast", year + 1, ReportSettings.FILE)));
		}
		body.addAll(paragraphs(forecast));
		body.add(
				new Paragraph(Paragraph.Kind.BODY, text("resolution.lead", decidingBody(settings.issuer()), year + 1)));
	}

	/**
	 * The body that adopts the resolution, named from the issuer: the Party committee of
	 * a province ({@code TỈNH ỦY …}), a city or a district.
	 * @param issuer the issuer of the documents
	 * @return its name as the lead sentence writes it
	 */
	String decidingBody(String issuer) {
		return decidingBody(issuer, "");
	}

	/**
	 * The body that adopts the resolution, in its long or short name.
	 * @param issuer the issuer of the documents
	 * @param form {@code ""} for the long name, {@code "short"} for the short one
	 * ({@code Tỉnh ủy})
	 * @return the name
	 */
	String decidingBody(String issuer, String form) {
		String upper = issuer.strip().toUpperCase(Locale.ROOT);
		String key = "resolution.body";
		if (upper.startsWith("TỈNH ỦY") || upper.startsWith("TỈNH UỶ") || upper.contains("PROVINCIAL")) {
			key = "resolution.body.province";
		}
		else if (upper.startsWith("THÀNH ỦY") || upper.startsWith("THÀNH UỶ") || upper.contains("CITY")) {
			key = "resolution.body.city";
		}
		else if (upper.startsWith("HUYỆN ỦY") || upper.startsWith("QUẬN ỦY") || upper.startsWith("THỊ ỦY")
				|| upper.contains("DISTRICT")) {
			key = "resolution.body.district";
		}
		return text(form.isEmpty() ? key : key + "." + form);
	}

	private static List<String> texts(List<NarrativePoint> points) {
		return points.stream().map(NarrativePoint::text).toList();
	}

	/**
	 * Paragraphs joined into one flowing sentence: each without its final stop, the ones
	 * after the first (or all, inside a sentence) starting with a small letter, joined by
	 * semicolons.
	 */
	private String flowing(List<String> texts, boolean inside) {
		List<String> parts = new ArrayList<>();
		for (String text : texts) {
			String part = Sentences.withoutFinalStop(text.strip());
			parts.add((inside || !parts.isEmpty()) ? Sentences.midSentence(part, this.messages.locale()) : part);
		}
		return String.join("; ", parts);
	}

	/** "a, b và c". */
	private String enumeration(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + text("resolution.and")
				+ items.get(items.size() - 1);
	}

	/**
	 * A field as the headings name it after "Về": its label, in Vietnamese with a small
	 * first letter.
	 */
	private String about(String group) {
		String name = this.words.groupName(group);
		if (name.isEmpty() || !"vi".equals(this.messages.locale().getLanguage())) {
			return name;
		}
		return name.substring(0, 1).toLowerCase(this.messages.locale()) + name.substring(1);
	}

	private String text(String key, Object... args) {
		return this.messages.get(key, args);
	}

}
