package vn.yearendreview.submission.proposals;

import vn.yearendreview.model.ColumnSpec;
import vn.yearendreview.submission.kind.SubmissionColumn;

/** The columns of a file of proposals: a department, a year and what it proposes. */
public enum ProposalColumn implements SubmissionColumn {

	DEPARTMENT(ColumnSpec.required("department", "don_vi", "Mã đơn vị", "Đơn vị", "ma_don_vi")),

	YEAR(ColumnSpec.required("year", "nam", "Năm")),

	PROPOSAL(ColumnSpec.required("proposal", "kien_nghi", "Kiến nghị"));

	private final ColumnSpec spec;

	ProposalColumn(ColumnSpec spec) {
		this.spec = spec;
	}

	@Override
	public ColumnSpec spec() {
		return this.spec;
	}

}
