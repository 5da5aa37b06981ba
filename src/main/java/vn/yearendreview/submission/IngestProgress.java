package vn.yearendreview.submission;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;
import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.Progress;
import vn.yearendreview.staging.FileTable;

/**
 * What the planner sees while files are read: a line every few seconds with the rate. A
 * province's few dozen files are then listed one per line with their counts, once the
 * checks have decided them.
 */
class IngestProgress implements SubmissionFilesReader.FileListener, StepExecutionListener {

	/** Up to this many files, each gets its own line after the checks. */
	static final int FILES_LISTED = 30;

	private final FileTable fileTable;

	private final Messages messages;

	private final Progress progress;

	private final AtomicLong files = new AtomicLong();

	private final AtomicLong rows = new AtomicLong();

	private long started;

	private long total;

	IngestProgress(FileTable fileTable, Messages messages, Progress progress) {
		this.fileTable = fileTable;
		this.messages = messages;
		this.progress = progress;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.total = this.fileTable.submissionFiles(stepExecution.getJobExecution().getJobInstanceId()).size();
		this.started = System.nanoTime();
		this.files.set(0);
		this.rows.set(0);
	}

	@Override
	public void fileRead(String fileName, long records) {
		long done = this.files.incrementAndGet();
		long rowsSoFar = this.rows.addAndGet(records);
		this.progress.report(false, () -> line(done, rowsSoFar));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!stepExecution.getStatus().isUnsuccessful() && this.total > FILES_LISTED) {
			this.progress.report(true, () -> line(this.files.get(), this.rows.get()));
		}
		return null;
	}

	private String line(long done, long rowsSoFar) {
		double seconds = Math.max(0.001, (System.nanoTime() - this.started) / 1e9);
		return this.messages.get("progress.ingest", done, this.total, rowsSoFar, Math.round(rowsSoFar / seconds));
	}

}
