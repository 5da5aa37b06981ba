package vn.yearendreview.submission.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import vn.yearendreview.staging.RecordTable;

/**
 * Finds the (department, indicator) pairs that more than one row reports, in memory that
 * does not grow with the rows.
 *
 * <p>
 * A first pass over the keys marks each key in a fixed-size Bloom filter and, when the
 * key may have been seen already, in a second one. Most sets have no repeated key: the
 * filter then says so for certain and the search ends after one pass. Otherwise a second
 * pass groups the rows of the keys marked twice (the real repeats and the filter's few
 * false alarms) by their exact text, a slice of hash values at a time so that at most
 * {@link #GROUPED_AT_ONCE} rows are held; each key found on two rows or more is handed on
 * with its places in file and line order.
 */
final class RepeatedKeys {

	/** Rows grouped in one slice of the second pass. */
	static final int GROUPED_AT_ONCE = 50_000;

	/**
	 * Filter bits per row: with six bits set per key, about one false alarm in ten
	 * million keys.
	 */
	private static final int BITS_PER_ROW = 64;

	private static final int MIN_BITS = 1 << 16;

	/** 16 MB for each of the two filters. */
	private static final int MAX_BITS = 1 << 27;

	private static final int HASHES = 6;

	private static final long SPREAD = 0x9E3779B97F4A7C15L;

	private RepeatedKeys() {
	}

	/**
	 * One pass over every key; the source calls the consumer once per row, in file and
	 * line order.
	 */
	@FunctionalInterface
	interface KeySource {

		void forEach(RecordTable.KeyConsumer consumer);

	}

	/**
	 * A key reported on more than one row.
	 *
	 * @param department the department
	 * @param indicator the indicator
	 * @param places each row's place as {@link #place}, in file and line order
	 */
	record Repeated(String department, String indicator, List<Long> places) {

	}

	/** Bits of a line number in a packed place. */
	static final int LINE_BITS = 40;

	/**
	 * A row's place as one number.
	 * @param fileNo its file
	 * @param line its line
	 * @return the place
	 */
	static long place(int fileNo, long line) {
		return ((long) fileNo << LINE_BITS) | line;
	}

	static int fileNo(long place) {
		return (int) (place >>> LINE_BITS);
	}

	static long line(long place) {
		return place & ((1L << LINE_BITS) - 1);
	}

	/**
	 * Hands each repeated key to a consumer.
	 * @param keys the pass over the keys, run once when no key repeats, else at least
	 * twice
	 * @param rows about how many rows the pass gives, to size the filters
	 * @param consumer receives each repeated key once
	 * @return the passes made over the keys
	 */
	static int find(KeySource keys, long rows, Consumer<Repeated> consumer) {
		int bits = bits(rows);
		long[] seen = new long[bits >>> 6];
		long[] twice = new long[bits >>> 6];
		int mask = bits - 1;
		long[] hits = { 0 };
		keys.forEach((fileNo, line, department, indicator) -> {
			long hash = hash(department, indicator);
			if (allSet(seen, hash, mask)) {
				setAll(twice, hash, mask);
				hits[0]++;
			}
			else {
				setAll(seen, hash, mask);
			}
		});
		if (hits[0] == 0) {
			return 1;
		}
		// Every row marked twice is a repeat or the first row of a key it collided with.
		long slices = Math.max(1, (2 * hits[0] + GROUPED_AT_ONCE - 1) / GROUPED_AT_ONCE);
		for (long slice = 0; slice < slices; slice++) {
			long current = slice;
			Map<String, Repeated> groups = new LinkedHashMap<>();
			keys.forEach((fileNo, line, department, indicator) -> {
				long hash = hash(department, indicator);
				if (allSet(twice, hash, mask) && Long.remainderUnsigned(hash, slices) == current) {
					groups
						.computeIfAbsent(department + '\u0000' + indicator,
								(key) -> new Repeated(department, indicator, new ArrayList<>(2)))
						.places()
						.add(place(fileNo, line));
				}
			});
			for (Repeated group : groups.values()) {
				if (group.places().size() > 1) {
					consumer.accept(group);
				}
			}
		}
		return (int) (1 + slices);
	}

	private static int bits(long rows) {
		long wanted = Math.max(MIN_BITS, Math.min(MAX_BITS, rows * BITS_PER_ROW));
		return (int) Long.highestOneBit(wanted - 1) << 1;
	}

	static long hash(String department, String indicator) {
		long hash = 1125899906842597L;
		for (int i = 0; i < department.length(); i++) {
			hash = 31 * hash + department.charAt(i);
		}
		hash = 31 * hash;
		for (int i = 0; i < indicator.length(); i++) {
			hash = 31 * hash + indicator.charAt(i);
		}
		return mix(hash);
	}

	/** The finaliser of SplitMix64: every input bit moves about half the output bits. */
	private static long mix(long value) {
		long z = value * SPREAD;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static boolean allSet(long[] filter, long hash, int mask) {
		int step = (int) (hash >>> 32) | 1;
		int index = (int) hash;
		for (int i = 0; i < HASHES; i++, index += step) {
			int bit = index & mask;
			if ((filter[bit >>> 6] & (1L << bit)) == 0) {
				return false;
			}
		}
		return true;
	}

	private static void setAll(long[] filter, long hash, int mask) {
		int step = (int) (hash >>> 32) | 1;
		int index = (int) hash;
		for (int i = 0; i < HASHES; i++, index += step) {
			int bit = index & mask;
			filter[bit >>> 6] |= 1L << bit;
		}
	}

}
