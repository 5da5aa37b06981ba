package vn.yearendreview.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.model.Status;
import vn.yearendreview.settings.ReportSettings;

import static vn.yearendreview.report.CommitteeDocument.Align.CENTER;
import static vn.yearendreview.report.CommitteeDocument.Align.LEFT;
import static vn.yearendreview.report.CommitteeDocument.Align.RIGHT;

/**
 * The appendices of the consolidated review as composed, for its PDF and its Word draft
 * alike: appendix 1, the indicators and the chart of verdicts by group; appendix 2, the
 * term's progress.
 */
final class ReviewAppendices {

	/** The group of appendix 1 that lists the indicators outside the resolution. */
	private static final String OUTSIDE_RESOLUTION = "ngoai_nghi_quyet";

	private ReviewAppendices() {
	}

	/**
	 * Appendix 1: the indicators of the review, province-wide figures in catalog order
	 * under the group headings, and the chart of verdicts by group. Last year's figure is
	 * the department's, else the history file's, as appendix 2 takes it.
	 */
	static CommitteeDocument.Appendix indicatorsAppendix(Documents documents, Scoreboard scoreboard,
			List<ResultRow> results, boolean numbered, Map<String, Map<Integer, BigDecimal>> history) {
		Messages messages = documents.messages();
		Locale locale = documents.locale();
		String year = String.valueOf(documents.year());
		// the resolution's indicators under their fields, so that their rows count the
		// headline's total, then the others under their own heading
		List<ResultRow> ordered = new ArrayList<>(results.stream().filter(ResultRow::resolution).toList());
		ordered.addAll(results.stream().filter((r) -> !r.resolution()).toList());
		Set<String> groups = new LinkedHashSet<>();
		ordered.forEach((r) -> groups.add(appendixGroup(r)));
		Map<String, String> headings = (groups.size() == 1 && groups.contains("")) ? Map.of()
				: documents.groupHeadings(groups);
		Map<String, String> statuses = documents.statusLabels();
		List<CommitteeDocument.Row> rows = new ArrayList<>();
		for (ResultRow row : ordered) {
			rows.add(new CommitteeDocument.Row(headings.get(appendixGroup(row)),
					Arrays.asList(String.valueOf(rows.size() + 1), row.name(), row.unit(),
							Formats.number(previous(row, history, documents.year()), locale),
							Formats.targetCell(row.plan(), row.planWords(), locale),
							Formats.number(row.actual(), locale),
							Formats.percentOfPlanCell(row.percentOfPlan(), row.unit(), row.plan(), locale),
							Formats.percentCell(row.percentOfPrevious(), row.unit(), locale),
							statuses.get(row.status().name()), row.note())));
		}
		List<CommitteeDocument.Column> columns = List.of(column(messages.get("table.number"), 30, CENTER),
				column(messages.get("table.indicator"), 190, LEFT), column(messages.get("table.unit"), 62, CENTER),
				column(messages.get("table.previousYear", String.valueOf(documents.year() - 1)), 62, RIGHT),
				column(messages.get("table.plan", year), 66, RIGHT),
				column(messages.get("table.actual", year), 62, RIGHT),
				column(messages.get("table.percentOfPlan"), 56, RIGHT),
				column(messages.get("table.percentOfPrevious"), 56, RIGHT),
				column(messages.get("table.status"), 62, CENTER), column(messages.get("table.note"), 96, LEFT));
		return new CommitteeDocument.Appendix(
				numbered ? messages.get("appendix.numbered", 1) : messages.get("appendix.title"),
				messages.get("appendix.subtitle", year), attachment(documents),
				new CommitteeDocument.Table(columns, CommitteeDocument.Rows.of(List.copyOf(rows))),
				new CommitteeDocument.Chart(messages.get("appendix.chart"), messages.get("appendix.chart.axis"),
						chartData(documents, scoreboard)));
	}

	/** Last year's figure: the department's, else the history file's. */
	private static String previous(ResultRow row, Map<String, Map<Integer, BigDecimal>> history, int year) {
		if (row.previous() != null) {
			return row.previous();
		}
		BigDecimal recorded = history.getOrDefault(row.indicator(), Map.of()).get(year - 1);
		return (recorded != null) ? recorded.toPlainString() : null;
	}

