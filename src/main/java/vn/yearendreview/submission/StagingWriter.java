package vn.yearendreview.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import vn.yearendreview.model.Staged;
import vn.yearendreview.model.StagedRecord;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.RecordTables;
import vn.yearendreview.submission.kind.FileProfile;
import vn.yearendreview.submission.kind.SubmissionKind;

/**
 * Stores a chunk of a file's profile and checked records, in the chunk's transaction:
 * each record by its kind of submission.
 */
class StagingWriter implements ItemWriter<Staged> {

	private final FileTable files;

	private final RecordTables tables;

	private final long instance;

	private final List<SubmissionKind> kinds;

	StagingWriter(FileTable files, RecordTables tables, long instance, SubmissionKinds kinds) {
		this.files = files;
		this.tables = tables;
		this.instance = instance;
		this.kinds = kinds.all();
	}

	@Override
	public void write(Chunk<? extends Staged> chunk) {
		Map<SubmissionKind, List<StagedRecord>> records = new LinkedHashMap<>();
		for (Staged item : chunk) {
			if (item instanceof FileProfile profile) {
				this.files.saveProfile(this.instance, profile.staged());
			}
			else {
				StagedRecord record = (StagedRecord) item;
				records.computeIfAbsent(kindOf(record), (kind) -> new ArrayList<>(chunk.size())).add(record);
			}
		}
		records.forEach((kind, ofKind) -> kind.store(this.tables, this.instance, ofKind));
	}

	private SubmissionKind kindOf(StagedRecord record) {
		for (SubmissionKind kind : this.kinds) {
			if (kind.recordType().isInstance(record)) {
				return kind;
			}
		}
		throw new IllegalStateException("no kind of submission stages " + record.getClass().getSimpleName());
	}

}
