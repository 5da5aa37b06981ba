package vn.yearendreview.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import vn.yearendreview.model.Digests;
import vn.yearendreview.publish.Manifest;
import vn.yearendreview.settings.OutputLayout;

/**
 * Says whether a file is an unaltered output of a published run: its SHA-256 is looked up
 * in the manifest of every set under the output folder (the published sets first, then
 * the checks of new files, then the archived sets, newest first); a numbered copy is
 * named with its recipient from the set's distribution register.
 */
public final class Verification {

	/** How deep manifests are looked for: {@code <year>/archive/<stamp>/kiem-tra/}. */
	private static final int DEPTH = 5;

	/** The file column of a register written one line per document of each copy. */
	private static final String LEGACY_FILE = "file";

	private Verification() {
	}

	/**
	 * What the file turned out to be.
	 *
	 * @param sha256 the file's SHA-256
	 * @param set the folder of the set that holds it, {@code null} when none does
	 * @param document its path in that set
	 * @param manifest that set's manifest
	 * @param copy for a numbered copy, its number as printed on it ({@code 03/15}), else
	 * {@code null}
	 * @param recipient for a numbered copy, its recipient
	 */
	public record Result(String sha256, Path set, String document, Manifest manifest, String copy, String recipient) {

		/**
		 * Whether the file is an unaltered output.
		 * @return {@code true} when a manifest lists its SHA-256
		 */
		public boolean found() {
			return this.set != null;
		}

		/**
		 * Whether the set that holds it has since been replaced by a newer one.
		 * @return {@code true} for a set in an archive
		 */
		public boolean archived() {
			return this.set != null && this.set.toString().contains(OutputLayout.ARCHIVE);
		}

	}

	/**
	 * Looks a file up.
	 * @param file the file to check
	 * @param output the output folder
	 * @return what it is
	 * @throws IOException when the file or a manifest cannot be read
	 */
	public static Result verify(Path file, Path output) throws IOException {
		String sha256 = Digests.sha256(file);
		for (Path manifestFile : manifests(output)) {
			Manifest manifest;
			try {
				manifest = Manifest.read(manifestFile);
			}
			catch (IOException ex) {
				continue;
			}
			Path set = manifestFile.getParent();
			for (Manifest.Output published : manifest.outputs()) {
				if (published.sha256().equals(sha256)) {
					Optional<String[]> copy = copyOf(set, manifest.year(), published.file());
					return new Result(sha256, set, published.file(), manifest,
							copy.map((found) -> found[0]).orElse(null), copy.map((found) -> found[1]).orElse(null));
				}
			}
		}
		return new Result(sha256, null, null, null, null, null);
	}

	/**
	 * The manifests under the output folder: current sets first, archives newest first.
	 */
	private static List<Path> manifests(Path output) throws IOException {
		if (!Files.isDirectory(output)) {
			return List.of();
		}
		List<Path> manifests = new ArrayList<>();
		try (Stream<Path> files = Files.walk(output, DEPTH)) {
			files.filter((path) -> path.getFileName().toString().equals(OutputLayout.MANIFEST))
				.filter((path) -> !output.relativize(path).startsWith(".state"))
				.forEach(manifests::add);
		}
		manifests.sort(Comparator.comparing((Path path) -> path.toString().contains(OutputLayout.ARCHIVE))
			.thenComparing(Comparator.comparing(Path::toString).reversed()));
		return manifests;
	}

	/**
	 * The register's line of a numbered copy, when the document is one, with the copy
	 * number as printed on its pages ({@code 03/15}): the line of the copy whose folder
	 * holds the document, or in a register written one line per document, the line of the
	 * document's file.
	 */
	private static Optional<String[]> copyOf(Path set, int year, String document) throws IOException {
		Path register = set.resolve(OutputLayout.registerCsv(year));
		if (!document.startsWith(OutputLayout.COPIES + "/") || !Files.isRegularFile(register)) {
			return Optional.empty();
		}
		try (InputStream in = BOMInputStream.builder().setInputStream(Files.newInputStream(register)).get();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			boolean byFolder = csv.getHeaderMap().containsKey(DistributionRegister.FOLDER);
			String column = byFolder ? DistributionRegister.FOLDER : LEGACY_FILE;
			if (!csv.getHeaderMap().containsKey(column) || !csv.getHeaderMap().containsKey(DistributionRegister.COPY)) {
				return Optional.empty();
			}
			String wanted = byFolder ? document.substring(0, document.lastIndexOf('/')) : document;
			List<CSVRecord> records = csv.getRecords();
			int total = records.stream()
				.mapToInt((record) -> Integer.parseInt(record.get(DistributionRegister.COPY)))
				.max()
				.orElse(0);
			for (CSVRecord record : records) {
				if (record.isConsistent() && record.get(column).equals(wanted)) {
					int copy = Integer.parseInt(record.get(DistributionRegister.COPY));
					String number = CopyName.copyNumber(copy, total) + "/" + CopyName.copyNumber(total, total);
					return Optional.of(new String[] { number, record.get(DistributionRegister.RECIPIENT) });
				}
			}
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

}
