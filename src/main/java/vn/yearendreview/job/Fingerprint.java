package vn.yearendreview.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.yearendreview.model.Digests;
import vn.yearendreview.report.ReportTemplates;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.staging.StagingSchema;
import vn.yearendreview.submission.InputFolder;

/**
 * What identifies a run's outputs: a SHA-256 over everything but the year that shapes
 * them (the input folder's files, the options, the templates and message bundles, the
 * program version); {@link RunFacts#forYear} adds the year. The same fingerprint again
 * means the outputs would come out the same. The committee's approved finals shape only
 * the copies: they are added to the run's fingerprint ({@link #withFinals}) and left out
 * of the documents', so that adding a final makes a new run whose other documents are the
 * same bytes.
 */
final class Fingerprint {

	private Fingerprint() {
	}

	/**
	 * Computes the fingerprint of a run without its year.
	 * @param folder the scanned input folder
	 * @param properties the options
	 * @param protection what identifies the protection of issued copies (a digest, no
	 * password)
	 * @return lower-case hex SHA-256
	 * @throws IOException when a template cannot be read
	 */
	static String of(InputFolder folder, ReviewProperties properties, String protection) throws IOException {
		MessageDigest digest = Digests.newDigest();
		line(digest, "inputs", folder.documentsHash());
		line(digest, "lang", properties.lang());
		line(digest, "strict", String.valueOf(properties.strict()));
		line(digest, "validateOnly", String.valueOf(properties.validateOnly()));
		line(digest, "protection", protection);
		line(digest, "version", String.valueOf(Fingerprint.class.getPackage().getImplementationVersion()));
		line(digest, "staging", StagingSchema.schemaVersion());
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:reports/**/*.*");
		Arrays.sort(templates, Comparator.comparing(Fingerprint::path));
		for (Resource template : templates) {
			if (path(template).startsWith(ReportTemplates.LOCATION + ReportTemplates.COMPILED_FOLDER + "/")) {
				continue;
			}
			try (InputStream in = template.getInputStream()) {
				line(digest, "template " + path(template),
						HexFormat.of().formatHex(Digests.newDigest().digest(in.readAllBytes())));
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * The fingerprint of a run whose copies are made from approved finals: the documents'
	 * fingerprint with the finals' names and SHA-256s; without finals, the documents'
	 * fingerprint itself.
	 * @param documents the fingerprint of what the documents are made from
	 * @param folder the scanned input folder
	 * @return lower-case hex SHA-256
	 */
	static String withFinals(String documents, InputFolder folder) {
		if (folder.finals().isEmpty()) {
			return documents;
		}
		MessageDigest digest = Digests.newDigest();
		line(digest, "documents", documents);
		for (var file : folder.finals()) {
			line(digest, "final " + file.name(), file.sha256());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String path(Resource resource) {
		try {
			String url = resource.getURL().toString();
			return url.substring(url.lastIndexOf("reports/"));
		}
		catch (IOException ex) {
			return String.valueOf(resource.getFilename());
		}
	}

	private static void line(MessageDigest digest, String key, String value) {
		digest.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
	}

}
