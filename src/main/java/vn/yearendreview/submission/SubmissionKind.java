package vn.yearendreview.submission;

import java.util.List;
import java.util.Set;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Staged;

/**
 * A kind of submission (DESIGN.md 4.1): the columns its files have, how a header is known
 * to be of this kind, how each of its records is checked, and the columns that, with the
 * department, make a record's key. A new kind is one implementation of this, added to
 * {@link SubmissionKinds}, with its staged record type and table in the staging package.
 */
public interface SubmissionKind {

	/**
	 * A short name, as the staging tables record it.
	 * @return e.g. {@code figures}
	 */
	String code();

	/**
	 * The columns, in the order a template lists them.
	 * @return the columns
	 */
	List<? extends SubmissionColumn> columns();

	/**
	 * Whether a header with these columns is a file of this kind: the columns no other
	 * kind has are there.
	 * @param found the columns a header names
	 * @return {@code true} when it is
	 */
	boolean recognizes(Set<SubmissionColumn> found);

	/**
	 * The column of the year reported, named in messages about the year under review.
	 * @return the column
	 */
	SubmissionColumn yearColumn();

	/**
	 * The column that, with the department, identifies a record: two records with the
	 * same key are the same figure or point reported twice.
	 * @return the column
	 */
	SubmissionColumn keyColumn();

	/**
	 * The columns holding numbers, from whose values the file's number style is told.
	 * @return the columns
	 */
	List<? extends SubmissionColumn> numberColumns();

	/**
	 * The columns of short text (codes, names, units), whose letters show a legacy font
	 * encoding or characters lost to question marks.
	 * @return the columns
	 */
	List<? extends SubmissionColumn> textColumns();

	/**
	 * The columns of free text, where only symbols of a legacy font are a sign of one
	 * (plain text may hold any letter).
	 * @return the columns
	 */
	List<? extends SubmissionColumn> freeTextColumns();

	/**
	 * Whether a file of this kind with a header and no rows deserves a warning: a file of
	 * figures without any is a mistake, while a department may have nothing to say or to
	 * register and send its template back as it came (DESIGN.md 10.1).
	 * @return {@code true} when a header-only file is worth a warning
	 */
	default boolean rowsExpected() {
		return true;
	}

	/**
	 * A checker of this kind's records, for the records of one step.
	 * @param catalog the catalog
	 * @param messages the messages
	 * @param exampleYear the year that messages give as an example
	 * @return the checker
	 */
	RecordChecker checker(Catalog catalog, Messages messages, int exampleYear);

	/** Checks one record of a file of its kind. */
	interface RecordChecker {

		/**
		 * Checks a record.
		 * @param record the record as read
		 * @return the record as staged, accepted or rejected with its problems
		 */
		Staged check(SourceRecord record);

	}

}
