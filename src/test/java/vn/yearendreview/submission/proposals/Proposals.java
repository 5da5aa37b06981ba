package vn.yearendreview.submission.proposals;

import java.util.List;
import java.util.Set;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.StagedRecord;
import vn.yearendreview.staging.RecordTables;
import vn.yearendreview.submission.kind.SubmissionColumn;
import vn.yearendreview.submission.kind.SubmissionKind;

/**
 * A fourth kind of submission, made for the tests: what a department proposes to the
 * province, one proposal per record. It is new files only, and reaches a run by the list
 * of kinds alone.
 */
public final class Proposals implements SubmissionKind {

	/** The kind. */
	public static final Proposals KIND = new Proposals();

	private static final List<String> TEMPLATE_HEADER = SubmissionColumn.titles(ProposalColumn.values(), "Mã đơn vị",
			"Năm", "Kiến nghị");

	private Proposals() {
	}

	@Override
	public String code() {
		return "proposals";
	}

	@Override
	public List<ProposalColumn> columns() {
		return List.of(ProposalColumn.values());
	}

	@Override
	public boolean recognizes(Set<SubmissionColumn> found) {
		return found.contains(ProposalColumn.PROPOSAL);
	}

	@Override
	public SubmissionColumn yearColumn() {
		return ProposalColumn.YEAR;
	}

	@Override
	public SubmissionColumn keyColumn() {
		return ProposalColumn.PROPOSAL;
	}

	@Override
	public List<ProposalColumn> numberColumns() {
		return List.of();
	}

	@Override
	public List<ProposalColumn> textColumns() {
		return List.of(ProposalColumn.DEPARTMENT);
	}

	@Override
	public List<ProposalColumn> freeTextColumns() {
		return List.of(ProposalColumn.PROPOSAL);
	}

	@Override
	public boolean rowsExpected() {
		return false;
	}

	@Override
	public RecordChecker checker(Catalog catalog, Messages messages, int exampleYear) {
		return new ProposalValidator(catalog, messages, exampleYear);
	}

	@Override
	public List<String> templateHeader() {
		return TEMPLATE_HEADER;
	}

	@Override
	public Class<StagedProposal> recordType() {
		return StagedProposal.class;
	}

	@Override
	public void store(RecordTables tables, long instance, List<? extends StagedRecord> records) {
		tables.rows().saveRecords(instance, records);
	}

	@Override
	public String toString() {
		return code();
	}

}
