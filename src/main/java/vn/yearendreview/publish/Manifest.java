package vn.yearendreview.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import vn.yearendreview.model.FileCounts;
import vn.yearendreview.submission.InputFolder;

/**
 * {@code manifest.json}: what a published set was made from and of, so that anyone can
 * check a PDF against its inputs: every input and output with its SHA-256, the row
 * counts, the job execution and its times.
 *
 * @param year the year under review
 * @param latestYear the year the same inputs are reviewed for when no year is asked for,
 * absent when no row gives one
 * @param fingerprint the fingerprint of everything that shaped the outputs, the year
 * under review included
 * @param jobInstanceId the job instance
 * @param jobExecutionId the job execution that published the set
 * @param startTime when the run started (ISO-8601)
 * @param endTime when the set was published (ISO-8601)
 * @param options the options of the run
 * @param headline the headline counts, absent for a check-only run
 * @param copies what the numbered copies were made from: {@value #APPROVED} (the approved
 * finals of {@code ban-chinh-thuc/}, listed with the inputs with their SHA-256) or
 * {@value #DRAFTS} (the documents the run wrote); absent when no copy was made
 * @param totals rows read, accepted and rejected over all files
 * @param inputs the input files
 * @param outputs the output files, relative to the year's folder
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(int year, Integer latestYear, String fingerprint, long jobInstanceId, long jobExecutionId,
		String startTime, String endTime, Map<String, Object> options, Headline headline, String copies, Totals totals,
		List<Input> inputs, List<Output> outputs) {

	/** The copies are of the approved finals. */
	public static final String APPROVED = "approved";

	/** The copies are of the documents the run wrote. */
	public static final String DRAFTS = "drafts";

	/** The kind of an input that is an approved final. */
	public static final String FINAL = "final";

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/**
	 * The headline.
	 *
	 * @param achieved indicators achieved or exceeded (X)
	 * @param total indicators counted (Y)
	 */
	public record Headline(int achieved, int total) {

	}

	/**
	 * Row counts.
	 *
	 * @param files input files found
	 * @param filesRejected files refused as a whole
	 * @param rowsRead records read
	 * @param rowsAccepted records accepted
	 * @param rowsRejected records rejected
	 * @param warnings warnings
	 * @param otherProblems problems outside the submissions the planner must look at: an
	 * unusable recipients list, missing settings, no catalog
	 * @param plausibility warnings of implausible figures, among the warnings
	 */
	public record Totals(long files, long filesRejected, long rowsRead, long rowsAccepted, long rowsRejected,
			long warnings, long otherProblems, long plausibility) {

		/**
		 * Whether the run that published the set ended with something to look at (exit
		 * code 3).
		 * @return {@code true} when rows or files were rejected, figures found
		 * implausible or other problems found
		 */
		public boolean needsAttention() {
			return this.rowsRejected > 0 || this.filesRejected > 0 || this.otherProblems > 0 || this.plausibility > 0;
		}

	}

	/**
	 * An input file.
	 *
	 * @param file its name relative to the input folder
	 * @param sha256 its SHA-256
	 * @param bytes its size
	 * @param kind {@code submission}, {@code other} (not read), {@code reference} or
	 * {@code final} (an approved final of {@code ban-chinh-thuc/})
	 * @param encoding the encoding it was read with
	 * @param rejected whether it was refused as a whole; for a reference file, given when
	 * it is read as rows
	 * @param rowsRead records read, for submissions and the term's history
	 * @param rowsAccepted records accepted, for submissions and the term's history
	 * @param rowsRejected records rejected, for submissions and the term's history
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Input(String file, String sha256, long bytes, String kind, String encoding, Boolean rejected,
			Long rowsRead, Long rowsAccepted, Long rowsRejected) {

		/**
		 * The entry of an input file. A reference file whose rows are counted like a
		 * submission's (the term's history) gives its rows, and one refused as a whole
		 * says so, so that the totals are the sums of the inputs.
		 * @param file the file and its counts
		 * @return its entry
		 */
		public static Input of(FileCounts file) {
			if (file.reference() && file.name().startsWith(InputFolder.FINALS + "/")) {
				return new Input(file.name(), file.sha256(), file.size(), FINAL, null, null, null, null, null);
			}
			if (file.reference()) {
				boolean counted = file.counted();
				return new Input(file.name(), file.sha256(), file.size(), "reference", null,
						(counted || file.rejected()) ? file.rejected() : null, counted ? file.read() : null,
						counted ? file.accepted() : null, counted ? file.rejectedRows() : null);
			}
			boolean submission = file.submission();
			return new Input(file.name(), file.sha256(), file.size(), submission ? "submission" : "other",
					file.encoding(), file.rejected(), submission ? file.read() : null,
					submission ? file.accepted() : null, submission ? file.rejectedRows() : null);
		}

	}

	/**
	 * An output file.
	 *
	 * @param file its path relative to the year's folder
	 * @param sha256 its SHA-256
	 * @param bytes its size
	 */
	public record Output(String file, String sha256, long bytes) {

	}

	/**
	 * The approved final a document of the copies was made from.
	 * @param document the document's file name, e.g. {@code nghi-quyet-2024.pdf}
	 * @return the final among the inputs, or {@code null} when the copies are not of
	 * approved finals or none has that name
	 */
	public Input finalOf(String document) {
		if (!APPROVED.equals(this.copies) || this.inputs == null) {
			return null;
		}
		return this.inputs.stream()
			.filter((input) -> FINAL.equals(input.kind()))
			.filter((input) -> input.file().substring(input.file().lastIndexOf('/') + 1).equalsIgnoreCase(document))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Writes the manifest.
	 * @param file where
	 * @throws IOException when it cannot be written
	 */
	public void write(Path file) throws IOException {
		Files.write(file, JSON.writeValueAsBytes(this));
	}

	/**
	 * Reads a manifest.
	 * @param file the file
	 * @return the manifest
	 * @throws IOException when it cannot be read
	 */
	public static Manifest read(Path file) throws IOException {
		return JSON.readValue(file.toFile(), Manifest.class);
	}

}
