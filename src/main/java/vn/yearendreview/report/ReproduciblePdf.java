package vn.yearendreview.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import vn.yearendreview.model.Digests;

/**
 * Makes a written PDF the same bytes whenever the same inputs are run again, so that a
 * copy in a member's hands can be checked against the published one. The PDF library
 * writes three things that change from run to run: the creation and modification dates
 * (the time of writing), the file identifier (a digest of the time), and the six random
 * letters that name each embedded font subset. They are replaced where they stand, with
 * the document's own date, an identifier derived from the run's fingerprint and the
 * document's name, and letters derived from that identifier, so no offset in the file
 * moves. The file is changed in place, a megabyte at a time, whatever its size.
 */
public final class ReproduciblePdf {

	private static final byte[] CREATION_DATE = ascii("/CreationDate(");

	private static final byte[] MOD_DATE = ascii("/ModDate(");

	private static final byte[] FONT_NAME = ascii("/FontName/");

	private static final byte[] BASE_FONT = ascii("/BaseFont/");

	private static final byte[] ID = ascii("/ID [<");

	private static final int TAG_LENGTH = 6;

	/** Bytes looked at in one pass. */
	private static final int CHUNK = 1 << 20;

	/** Bytes read past a chunk, which a pattern starting near its end runs into. */
	private static final int OVERLAP = 256;

	private static final int ID_HEX = 32;

	private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMdd");

	private ReproduciblePdf() {
	}

	/**
	 * The identifier of a document: the first 16 bytes of a SHA-256 over the run's
	 * fingerprint and the document's name.
	 * @param fingerprint the run's fingerprint
	 * @param document the document's path in the published set, e.g.
	 * {@code don-vi/SKHDT.pdf}
	 * @return 16 bytes
	 */
	public static byte[] identifier(String fingerprint, String document) {
		MessageDigest digest = Digests.newDigest();
		digest.update((fingerprint + "\n" + document).getBytes(StandardCharsets.UTF_8));
		byte[] id = new byte[16];
		System.arraycopy(digest.digest(), 0, id, 0, id.length);
		return id;
	}

	/**
	 * Replaces what changes from run to run in a PDF.
	 * @param file the PDF, as the library wrote it
	 * @param date the document's date, its creation and modification date
	 * @param identifier the document's identifier, 16 bytes
	 * @throws IOException when the file cannot be read or written
	 */
	public static void normalise(Path file, LocalDate date, byte[] identifier) throws IOException {
		byte[] dateText = ascii(PDF_DATE.format(date));
		byte[] idHex = ascii(HexFormat.of().formatHex(identifier));
		Map<String, byte[]> tags = new HashMap<>();
		ByteBuffer pdf = ByteBuffer.allocate(CHUNK + OVERLAP);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			long size = channel.size();
			for (long start = 0; start < size; start += CHUNK) {
				pdf.clear();
				pdf.limit((int) Math.min(pdf.capacity(), size - start));
				while (pdf.hasRemaining() && channel.read(pdf, start + pdf.position()) >= 0) {
					// read the chunk and the overlap that patterns near its end run into
				}
				pdf.flip();
				boolean changed = false;
				int end = Math.min(CHUNK, pdf.limit());
				for (int i = 0; i < end; i++) {
					if (pdf.get(i) == '/') {
						changed |= patch(pdf, i, dateText, identifier, idHex, tags);
					}
				}
				if (changed) {
					pdf.rewind();
					while (pdf.hasRemaining()) {
						channel.write(pdf, start + pdf.position());
					}
				}
			}
		}
	}

	private static boolean patch(ByteBuffer pdf, int i, byte[] dateText, byte[] identifier, byte[] idHex,
			Map<String, byte[]> tags) {
		if (startsWith(pdf, i, CREATION_DATE)) {
			return replaceDate(pdf, i + CREATION_DATE.length, dateText);
		}
		if (startsWith(pdf, i, MOD_DATE)) {
			return replaceDate(pdf, i + MOD_DATE.length, dateText);
		}
		if (startsWith(pdf, i, FONT_NAME) || startsWith(pdf, i, BASE_FONT)) {
			return replaceTag(pdf, i + FONT_NAME.length, identifier, tags);
		}
		if (startsWith(pdf, i, ID)) {
			return replaceId(pdf, i + ID.length, idHex);
		}
		return false;
	}

	/**
	 * Writes the date over the date string whose text starts at {@code at}, padding the
	 * rest with spaces after the closing parenthesis (white space between the entries of
	 * a dictionary).
	 */
	private static boolean replaceDate(ByteBuffer pdf, int at, byte[] date) {
		int close = at;
		while (close < pdf.limit() && close - at < OVERLAP / 2 && pdf.get(close) != ')') {
			close++;
		}
		if (close == pdf.limit() || pdf.get(close) != ')' || close - at < date.length) {
			return false;
		}
		int i = at;
		for (byte b : date) {
			pdf.put(i++, b);
		}
		pdf.put(i++, (byte) ')');
		while (i <= close) {
			pdf.put(i++, (byte) ' ');
		}
		return true;
	}

	/** Renames a font subset ({@code ABCDEF+LiberationSerif}) the same way everywhere. */
	private static boolean replaceTag(ByteBuffer pdf, int at, byte[] identifier, Map<String, byte[]> tags) {
		if (at + TAG_LENGTH >= pdf.limit() || pdf.get(at + TAG_LENGTH) != '+') {
			return false;
		}
		byte[] old = new byte[TAG_LENGTH];
		for (int k = 0; k < TAG_LENGTH; k++) {
			old[k] = pdf.get(at + k);
			if (old[k] < 'A' || old[k] > 'Z') {
				return false;
			}
		}
		byte[] tag = tags.computeIfAbsent(new String(old, StandardCharsets.US_ASCII),
				(key) -> newTag(identifier, tags.size()));
		for (int k = 0; k < TAG_LENGTH; k++) {
			pdf.put(at + k, tag[k]);
		}
		return true;
	}

	private static byte[] newTag(byte[] identifier, int number) {
		MessageDigest digest = Digests.newDigest();
		digest.update(identifier);
		digest.update((byte) number);
		byte[] hash = digest.digest();
		byte[] tag = new byte[TAG_LENGTH];
		for (int k = 0; k < TAG_LENGTH; k++) {
			tag[k] = (byte) ('A' + (hash[k] & 0xFF) % 26);
		}
		return tag;
	}

	/** Writes the identifier over both strings of {@code /ID [<…><…>]}. */
	private static boolean replaceId(ByteBuffer pdf, int at, byte[] idHex) {
		int second = at + ID_HEX + 2;
		if (second + ID_HEX >= pdf.limit() || pdf.get(at + ID_HEX) != '>' || pdf.get(at + ID_HEX + 1) != '<'
				|| pdf.get(second + ID_HEX) != '>') {
			return false;
		}
		for (int k = 0; k < ID_HEX; k++) {
			pdf.put(at + k, idHex[k]);
			pdf.put(second + k, idHex[k]);
		}
		return true;
	}

	private static boolean startsWith(ByteBuffer pdf, int at, byte[] prefix) {
		if (at + prefix.length > pdf.limit()) {
			return false;
		}
		for (int k = 0; k < prefix.length; k++) {
			if (pdf.get(at + k) != prefix[k]) {
				return false;
			}
		}
		return true;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
