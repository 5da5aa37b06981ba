package vn.yearendreview.submission;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import vn.yearendreview.submission.kind.FileProfile;
import vn.yearendreview.submission.kind.SourceRecord;
import vn.yearendreview.submission.kind.SubmissionItem;
import vn.yearendreview.submission.kind.TextEncoding;

/**
 * Reads a range of submission files one after the other: for each, first its profile,
 * then its records. The count of items read, kept in the step's context with each chunk,
 * is where a restart goes on from.
 */
class SubmissionFilesReader extends AbstractItemCountingItemStreamItemReader<SubmissionItem> {

	/** A file to read. */
	record SubmissionFile(int fileNo, Path path) {

	}

	/** Told when a file has been read to its end. */
	interface FileListener {

		void fileRead(String fileName, long records);

	}

	private final List<SubmissionFile> files;

	private final SubmissionInspector inspector;

	private final FileListener listener;

	private int next;

	private FileProfile profile;

	private CsvInput csv;

	private boolean profileRead;

	private long records;

	SubmissionFilesReader(List<SubmissionFile> files, SubmissionInspector inspector, FileListener listener) {
		this.files = files;
		this.inspector = inspector;
		this.listener = listener;
		setName("submissionFiles");
	}

	@Override
	protected void doOpen() {
		this.next = 0;
		this.profile = null;
	}

	@Override
	protected SubmissionItem doRead() throws Exception {
		while (true) {
			if (this.profile == null) {
				if (this.next == this.files.size()) {
					return null;
				}
				openFile(this.files.get(this.next++));
			}
			if (!this.profileRead) {
				this.profileRead = true;
				return this.profile;
			}
			CsvInput.Row row = (this.csv != null) ? this.csv.next() : null;
			if (row != null) {
				this.records++;
				return new SourceRecord(this.profile, row.line(), row.cells(), row.defect(), row.defectCell());
			}
			closeFile();
		}
	}

	private void openFile(SubmissionFile file) throws Exception {
		this.profile = this.inspector.inspect(file.path(), file.fileNo());
		this.profileRead = false;
		this.records = 0;
		TextEncoding encoding = this.profile.encoding();
		if (encoding != null && !encoding.binary() && !this.profile.header().isEmpty()) {
			this.csv = CsvInput.open(file.path(), encoding);
		}
	}

	private void closeFile() throws Exception {
		if (this.csv != null) {
			this.csv.close();
			this.csv = null;
		}
		if (this.listener != null) {
			this.listener.fileRead(this.profile.fileName(), this.records);
		}
		this.profile = null;
	}

	@Override
	protected void doClose() throws Exception {
		if (this.csv != null) {
			this.csv.close();
			this.csv = null;
		}
		this.profile = null;
	}

}
