package vn.yearendreview.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.yearendreview.model.Digests;
import vn.yearendreview.model.InputFile;

/**
 * The sample set shipped with the program ({@code du-lieu-mau/}): its files are known by
 * their SHA-256, so that a sample file left among a province's files is found before it
 * puts sample figures, paragraphs or settings into the committee's documents.
 */
public final class SampleSet {

	/** The folder of the sample set, beside the program and inside it. */
	public static final String FOLDER = "du-lieu-mau";

	private static volatile Map<String, String> digests;

	private SampleSet() {
	}

	/**
	 * The files of an input folder that are files of the sample set, unchanged, when they
	 * sit beside files that are not: submissions of the province, or its own catalog. A
	 * folder of sample files alone (the sample set run as it is) gives none.
	 * @param folder the scanned input folder
	 * @return the sample files mixed in, by name in the folder; empty when none
	 */
	public static List<String> mixedIn(InputFolder folder) {
		List<String> sample = new ArrayList<>();
		boolean province = false;
		for (InputFile file : folder.submissions()) {
			if (isSample(file)) {
				sample.add(file.name());
			}
			else {
				province = true;
			}
		}
		for (InputFile file : folder.references()) {
			if (isSample(file)) {
				sample.add(file.name());
			}
			else {
				province = true;
			}
		}
		return province ? List.copyOf(sample) : List.of();
	}

	/**
	 * Whether a file is an unchanged file of the sample set.
	 * @param file a file of the input folder
	 * @return {@code true} when its content is that of a sample file
	 */
	static boolean isSample(InputFile file) {
		return digests().containsKey(file.sha256());
	}

	private static Map<String, String> digests() {
		Map<String, String> known = digests;
		if (known == null) {
			known = read();
			digests = known;
		}
		return known;
	}

	private static Map<String, String> read() {
		Map<String, String> known = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + FOLDER + "/**/*")) {
				if (!resource.isReadable()) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					known.put(HexFormat.of().formatHex(Digests.newDigest().digest(in.readAllBytes())),
							String.valueOf(resource.getFilename()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(known);
	}

}
