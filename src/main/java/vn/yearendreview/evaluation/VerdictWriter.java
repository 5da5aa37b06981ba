package vn.yearendreview.evaluation;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import vn.yearendreview.staging.VerdictTable;
import vn.yearendreview.staging.VerdictTable.RowVerdict;

/** Stores a chunk of verdicts in the chunk's transaction. */
class VerdictWriter implements ItemWriter<RowVerdict> {

	private final VerdictTable verdicts;

	private final long instance;

	VerdictWriter(VerdictTable verdicts, long instance) {
		this.verdicts = verdicts;
		this.instance = instance;
	}

	@Override
	public void write(Chunk<? extends RowVerdict> chunk) {
		this.verdicts.saveVerdicts(this.instance, chunk.getItems());
	}

}
