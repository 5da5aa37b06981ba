package vn.yearendreview.distribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.exceptions.BadPasswordException;
import com.lowagie.text.pdf.PdfReader;

import vn.yearendreview.model.InputFile;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.submission.InputFolder;

/**
 * The committee's approved finals (DESIGN.md 11): the PDFs the office saves from the
 * edited Word drafts into {@code ban-chinh-thuc/}, each under its document's file name.
 * While the folder holds any file, the copies are made from the finals only: each is
 * matched with a committee document of the run by its name (case aside), and read with
 * the library that stamps the copies, so that a final that cannot be copied is named
 * before any copy is made.
 */
final class ApprovedFinals {

	private ApprovedFinals() {
	}

	/**
	 * What the finals give the copies, and what is wrong with them.
	 *
	 * @param documents the documents to copy, each from its final, in the order of the
	 * run's documents
	 * @param problems per final file (by its name in the input folder, e.g.
	 * {@code ban-chinh-thuc/nghi-quyet-2024.pdf}), what is wrong with it
	 * @param missing the documents of the run without a usable final, with what to do,
	 * left out of the copies
	 */
	record Checked(List<PersonalCopies.Document> documents, Map<String, Problem> problems, List<Problem> missing) {

		/**
		 * Whether anything must be looked at.
		 * @return {@code true} when a final is unusable or a document has none
		 */
		boolean needsAttention() {
			return !this.problems.isEmpty() || !this.missing.isEmpty();
		}

	}

	/**
	 * Matches the finals with the run's documents.
	 * @param finals the files of {@code ban-chinh-thuc/}, read from the run's copy
	 * @param documents the file names of the committee's documents the run made, in the
	 * order each copy holds them
	 * @param messages the words of the run
	 * @return the documents to copy and the problems
	 */
	static Checked check(List<InputFile> finals, List<String> documents, Messages messages) {
		Map<String, PersonalCopies.Document> usable = new LinkedHashMap<>();
		Map<String, Problem> problems = new LinkedHashMap<>();
		String folder = InputFolder.FINALS + "/";
		for (InputFile file : finals) {
			String name = file.name().substring(file.name().lastIndexOf('/') + 1);
			String document = documents.stream()
				.filter((candidate) -> candidate.equalsIgnoreCase(name))
				.findFirst()
				.orElse(null);
			Problem problem = readable(file.path(), name, document, messages);
			if (problem == null && document == null) {
				problem = problem(Reason.FINAL_UNMATCHED, name,
						messages.get("problem.FINAL_UNMATCHED", name, String.join(", ", documents), folder));
			}
			if (problem == null && usable.containsKey(document)) {
				problem = problem(Reason.FINAL_UNMATCHED, name,
						messages.get("problem.FINAL_TWICE", name, document, folder));
			}
			if (problem != null) {
				problems.put(file.name(), problem);
			}
			else {
				usable.put(document, new PersonalCopies.Document(document, file.path(), file.sha256()));
			}
		}
		List<PersonalCopies.Document> copied = new ArrayList<>();
		List<Problem> missing = new ArrayList<>();
		for (String document : documents) {
			if (usable.containsKey(document)) {
				copied.add(usable.get(document));
			}
			else if (!finals.isEmpty()) {
				missing.add(problem(Reason.FINAL_MISSING, document,
						messages.get("problem.FINAL_MISSING", document, folder)));
			}
		}
		return new Checked(List.copyOf(copied), problems, List.copyOf(missing));
	}

	/**
	 * What keeps a final from being copied: not a PDF the stamping library reads, or a
	 * PDF with a password; {@code null} when it can be copied.
	 */
	private static Problem readable(Path file, String name, String document, Messages messages) {
		String expected = (document != null) ? document : name;
		if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
			return problem(Reason.FINAL_UNREADABLE, name, messages.get("problem.FINAL_UNREADABLE", name, expected));
		}
		PdfReader reader = null;
		try {
			reader = new PdfReader(file.toString());
			if (reader.isEncrypted()) {
				return problem(Reason.FINAL_ENCRYPTED, name, messages.get("problem.FINAL_ENCRYPTED", name, expected));
			}
			if (reader.getNumberOfPages() == 0) {
				return problem(Reason.FINAL_UNREADABLE, name, messages.get("problem.FINAL_UNREADABLE", name, expected));
			}
			return null;
		}
		catch (BadPasswordException ex) {
			return problem(Reason.FINAL_ENCRYPTED, name, messages.get("problem.FINAL_ENCRYPTED", name, expected));
		}
		catch (IOException | RuntimeException ex) {
			return problem(Reason.FINAL_UNREADABLE, name, messages.get("problem.FINAL_UNREADABLE", name, expected));
		}
		finally {
			if (reader != null) {
				reader.close();
			}
		}
	}

	private static Problem problem(Reason reason, String value, String message) {
		return new Problem(Problem.Severity.ERROR, null, null, value, reason, message);
	}

}
