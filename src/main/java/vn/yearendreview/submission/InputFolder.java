package vn.yearendreview.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import vn.yearendreview.model.Digests;
import vn.yearendreview.model.InputFile;

/**
 * The drop folder as the planner left it: the submissions ({@code *.csv} directly inside,
 * in name order), other files that are not read but reported, the reference files under
 * {@code catalog/} and the committee's approved finals under {@code ban-chinh-thuc/}.
 * Hidden files and Excel lock files ({@code ~$*}) are ignored.
 *
 * @param root the folder
 * @param submissions the CSV submissions in name order
 * @param others other files directly in the folder, in name order
 * @param references the files under {@code catalog/}, in name order
 * @param finals the files under {@code ban-chinh-thuc/}, in name order
 */
public record InputFolder(Path root, List<InputFile> submissions, List<InputFile> others, List<InputFile> references,
		List<InputFile> finals) {

	/** The sub-folder of reference files. */
	public static final String CATALOG = "catalog";

	/**
	 * The sub-folder of the committee's approved finals (DESIGN.md 11), each saved as PDF
	 * under its document's file name: the copies are made from them, and a set made from
	 * them is never deleted from an archive.
	 */
	public static final String FINALS = "ban-chinh-thuc";

	/**
	 * Lists and fingerprints the files of a folder.
	 * @param root the input folder
	 * @return what it holds
	 * @throws IOException when the folder cannot be listed or a file cannot be read
	 */
	public static InputFolder scan(Path root) throws IOException {
		List<InputFile> submissions = new ArrayList<>();
		List<InputFile> others = new ArrayList<>();
		for (Path path : list(root)) {
			if (!Files.isRegularFile(path)) {
				continue;
			}
			InputFile file = describe(root, path);
			if (file.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
				submissions.add(file);
			}
			else {
				others.add(file);
			}
		}
		return new InputFolder(root, List.copyOf(submissions), List.copyOf(others), scanReferences(root),
				scan(root, FINALS));
	}

	/**
	 * Lists and fingerprints the reference files only.
	 * @param root the input folder
	 * @return the files under {@code catalog/}, in name order
	 * @throws IOException when the folder cannot be listed or a file cannot be read
	 */
	public static List<InputFile> scanReferences(Path root) throws IOException {
		return scan(root, CATALOG);
	}

	private static List<InputFile> scan(Path root, String folder) throws IOException {
		List<InputFile> files = new ArrayList<>();
		Path inside = root.resolve(folder);
		if (Files.isDirectory(inside)) {
			for (Path path : list(inside)) {
				if (Files.isRegularFile(path)) {
					files.add(describe(root, path));
				}
			}
		}
		return List.copyOf(files);
	}

	/**
	 * Every file found, submissions first, then other files, then references, then the
	 * approved finals.
	 * @return all files
	 */
	public List<InputFile> all() {
		List<InputFile> all = new ArrayList<>(this.submissions);
		all.addAll(this.others);
		all.addAll(this.references);
		all.addAll(this.finals);
		return all;
	}

	/**
	 * A fingerprint of the folder's content: every file's name and SHA-256.
	 * @return lower-case hex SHA-256
	 */
	public String contentHash() {
		return hash(all());
	}

	/**
	 * A fingerprint of what the documents are made from: every file's name and SHA-256
	 * but the approved finals', which only the copies are made from. Without finals it is
	 * the content hash.
	 * @return lower-case hex SHA-256
	 */
	public String documentsHash() {
		List<InputFile> files = new ArrayList<>(this.submissions);
		files.addAll(this.others);
		files.addAll(this.references);
		return hash(files);
	}

	private static String hash(List<InputFile> files) {
		MessageDigest digest = Digests.newDigest();
		for (InputFile file : files) {
			digest
				.update((file.name() + "\t" + file.sha256() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The files directly in the folder, submissions and others, in name order: the order
	 * they are numbered in.
	 * @return the files
	 */
	public List<InputFile> topLevel() {
		List<InputFile> files = new ArrayList<>(this.submissions);
		files.addAll(this.others);
		files.sort(Comparator.comparing(InputFile::name));
		return files;
	}

	private static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter((path) -> !isIgnored(path.getFileName().toString()))
				.sorted(Comparator.comparing((Path path) -> path.getFileName().toString()))
				.toList();
		}
	}

	private static boolean isIgnored(String name) {
		return name.startsWith(".") || name.startsWith("~$");
	}

	private static InputFile describe(Path root, Path path) throws IOException {
		String name = root.relativize(path).toString().replace('\\', '/');
		return new InputFile(name, path, Files.size(path), Digests.sha256(path));
	}

}
