package vn.yearendreview.submission;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Damages copies of a good input folder the ways files get damaged between a department
 * and the planner: bytes flipped, files cut short, delimiters, quotes, byte-order marks,
 * NULs, {@code sep=} lines and line breaks inserted, lines repeated or lost, a huge cell
 * pasted in, a file saved again in another encoding. Deterministic for a seed.
 */
final class Mutator {

	/** The kinds of damage, each a way a real file gets broken. */
	enum Kind {

		FLIP_BYTES, TRUNCATE, INSERT_DELIMITER, INSERT_QUOTE, INSERT_BOM, INSERT_NUL, SEP_LINE, LINE_BREAK,
		DUPLICATE_LINE, DROP_LINE, HUGE_FIELD, HUGE_NUMBER, UTF_16, WINDOWS_1258, LATIN_1, SWAP_LINES, EMPTY_FILE

	}

	private static final byte[][] DELIMITERS = { { ',' }, { ';' }, { '\t' } };

	private final Random random;

	Mutator(long seed) {
		this.random = new Random(seed);
	}

	/**
	 * A damaged copy of the files of a folder.
	 * @param files the good files by name (submissions at the top; names with
	 * {@code catalog/} for reference files)
	 * @param damaged receives the kinds applied, for the report of a failing round
	 * @return the files, one to three of the submissions damaged one to three times
	 */
	Map<String, byte[]> mutate(Map<String, byte[]> files, List<String> damaged) {
		Map<String, byte[]> copy = new LinkedHashMap<>(files);
		List<String> submissions = copy.keySet().stream().filter((name) -> !name.contains("/")).toList();
		int count = 1 + this.random.nextInt(3);
		for (int i = 0; i < count; i++) {
			String name = submissions.get(this.random.nextInt(submissions.size()));
			int times = 1 + this.random.nextInt(3);
			for (int t = 0; t < times; t++) {
				Kind kind = Kind.values()[this.random.nextInt(Kind.values().length)];
				copy.put(name, apply(kind, copy.get(name)));
				damaged.add(name + ":" + kind);
			}
		}
		return copy;
	}

	byte[] apply(Kind kind, byte[] file) {
		return switch (kind) {
			case FLIP_BYTES -> flip(file);
			case TRUNCATE -> (file.length == 0) ? file : slice(file, 0, this.random.nextInt(file.length));
			case INSERT_DELIMITER -> insert(file, DELIMITERS[this.random.nextInt(DELIMITERS.length)]);
			case INSERT_QUOTE -> insert(file, new byte[] { '"' });
			case INSERT_BOM -> insert(file, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			case INSERT_NUL -> insert(file, new byte[] { 0 });
			case SEP_LINE -> concat(("sep=" + ";,\t|".charAt(this.random.nextInt(4)) + "\r\n").getBytes(), file);
			case LINE_BREAK -> insert(file, this.random.nextBoolean() ? new byte[] { '\n' } : new byte[] { '\r' });
			case DUPLICATE_LINE -> lines(file, true);
			case DROP_LINE -> lines(file, false);
			case HUGE_FIELD -> insert(file,
					huge(1 + this.random.nextInt(200_000), "Tỷ lệ hộ nghèo ").getBytes(StandardCharsets.UTF_8));
			case HUGE_NUMBER -> insert(file, huge(1 + this.random.nextInt(200_000), "9").getBytes());
			case UTF_16 -> reencode(file, StandardCharsets.UTF_16);
			case WINDOWS_1258 -> reencode(file, Charset.forName("windows-1258"));
			case LATIN_1 -> reencode(file, StandardCharsets.ISO_8859_1);
			case SWAP_LINES -> swap(file);
			case EMPTY_FILE -> new byte[0];
		};
	}

	private byte[] flip(byte[] file) {
		byte[] copy = file.clone();
		int flips = 1 + this.random.nextInt(8);
		for (int i = 0; i < flips && copy.length > 0; i++) {
			copy[this.random.nextInt(copy.length)] ^= (byte) (1 << this.random.nextInt(8));
		}
		return copy;
	}

	private byte[] insert(byte[] file, byte[] what) {
		int at = (file.length == 0) ? 0 : this.random.nextInt(file.length + 1);
		return concat(slice(file, 0, at), what, slice(file, at, file.length));
	}

	private String huge(int length, String unit) {
		StringBuilder text = new StringBuilder(length + unit.length());
		while (text.length() < length) {
			text.append(unit);
		}
		return text.substring(0, length);
	}

	private byte[] reencode(byte[] file, Charset charset) {
		String text = new String(file, StandardCharsets.UTF_8);
		return text.getBytes(charset);
	}

	private byte[] lines(byte[] file, boolean duplicate) {
		List<byte[]> lines = split(file);
		if (lines.isEmpty()) {
			return file;
		}
		int at = this.random.nextInt(lines.size());
		if (duplicate) {
			lines.add(at, lines.get(at));
		}
		else {
			lines.remove(at);
		}
		return join(lines);
	}

	private byte[] swap(byte[] file) {
		List<byte[]> lines = split(file);
		if (lines.size() < 2) {
			return file;
		}
		int a = this.random.nextInt(lines.size());
		int b = this.random.nextInt(lines.size());
		byte[] line = lines.get(a);
		lines.set(a, lines.get(b));
		lines.set(b, line);
		return join(lines);
	}

	/** Lines with their line break. */
	private static List<byte[]> split(byte[] file) {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < file.length; i++) {
			if (file[i] == '\n') {
				lines.add(slice(file, start, i + 1));
				start = i + 1;
			}
		}
		if (start < file.length) {
			lines.add(slice(file, start, file.length));
		}
		return lines;
	}

	private static byte[] join(List<byte[]> lines) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		lines.forEach(out::writeBytes);
		return out.toByteArray();
	}

	private static byte[] slice(byte[] bytes, int from, int to) {
		byte[] slice = new byte[to - from];
		System.arraycopy(bytes, from, slice, 0, slice.length);
		return slice;
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