	/** The group a row of appendix 1 is listed under. */
	private static String appendixGroup(ResultRow row) {
		if (!row.resolution()) {
			return OUTSIDE_RESOLUTION;
		}
		return (row.groupCode() != null) ? row.groupCode() : "";
	}

	private static CommitteeDocument.Column column(String heading, int width, CommitteeDocument.Align align) {
		return new CommitteeDocument.Column(heading, width, align);
	}

	private static String attachment(Documents documents) {
		return documents.messages()
			.get("appendix.attachment", documents.documentNumber(), Formats.shortDate(documents.settings().date()),
					documents.settings().reportingBody());
	}

	/**
	 * Appendix 2: the term's targets, a column per year of the term up to the year under
	 * review, the average or sum so far and the assessment.
	 */
	static CommitteeDocument.Appendix progressAppendix(Documents documents, TermProgressTable progress) {
		Messages messages = documents.messages();
		Locale locale = documents.locale();
		List<Integer> years = progress.years();
		List<CommitteeDocument.Row> rows = new ArrayList<>();
		for (TermProgressTable.Line line : progress.lines()) {
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(rows.size() + 1));
			cells.add(line.result().name());
			cells.add(line.result().unit());
			cells.add(messages.get("progress.kind." + line.kind().name(), Formats.target(line.target(), null, locale)));
			for (Integer year : years) {
				BigDecimal value = line.values().get(year);
				cells.add((value != null) ? Formats.number(value, locale) : Formats.DASH);
			}
			BigDecimal aggregate = line.assessment().aggregate();
			cells.add((aggregate != null) ? Formats.number(new BigDecimal(TermProgressTable.plain(aggregate)), locale)
					: null);
			cells.add(messages.get("progress.assessment." + line.assessment().assessment().name()));
			rows.add(new CommitteeDocument.Row(null, cells));
		}
		// the widths of the template: the indicator's column takes what the years left
		// out
		// leave
		int yearsLeftOut = ReportSettings.Term.MAX_YEARS - years.size();
		List<CommitteeDocument.Column> columns = new ArrayList<>(
				List.of(column(messages.get("table.number"), 28, CENTER),
						column(messages.get("table.indicator"), 150 + 55 * yearsLeftOut, LEFT),
						column(messages.get("table.unit"), 50, CENTER),
						column(messages.get("progress.table.target"), 95, CENTER)));
		for (Integer year : years) {
			columns.add(column(yearLabel(documents, year), 55, RIGHT));
		}
		columns.add(column(messages.get("progress.table.aggregate"), 62, RIGHT));
		columns.add(column(messages.get("progress.table.assessment"), 82, CENTER));
		return new CommitteeDocument.Appendix(messages.get("appendix.numbered", 2),
				messages.get("progress.table.title", progress.term().name()), attachment(documents),
				new CommitteeDocument.Table(List.copyOf(columns), CommitteeDocument.Rows.of(List.copyOf(rows))), null);
	}

	/**
	 * A year's column heading: the year under review is an estimate when the review is
	 * made.
	 */
	static String yearLabel(Documents documents, int year) {
		return documents.messages()
			.get((year == documents.year()) ? "progress.table.estimate" : "progress.table.year", String.valueOf(year));
	}

	/**
	 * The chart's records: for each group, the count of each verdict that occurs
	 * anywhere, every verdict in the same order so that each keeps its colour.
	 */
	static List<Map<String, ?>> chartData(Documents documents, Scoreboard scoreboard) {
		List<Status> statuses = new ArrayList<>();
		for (Status status : Status.values()) {
			if (scoreboard.overall().count(status) > 0) {
				statuses.add(status);
			}
		}
		Map<String, String> labels = documents.statusLabels();
		List<Map<String, ?>> records = new ArrayList<>();
		for (Status status : statuses) {
			scoreboard.byGroup()
				.forEach((group, tally) -> records.add(Map.of("group", documents.groupLabel(group), "status",
						labels.get(status.name()), "count", tally.count(status))));
		}
		return records;
	}

}
