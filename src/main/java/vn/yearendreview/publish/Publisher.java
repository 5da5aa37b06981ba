package vn.yearendreview.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import vn.yearendreview.model.Digests;
import vn.yearendreview.settings.OutputLayout;

/**
 * Publishes a year's documents all together or not at all. The run writes everything to a
 * staging folder; publishing renames the current {@code output/<year>} aside and the
 * staging folder into its place (two renames on one file system), then files the previous
 * set under {@code output/<year>/archive/<timestamp>/}. A journal written before the
 * first rename lets the next run finish a publication a crash interrupted, so a reader
 * never finds a half-written PDF and no set is lost. The departments' templates of the
 * year ({@code mau-gui-don-vi}) are not part of a set: they move on to the new one, and a
 * year's folder that held nothing else is not archived.
 */
public class Publisher {

	private static final String JOURNAL = "publish.journal";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Path stateFolder;

	public Publisher(Path stateFolder) {
		this.stateFolder = stateFolder;
	}

	/**
	 * Lists the files of a staged set with their hashes, for the manifest.
	 * @param staging the staging folder
	 * @return every file, relative path with {@code /}, in path order
	 * @throws IOException when a file cannot be read
	 */
	public static List<Manifest.Output> outputs(Path staging) throws IOException {
		List<Manifest.Output> outputs = new ArrayList<>();
		try (Stream<Path> files = Files.walk(staging)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = staging.relativize(file).toString().replace('\\', '/');
				outputs.add(new Manifest.Output(name, Digests.sha256(file), Files.size(file)));
			}
		}
		return outputs;
	}

	/**
	 * Publishes a staged set as the documents of a year.
	 * @param staging the complete staging folder (manifest included)
	 * @param target the year's folder, {@code output/<year>}
	 * @param now the time, for the archive name of the previous set
	 * @throws IOException when the file system refuses; a journal then lets the next run
	 * finish
	 */
	public void publish(Path staging, Path target, LocalDateTime now) throws IOException {
		Path aside = this.stateFolder.resolve("previous-" + now.format(STAMP));
		Properties journal = new Properties();
		journal.setProperty("staging", staging.toString());
		journal.setProperty("target", target.toString());
		journal.setProperty("aside", aside.toString());
		journal.setProperty("stamp", now.format(STAMP));
		Path journalFile = this.stateFolder.resolve(JOURNAL);
		Path written = this.stateFolder.resolve(JOURNAL + ".new");
		try (var out = Files.newOutputStream(written)) {
			journal.store(out, "publication in progress");
		}
		move(written, journalFile);
		try {
			complete(journal);
		}
		catch (IOException ex) {
			if (rollBack(journal)) {
				Files.deleteIfExists(journalFile);
			}
			throw ex;
		}
		Files.delete(journalFile);
	}

	/**
	 * Puts the previous set back where it was when a publication fails before the new set
	 * is in place (a full disk, a folder another program holds open), so that the
	 * published set is the one before; the staged set stays for the next run. Once the
	 * new set is in place, only filing the previous one in the archive is left, which the
	 * journal lets the next run finish.
	 * @return whether the publication was undone
	 */
	private boolean rollBack(Properties journal) throws IOException {
		Path staging = Path.of(journal.getProperty("staging"));
		Path target = Path.of(journal.getProperty("target"));
		Path aside = Path.of(journal.getProperty("aside"));
		if (!Files.exists(staging)) {
			return false;
		}
		if (!Files.exists(target) && Files.exists(aside)) {
			move(aside, target);
		}
		return true;
	}

	/**
	 * Finishes a publication that a crash interrupted, if any.
	 * @return whether one was finished
	 * @throws IOException when the file system refuses
	 */
	public boolean recover() throws IOException {
		Path journalFile = this.stateFolder.resolve(JOURNAL);
		if (!Files.exists(journalFile)) {
			return false;
		}
		Properties journal = new Properties();
		try (var in = Files.newInputStream(journalFile)) {
			journal.load(in);
		}
		complete(journal);
		Files.delete(journalFile);
		return true;
	}

	private void complete(Properties journal) throws IOException {
		Path staging = Path.of(journal.getProperty("staging"));
		Path target = Path.of(journal.getProperty("target"));
		Path aside = Path.of(journal.getProperty("aside"));
		String stamp = journal.getProperty("stamp");
		if (Files.exists(staging)) {
			if (Files.exists(target)) {
				move(target, aside);
			}
			Files.createDirectories(target.getParent());
			move(staging, target);
		}
		if (Files.exists(aside)) {
			for (String kept : OutputLayout.KEPT_BESIDE) {
				Path folder = aside.resolve(kept);
				if (Files.isDirectory(folder) && !Files.exists(target.resolve(kept))) {
					move(folder, target.resolve(kept));
				}
			}
			Path oldArchive = aside.resolve(OutputLayout.ARCHIVE);
			Path archive = target.resolve(OutputLayout.ARCHIVE);
			if (Files.isDirectory(oldArchive)) {
				Files.createDirectories(archive);
				try (Stream<Path> sets = Files.list(oldArchive)) {
					for (Path set : sets.toList()) {
						move(set, archive.resolve(set.getFileName()));
					}
				}
				Files.delete(oldArchive);
			}
			if (isEmpty(aside)) {
				Files.delete(aside);
				return;
			}
			Files.createDirectories(archive);
			Path destination = archive.resolve(stamp);
			for (int n = 2; Files.exists(destination); n++) {
				destination = archive.resolve(stamp + "-" + n);
			}
			move(aside, destination);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/**
	 * Renames a file or folder, atomically where the file system can.
	 * @param from what to rename
	 * @param to its new name
	 * @throws IOException when the file system refuses
	 */
	protected void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to);
		}
	}

	/**
	 * Deletes a folder and everything in it.
	 * @param folder the folder, may not exist
	 * @throws IOException when something cannot be deleted
	 */
	public static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException ex) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}

}
