package vn.yearendreview.submission.kind;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Reason;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.RecordTable;
import vn.yearendreview.staging.TaskTable;

/**
 * What a kind's same-key rule works on: the staged rows of one run, once every file is
 * ingested and the rows of another year are rejected.
 *
 * @param instance the job instance
 * @param files the staged files, with the headers their problems name
 * @param rows the staged rows
 * @param tasks the staged task registrations
 * @param problems the problems, where the rule's warnings are filed
 * @param messages the words of the problems
 * @param counts the rows read and accepted so far, per file and department
 */
public record WholeSet(long instance, FileTable files, RecordTable rows, TaskTable tasks, ProblemTable problems,
		Messages messages, AcceptedCounts counts) {

	/**
	 * Where the rule's findings go.
	 * @param droppedWarning a warning a rejected row loses, {@code null} for none
	 * @return the rejections, to be finished by the rule
	 */
	public Rejections rejections(Reason droppedWarning) {
		return new Rejections(this.rows, this.problems, this.instance, this.counts, droppedWarning);
	}

}
