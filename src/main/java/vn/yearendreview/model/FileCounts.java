package vn.yearendreview.model;

/**
 * What was read from one file of the input folder.
 *
 * @param fileNo its number
 * @param name its name, relative to the input folder
 * @param sha256 its SHA-256
 * @param size its size in bytes
 * @param encoding the encoding it was read with
 * @param delimiter its delimiter
 * @param submission whether it was read as a submission (a CSV file)
 * @param rejected whether it was refused as a whole
 * @param read records read
 * @param accepted records accepted
 * @param reference whether it is a reference file of {@code catalog/}
 */
public record FileCounts(int fileNo, String name, String sha256, long size, String encoding, String delimiter,
		boolean submission, boolean rejected, long read, long accepted, boolean reference) {

	public long rejectedRows() {
		return this.read - this.accepted;
	}

	/**
	 * Whether the file's rows are counted: a submission's, or a reference file's that has
	 * rows to check (the history); other files are listed without counts.
	 * @return {@code true} when its counts are shown
	 */
	public boolean counted() {
		return this.submission && !this.reference || this.reference && this.read > 0;
	}

	/**
	 * Whether the file is the note of a department's templates, copied back with them:
	 * the one kind of file of the folder that is neither read nor refused.
	 * @return {@code true} for such a note
	 */
	public boolean note() {
		return !this.submission && !this.reference && !this.rejected;
	}

}
