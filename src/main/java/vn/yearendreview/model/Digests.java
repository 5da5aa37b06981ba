package vn.yearendreview.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, by which every input and output is known. */
public final class Digests {

	private Digests() {
	}

	/**
	 * The SHA-256 of a file.
	 * @param path the file
	 * @return lower-case hex
	 * @throws IOException when it cannot be read
	 */
	public static String sha256(Path path) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = Files.newInputStream(path)) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * A new SHA-256 digest.
	 * @return the digest
	 */
	public static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new UncheckedIOException(new IOException("SHA-256 is not available", ex));
		}
	}

}
