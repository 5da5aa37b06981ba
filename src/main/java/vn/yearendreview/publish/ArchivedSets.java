package vn.yearendreview.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.submission.InputFolder;

/**
 * The earlier sets of a published folder, filed under its {@code archive/} by
 * {@link Publisher} ({@code archive/20231205-101500/}, {@code -2} after the stamp for a
 * second set of the same second). Only what is inside {@code archive/} is ever deleted,
 * never the published set, and never an archived set that holds an approved final
 * (DESIGN.md 11: its manifest lists a file of {@link InputFolder#FINALS}) or whose
 * manifest cannot be read, since what it holds cannot be told.
 */
final class ArchivedSets {

	private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6})(?:-(\\d+))?");

	private ArchivedSets() {
	}

	/**
	 * Deletes the earlier sets of a published folder but the latest ones. Each set is
	 * first moved out of the archive, into the run's own folder, and deleted there, so
	 * that a set a crash interrupts while it is deleted is never left half in the
	 * archive.
	 * @param published the published folder, {@code output/<year>} or one in it
	 * @param keep how many of the latest sets to keep
	 * @param discarded where sets are moved to be deleted, in {@code output/.state}
	 * @return how many sets were deleted
	 * @throws IOException when a set cannot be moved or deleted
	 */
	static int prune(Path published, int keep, Path discarded) throws IOException {
		Path archive = published.resolve(OutputLayout.ARCHIVE);
		if (!Files.isDirectory(archive)) {
			return 0;
		}
		List<Path> sets;
		try (Stream<Path> entries = Files.list(archive)) {
			sets = entries.filter(Files::isDirectory)
				.filter((set) -> NAME.matcher(set.getFileName().toString()).matches())
				.sorted(Comparator.comparing(ArchivedSets::stamp).thenComparing(ArchivedSets::number).reversed())
				.toList();
		}
		List<Path> deleted = new ArrayList<>();
		for (Path set : sets.subList(Math.min(keep, sets.size()), sets.size())) {
			if (!holdsFinal(set)) {
				deleted.add(set);
			}
		}
		if (deleted.isEmpty()) {
			return 0;
		}
		Files.createDirectories(discarded);
		for (Path set : deleted) {
			Path aside = discarded.resolve(published.getFileName() + "-" + set.getFileName());
			Publisher.deleteTree(aside);
			Files.move(set, aside);
			Publisher.deleteTree(aside);
		}
		Publisher.deleteTree(discarded);
		return deleted.size();
	}

	/**
	 * Whether a set must stay whatever the number kept: it holds an approved final, or
	 * its manifest cannot be read.
	 */
	private static boolean holdsFinal(Path set) {
		try {
			Manifest manifest = Manifest.read(set.resolve(OutputLayout.MANIFEST));
			return manifest.inputs().stream().anyMatch((input) -> input.file().startsWith(InputFolder.FINALS + "/"));
		}
		catch (IOException | RuntimeException ex) {
			return true;
		}
	}

	private static String stamp(Path set) {
		Matcher name = NAME.matcher(set.getFileName().toString());
		return name.matches() ? name.group(1) : "";
	}

	private static int number(Path set) {
		Matcher name = NAME.matcher(set.getFileName().toString());
		return (name.matches() && name.group(2) != null) ? Integer.parseInt(name.group(2)) : 1;
	}

}
