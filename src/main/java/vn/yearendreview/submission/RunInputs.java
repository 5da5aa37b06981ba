package vn.yearendreview.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import vn.yearendreview.model.Digests;
import vn.yearendreview.model.InputFile;
import vn.yearendreview.model.SourceFolder;

/**
 * The files a run reads, as they were when it was registered. The submissions, the
 * reference files and the approved finals are copied into the run's own folder
 * ({@code output/.state/inputs/}), each digested while it is written and compared with
 * the digest the run was registered with; every later read (the catalog, the settings,
 * each submission, on a restart too) is of the copy. A file replaced in the input folder
 * while the run goes on changes nothing the run reads, and a file that changed between
 * the listing and the copy (a copy still arriving) stops the run before anything is read
 * from it. Other files are listed, never read, and not copied. One run at a time holds
 * the output folder, so there is one copy; it is made again by each run, which a restart
 * reads as it read the first: the instance is chosen by the digests of the input folder,
 * so a restarted run copies the very bytes it was registered with.
 */
public class RunInputs {

	private static final int BUFFER = 64 * 1024;

	private final Path input;

	private final Path copy;

	private InputFolder taken;

	/**
	 * @param input the input folder
	 * @param copy the run's copy of it, {@code output/.state/inputs}
	 */
	public RunInputs(Path input, Path copy) {
		this.input = input;
		this.copy = copy;
	}

	/**
	 * Copies the submissions and reference files of a listed folder into the run's copy,
	 * replacing any earlier copy.
	 * @param listed the input folder as listed, with each file's digest
	 * @return the same folder, its submissions and reference files read from the copy
	 * @throws ChangedException when a file's content is no longer the one listed
	 * @throws IOException when a file cannot be read or the copy written
	 */
	public synchronized InputFolder take(InputFolder listed) throws IOException {
		this.taken = null;
		delete(this.copy);
		Files.createDirectories(this.copy);
		List<InputFile> submissions = new ArrayList<>();
		for (InputFile file : listed.submissions()) {
			submissions.add(copy(file));
		}
		List<InputFile> references = new ArrayList<>();
		for (InputFile file : listed.references()) {
			references.add(copy(file));
		}
		List<InputFile> finals = new ArrayList<>();
		for (InputFile file : listed.finals()) {
			finals.add(copy(file));
		}
		this.taken = new InputFolder(this.copy, List.copyOf(submissions), listed.others(), List.copyOf(references),
				List.copyOf(finals));
		return this.taken;
	}

	/**
	 * The files a run registers: the copy taken when its content is the one the run was
	 * started for, else a new copy of the input folder, which must have that content.
	 * @param expected the content hash the run was started for, {@code null} when not
	 * known
	 * @return the folder, its submissions and reference files read from the copy
	 * @throws ChangedException when the input folder no longer has that content
	 * @throws IOException when a file cannot be read or the copy written
	 */
	synchronized InputFolder registered(String expected) throws IOException {
		if (this.taken != null && (expected == null || expected.equals(this.taken.contentHash()))) {
			return this.taken;
		}
		InputFolder listed = InputFolder.scan(this.input);
		if (expected != null && !expected.equals(listed.contentHash())) {
			throw new ChangedException(null);
		}
		return take(listed);
	}

	/**
	 * The reference files ({@code catalog/}) as the run reads them.
	 * @return the copy, named as the input folder
	 * @throws IllegalStateException before a copy was taken
	 */
	public synchronized SourceFolder references() {
		if (this.taken == null) {
			throw new IllegalStateException("the reference files are read from the run's copy, not yet taken");
		}
		return new SourceFolder(this.copy, this.input);
	}

	/**
	 * The committee's approved finals ({@code ban-chinh-thuc/}) as the run reads them.
	 * @return the files, their paths in the copy
	 * @throws IllegalStateException before a copy was taken
	 */
	public synchronized List<InputFile> finals() {
		if (this.taken == null) {
			throw new IllegalStateException("the approved finals are read from the run's copy, not yet taken");
		}
		return this.taken.finals();
	}

	/**
	 * Where a submission is read.
	 * @param name its name in the input folder
	 * @return its path in the copy
	 */
	Path submission(String name) {
		return this.copy.resolve(name);
	}

	/**
	 * Deletes the copy once the run is over: a run, restarted or not, makes its own.
	 * @throws IOException when a file cannot be deleted
	 */
	public synchronized void discard() throws IOException {
		this.taken = null;
		delete(this.copy);
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> entries = Files.walk(folder)) {
			for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(entry);
			}
		}
	}

	private InputFile copy(InputFile file) throws IOException {
		Path target = this.copy.resolve(file.name());
		Files.createDirectories(target.getParent());
		MessageDigest digest = Digests.newDigest();
		long size = 0;
		try (InputStream in = Files.newInputStream(file.path()); OutputStream out = Files.newOutputStream(target)) {
			byte[] buffer = new byte[BUFFER];
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
				out.write(buffer, 0, n);
				size += n;
			}
		}
		catch (NoSuchFileException ex) {
			throw new ChangedException(file.name());
		}
		if (!HexFormat.of().formatHex(digest.digest()).equals(file.sha256())) {
			throw new ChangedException(file.name());
		}
		return new InputFile(file.name(), target, size, file.sha256());
	}

	/** A file of the input folder that changed after it was listed. */
	public static final class ChangedException extends IOException {

		private final String file;

		ChangedException(String file) {
			super(((file != null) ? file : "the input folder") + " changed after it was listed");
			this.file = file;
		}

		/**
		 * @return its name relative to the input folder, {@code null} when not known
		 */
		public String file() {
			return this.file;
		}

	}

}
