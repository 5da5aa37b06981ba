package vn.yearendreview.submission.kind;

import java.util.ArrayList;
import java.util.List;

import vn.yearendreview.model.Reason;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.RecordTable;
import vn.yearendreview.staging.Rejection;

/**
 * Rejections and warnings of the whole-set checks, stored a batch at a time, each
 * rejection taken off its file's and department's accepted count.
 */
public final class Rejections {

	private static final int BATCH = 5_000;

	private final RecordTable rows;

	private final ProblemTable problems;

	private final long instance;

	private final AcceptedCounts counts;

	private final Reason droppedWarning;

	private final List<Rejection> batch = new ArrayList<>();

	private final List<Rejection> warnings = new ArrayList<>();

	private int errors;

	/**
	 * Rejections of an instance's rows.
	 * @param rows the staged rows
	 * @param problems the problems, where warnings are filed
	 * @param instance the job instance
	 * @param counts the counts each rejection is taken off
	 * @param droppedWarning a warning a rejected row loses, {@code null} for none
	 */
	public Rejections(RecordTable rows, ProblemTable problems, long instance, AcceptedCounts counts,
			Reason droppedWarning) {
		this.rows = rows;
		this.problems = problems;
		this.instance = instance;
		this.counts = counts;
		this.droppedWarning = droppedWarning;
	}

	/**
	 * A finding about a row: an error rejects it, a warning is kept beside it.
	 * @param rejection the row and its problem
	 */
	public void add(Rejection rejection) {
		if (rejection.problem().isError()) {
			this.counts.reject(rejection.fileNo(), rejection.department());
			this.errors++;
		}
		this.batch.add(rejection);
		if (this.batch.size() == BATCH) {
			store();
		}
	}

	/**
	 * A finding about a row that stays accepted.
	 * @param warning the row and its warning
	 */
	public void warn(Rejection warning) {
		this.warnings.add(warning);
		if (this.warnings.size() == BATCH) {
			store();
		}
	}

	private void store() {
		this.rows.reject(this.instance, this.batch);
		if (this.droppedWarning != null) {
			this.problems.dropWarnings(this.instance, this.batch, this.droppedWarning);
		}
		this.problems.addProblems(this.instance, this.warnings);
		this.batch.clear();
		this.warnings.clear();
	}

	/**
	 * Stores what is left.
	 * @return the rows rejected
	 */
	public int finish() {
		store();
		return this.errors;
	}

}
