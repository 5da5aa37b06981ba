package vn.yearendreview.submission.proposals;

import java.util.List;

import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Staged;
import vn.yearendreview.model.StagedRecord;

/**
 * A proposal after checking: nothing of its own is stored beyond what every record has.
 *
 * @param fileNo the file's place in name order
 * @param line the physical line the record starts on
 * @param reason why it was rejected, {@code null} when accepted
 * @param department the department code, upper case
 * @param year the year reported
 * @param problems errors and warnings about it
 */
public record StagedProposal(int fileNo, long line, Reason reason, String department, Integer year,
		List<Problem> problems) implements Staged, StagedRecord {

}
