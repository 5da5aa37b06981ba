package vn.yearendreview.submission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.yearendreview.model.HeaderMatcher;
import vn.yearendreview.submission.figures.IndicatorFigures;
import vn.yearendreview.submission.kind.SubmissionColumn;
import vn.yearendreview.submission.kind.SubmissionKind;
import vn.yearendreview.submission.narrative.NarrativePoints;
import vn.yearendreview.submission.tasks.TaskRegistrations;

/**
 * The kinds of submission the program reads, and which of them a header is. Each header
 * cell is matched against the headers of every kind, case- and diacritic-insensitively
 * ({@link HeaderMatcher}). The run's kinds are a bean
 * ({@link SubmissionKindsConfiguration}).
 */
public final class SubmissionKinds {

	private final Map<SubmissionKind, HeaderMatcher<SubmissionColumn>> headers = new LinkedHashMap<>();

	/**
	 * The kinds of submission the program reads: a kind of submission is added here.
	 * @return every kind, in the order a header that fits none is compared with them
	 */
	public static SubmissionKinds standard() {
		return new SubmissionKinds(List.of(IndicatorFigures.KIND, NarrativePoints.KIND, TaskRegistrations.KIND));
	}

	/**
	 * Kinds of submission.
	 * @param kinds every kind, in the order a header that fits none is compared with them
	 */
	public SubmissionKinds(List<SubmissionKind> kinds) {
		for (SubmissionKind kind : kinds) {
			this.headers.put(kind,
					new HeaderMatcher<SubmissionColumn>(List.copyOf(kind.columns()), SubmissionColumn::headers));
		}
	}

	/**
	 * The kinds, in their order.
	 * @return every kind
	 */
	public List<SubmissionKind> all() {
		return List.copyOf(this.headers.keySet());
	}

	/**
	 * A list with one more kind, as a department of another office might send.
	 * @param kind the kind added
	 * @return the kinds and that one
	 */
	public SubmissionKinds with(SubmissionKind kind) {
		List<SubmissionKind> kinds = new ArrayList<>(all());
		kinds.add(kind);
		return new SubmissionKinds(kinds);
	}

	/**
	 * What a header is: the kind it fits and where each of that kind's columns is.
	 * @param header the header cells as written
	 * @return the kind and columns
	 */
	HeaderMatch match(List<String> header) {
		HeaderMatch best = null;
		List<HeaderMatch> recognized = new ArrayList<>();
		for (Map.Entry<SubmissionKind, HeaderMatcher<SubmissionColumn>> kind : this.headers.entrySet()) {
			HeaderMatch match = match(kind.getKey(), kind.getValue(), header);
			if (kind.getKey().recognizes(match.columns().keySet())) {
				recognized.add(match);
			}
			if (best == null || match.columns().size() > best.columns().size()) {
				best = match;
			}
		}
		if (recognized.size() == 1) {
			return recognized.get(0);
		}
		return (recognized.isEmpty()) ? best
				: new HeaderMatch(recognized.get(0).kind(), recognized.get(0).columns(), recognized.get(0).unknown(),
						recognized.get(0).repeated(), recognized.stream().map(HeaderMatch::kind).toList());
	}

	private static HeaderMatch match(SubmissionKind kind, HeaderMatcher<SubmissionColumn> matcher,
			List<String> header) {
		Map<SubmissionColumn, Integer> columns = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		List<String[]> repeated = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String cell = header.get(i);
			if (cell.isEmpty()) {
				continue;
			}
			Optional<SubmissionColumn> column = matcher.match(cell);
			if (column.isEmpty()) {
				unknown.add(cell);
			}
			else if (columns.containsKey(column.get())) {
				repeated
					.add(new String[] { header.get(columns.get(column.get())) + ", " + cell, column.get().header() });
			}
			else {
				columns.put(column.get(), i);
			}
		}
		return new HeaderMatch(kind, columns, unknown, repeated);
	}

	/**
	 * A header read as a kind of submission.
	 *
	 * @param kind the kind it fits best
	 * @param columns the index of each of the kind's columns found
	 * @param unknown header cells no column of the kind has
	 * @param repeated columns named twice: both headers as written, then the column's
	 * English header
	 * @param alsoFits every kind the header fits when it fits more than one (such a file
	 * is refused), empty otherwise
	 */
	record HeaderMatch(SubmissionKind kind, Map<SubmissionColumn, Integer> columns, List<String> unknown,
			List<String[]> repeated, List<SubmissionKind> alsoFits) {

		HeaderMatch(SubmissionKind kind, Map<SubmissionColumn, Integer> columns, List<String> unknown,
				List<String[]> repeated) {
			this(kind, columns, unknown, repeated, List.of());
		}

		/**
		 * The required columns of the kind the header lacks.
		 * @return the columns
		 */
		List<SubmissionColumn> missing() {
			Set<SubmissionColumn> found = new HashSet<>(this.columns.keySet());
			return this.kind.columns()
				.stream()
				.filter((c) -> c.required() && !found.contains(c))
				.map((c) -> (SubmissionColumn) c)
				.toList();
		}

	}

}
