package vn.yearendreview.submission.proposals;

import java.util.List;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Text;
import vn.yearendreview.submission.kind.RecordChecks;
import vn.yearendreview.submission.kind.SourceRecord;

/**
 * Checks a proposal: the department and year as every kind does, and a proposal written.
 */
final class ProposalValidator extends RecordChecks<StagedProposal> {

	ProposalValidator(Catalog catalog, Messages messages, int exampleYear) {
		super(catalog, messages, exampleYear, ProposalColumn.DEPARTMENT, ProposalColumn.YEAR);
	}

	@Override
	public StagedProposal checkCells(SourceRecord record, List<Problem> problems) {
		String department = code(record, ProposalColumn.DEPARTMENT, Reason.MISSING_DEPARTMENT, Reason.BAD_DEPARTMENT,
				problems);
		Integer year = year(record, problems);
		if (Text.isBlank(record.cell(ProposalColumn.PROPOSAL))) {
			problems.add(error(record, ProposalColumn.PROPOSAL, null, Reason.MISSING_TEXT));
		}
		checkKnownDepartment(record, department, problems);
		Reason reason = problems.stream().filter(Problem::isError).map(Problem::reason).findFirst().orElse(null);
		return new StagedProposal(record.profile().fileNo(), record.line(), reason, department, year, problems);
	}

	@Override
	public StagedProposal rejected(SourceRecord record, Reason reason, List<Problem> problems) {
		return new StagedProposal(record.profile().fileNo(), record.line(), reason, departmentOf(record), null,
				problems);
	}

}
