package vn.yearendreview.submission.kind;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character encoding of a text file as offices produce it: UTF-8 with or without a
 * byte-order mark (Excel's "CSV UTF-8"), UTF-16 with a mark (Excel's "Unicode text"), or,
 * when the bytes are not valid UTF-8, Windows-1258 (a Vietnamese Windows PC saving "CSV
 * (comma delimited)").
 *
 * @param charset the charset to decode with
 * @param bomLength bytes of byte-order mark to skip
 * @param fallback whether the file was not valid UTF-8 and is read as Windows-1258
 * @param binary whether the file is not text at all (a spreadsheet or document renamed to
 * .csv)
 */
public record TextEncoding(Charset charset, int bomLength, boolean fallback, boolean binary) {

	/** The Vietnamese Windows code page. */
	public static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private static final int SNIFF_BYTES = 64 * 1024;

	/**
	 * Examines a file.
	 * @param file the file
	 * @return its encoding
	 * @throws IOException when the file cannot be read
	 */
	public static TextEncoding detect(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(SNIFF_BYTES);
			if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
				return utf8(file, 3, head);
			}
			if (startsWith(head, 0xFF, 0xFE)) {
				return new TextEncoding(StandardCharsets.UTF_16LE, 2, false, false);
			}
			if (startsWith(head, 0xFE, 0xFF)) {
				return new TextEncoding(StandardCharsets.UTF_16BE, 2, false, false);
			}
			if (looksBinary(head)) {
				return new TextEncoding(StandardCharsets.UTF_8, 0, false, true);
			}
			return utf8(file, 0, head);
		}
	}

	/**
	 * Human-readable name for reports: {@code UTF-8}, {@code UTF-8 (BOM)},
	 * {@code Windows-1258}...
	 * @return the label
	 */
	public String label() {
		if (this.binary) {
			return "binary";
		}
		String name = (this.charset == WINDOWS_1258) ? "Windows-1258" : this.charset.name();
		return (this.bomLength > 0) ? name + " (BOM)" : name;
	}

	private static TextEncoding utf8(Path file, int bomLength, byte[] head) throws IOException {
		if (head.length < SNIFF_BYTES) {
			return isUtf8(head, bomLength) ? new TextEncoding(StandardCharsets.UTF_8, bomLength, false, false)
					: new TextEncoding(WINDOWS_1258, 0, true, false);
		}
		try (InputStream in = Files.newInputStream(file)) {
			in.skipNBytes(bomLength);
			return isUtf8(in) ? new TextEncoding(StandardCharsets.UTF_8, bomLength, false, false)
					: new TextEncoding(WINDOWS_1258, 0, true, false);
		}
	}

	private static boolean isUtf8(byte[] bytes, int offset) {
		try {
			decoder().decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean isUtf8(InputStream in) throws IOException {
		CharsetDecoder decoder = decoder();
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		boolean end = false;
		while (!end) {
			int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
			end = n < 0;
			if (!end) {
				bytes.position(bytes.position() + n);
			}
			bytes.flip();
			CoderResult result = decoder.decode(bytes, chars, end);
			if (result.isError()) {
				return false;
			}
			chars.clear();
			bytes.compact();
		}
		return !decoder.flush(chars).isError();
	}

	private static CharsetDecoder decoder() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean looksBinary(byte[] head) {
		int control = 0;
		for (byte b : head) {
			int c = b & 0xFF;
			if (c == 0) {
				return true;
			}
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				control++;
			}
		}
		return control > head.length / 100 + 1;
	}

}
