package vn.yearendreview.submission.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.yearendreview.model.ColumnSpec;

/** A column of a kind of submission, with the headers accepted for it. */
public interface SubmissionColumn {

	/**
	 * The column's constant name.
	 * @return e.g. {@code PLAN}
	 */
	String name();

	/**
	 * The headers of a template, one per column in the columns' order, each checked to be
	 * one the reading of that column accepts.
	 * @param columns the columns
	 * @param titles the header of each
	 * @return the headers
	 * @throws IllegalStateException when a title is not a header of its column
	 */
	static List<String> titles(SubmissionColumn[] columns, String... titles) {
		if (columns.length != titles.length) {
			throw new IllegalStateException("one title per column expected: " + List.of(titles));
		}
		List<String> headers = new ArrayList<>();
		for (int i = 0; i < columns.length; i++) {
			if (!columns[i].headers().contains(titles[i])) {
				throw new IllegalStateException(titles[i] + " is not a header of " + columns[i]);
			}
			headers.add(titles[i]);
		}
		return List.copyOf(headers);
	}

	/**
	 * The headers accepted and whether the column is required.
	 * @return the column's specification
	 */
	ColumnSpec spec();

	/**
	 * The headers accepted, the English one first.
	 * @return the headers
	 */
	default List<String> headers() {
		return spec().headers();
	}

	/**
	 * Whether a file of its kind without this column is refused.
	 * @return {@code true} when it must be there
	 */
	default boolean required() {
		return spec().required();
	}

	/**
	 * The English header, as written in the results files.
	 * @return e.g. {@code "plan"}
	 */
	default String header() {
		return name().toLowerCase(Locale.ROOT);
	}

}
