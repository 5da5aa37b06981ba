package vn.yearendreview.submission;

import java.util.List;
import java.util.Locale;

/** A column of a kind of submission, with the headers accepted for it. */
public interface SubmissionColumn {

	/**
	 * The column's constant name.
	 * @return e.g. {@code PLAN}
	 */
	String name();

	/**
	 * The headers accepted and whether the column is required.
	 * @return the column's specification
	 */
	ReferenceFile.ColumnSpec spec();

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
