package vn.yearendreview.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import vn.yearendreview.model.Digests;

/** What a published folder holds, to show that a run left it as it was. */
public final class PublishedFiles {

	private PublishedFiles() {
	}

	/**
	 * The SHA-256 of every file of a published set, its archive left out.
	 * @param folder the set's folder, e.g. {@code output/2023}
	 * @return path relative to the folder, with {@code /}, to SHA-256, in path order
	 */
	public static Map<String, String> hashes(Path folder) {
		Map<String, String> hashes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = folder.relativize(file).toString().replace('\\', '/');
				if (!name.startsWith("archive/")) {
					hashes.put(name, Digests.sha256(file));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return hashes;
	}

}
