package vn.yearendreview.report;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.Progress;
import vn.yearendreview.staging.CatalogTables;

/** Tells the planner, every few seconds, how many evaluations are written. */
class DepartmentProgress implements ItemWriter<CatalogTables.Department>, StepExecutionListener {

	private final Progress progress;

	private final Messages messages;

	private long rendered;

	DepartmentProgress(Progress progress, Messages messages) {
		this.progress = progress;
		this.messages = messages;
	}

	@Override
	public void write(Chunk<? extends CatalogTables.Department> chunk) {
		this.rendered += chunk.size();
		long done = this.rendered;
		this.progress.report(false, () -> this.messages.get("progress.departments", done));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.progress.report(true, () -> this.messages.get("progress.departments", stepExecution.getWriteCount()));
		return null;
	}

}
