package vn.yearendreview.submission;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one submission file: first its profile, then its records. Restartable: the number
 * of items read is saved with each chunk, and a restart reads the file again up to that
 * point without emitting anything.
 */
class SubmissionFileReader extends AbstractItemCountingItemStreamItemReader<SubmissionItem> {

	private final Path file;

	private final int fileNo;

	private final SubmissionInspector inspector;

	private FileProfile profile;

	private CsvInput csv;

	private boolean profileRead;

	SubmissionFileReader(Path file, int fileNo, SubmissionInspector inspector) {
		this.file = file;
		this.fileNo = fileNo;
		this.inspector = inspector;
		setName("submissionFile");
	}

	@Override
	protected void doOpen() throws Exception {
		this.profile = this.inspector.inspect(this.file, this.fileNo);
		this.profileRead = false;
		TextEncoding encoding = this.profile.encoding();
		if (encoding != null && !encoding.binary() && !this.profile.header().isEmpty()) {
			this.csv = CsvInput.open(this.file, encoding);
		}
	}

	@Override
	protected SubmissionItem doRead() throws Exception {
		if (!this.profileRead) {
			this.profileRead = true;
			return this.profile;
		}
		if (this.csv == null) {
			return null;
		}
		CsvInput.Row row = this.csv.next();
		if (row == null) {
			return null;
		}
		return new SourceRecord(this.profile, row.line(), row.cells(), row.defect(), row.defectCell());
	}

	@Override
	protected void doClose() throws Exception {
		if (this.csv != null) {
			this.csv.close();
			this.csv = null;
		}
	}

}
