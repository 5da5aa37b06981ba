package vn.yearendreview.submission.kind;

import java.util.List;
import java.util.Set;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Staged;
import vn.yearendreview.model.StagedRecord;
import vn.yearendreview.staging.RecordTables;

/**
 * A kind of submission (DESIGN.md 4.1): the columns its files have, how a header is known
 * to be of this kind, how each of its records is checked, the columns that, with the
 * department, make a record's key, and what the whole-set checks and the staging tables
 * need to know of it. A kind is a package of its own holding one implementation of this,
 * its columns and its checker, named in the list of kinds ({@code SubmissionKinds});
 * README.md, "Adding a kind of submission", has the steps.
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
	 * How many years after the year under review its records are for: a record of another
	 * year is rejected.
	 * @return 0, or 1 for what is registered for the next year; a kind whose offset is
	 * not 0 has its own message {@code problem.WRONG_YEAR.<code>}
	 */
	default int yearOffset() {
		return 0;
	}

	/**
	 * The Vietnamese headers of the template a department fills in and sends back
	 * (DESIGN.md 10.1), one per column in the columns' order, each one the reading
	 * accepts.
	 * @return the headers
	 */
	List<String> templateHeader();

	/**
	 * The type of the records its checker stages.
	 * @return the type
	 */
	Class<? extends StagedRecord> recordType();

	/**
	 * Stores a chunk's checked records of this kind with their problems, in the chunk's
	 * transaction: what every record has in the staging tables' common record table, and
	 * what its kind adds in the kind's own table.
	 * @param tables the staging tables of records
	 * @param instance the job instance
	 * @param records the records, each of its {@link #recordType()}
	 */
	void store(RecordTables tables, long instance, List<? extends StagedRecord> records);

	/**
	 * What is done with records of this kind that share a department and key, once every
	 * file is read.
	 * @return the rule, {@link SameKeyRule#NONE} when they are all kept
	 */
	default SameKeyRule sameKeyRule() {
		return SameKeyRule.NONE;
	}

	/**
	 * The column of the year's figure, which plausibility warnings name by its header as
	 * written.
	 * @return the column, {@code null} for a kind without figures
	 */
	default SubmissionColumn actualColumn() {
		return null;
	}

	/**
	 * The column of last year's figure, which plausibility warnings name by its header as
	 * written.
	 * @return the column, {@code null} for a kind without figures
	 */
	default SubmissionColumn previousColumn() {
		return null;
	}

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
	 * Whether every department is expected to send records of this kind: a file of it
	 * with a header and no rows deserves a warning, an expected department without any is
	 * listed as having sent nothing, and its records' years tell the year under review. A
	 * department may have nothing to say or to register and send such a template back as
	 * it came (DESIGN.md 10.1).
	 * @return {@code true} for a kind every department sends
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
