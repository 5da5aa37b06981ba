package vn.yearendreview.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A plan target as a resolution writes it: at least a value, a range, or at most a value.
 *
 * @param kind the kind of target
 * @param low the value for at-least and at-most targets, the lower bound of a range
 * @param high the upper bound of a range, the same as {@code low} otherwise
 * @param bare whether the target was written as a bare number (which means "at least")
 * @param words the target as the resolution wrote it, its numbers replaced by {@code {1}}
 * and {@code {2}} and without its unit: {@code trên {1}}, {@code từ {1} đến {2}},
 * {@code {1}–{2}}; printed as is, the parsed kind only decides the verdict
 */
public record Target(Kind kind, BigDecimal low, BigDecimal high, boolean bare, String words) {

	/** How a target compares an actual value. */
	public enum Kind {

		AT_LEAST, RANGE, AT_MOST

	}

	public Target {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(low, "low");
		Objects.requireNonNull(high, "high");
		if (low.compareTo(high) > 0) {
			throw new IllegalArgumentException("range " + low + "-" + high + " is reversed");
		}
		if (kind != Kind.RANGE && low.compareTo(high) != 0) {
			throw new IllegalArgumentException(kind + " takes a single value");
		}
		if (words == null || words.length() > MAX_WORDS || !words.contains(LOW)
				|| (kind == Kind.RANGE) != words.contains(HIGH)) {
			words = plainWords(kind, bare);
		}
	}

	/**
	 * The longest wording kept; a longer one is printed in the plain form of its kind.
	 */
	private static final int MAX_WORDS = 100;

	/** Where the wording holds the value, or the lower bound of a range. */
	public static final String LOW = "{1}";

	/** Where the wording holds the upper bound of a range. */
	public static final String HIGH = "{2}";

	public static Target atLeast(BigDecimal value) {
		return new Target(Kind.AT_LEAST, value, value, false, null);
	}

	public static Target bare(BigDecimal value) {
		return new Target(Kind.AT_LEAST, value, value, true, null);
	}

	public static Target atMost(BigDecimal value) {
		return new Target(Kind.AT_MOST, value, value, false, null);
	}

	public static Target range(BigDecimal low, BigDecimal high) {
		return new Target(Kind.RANGE, low, high, false, null);
	}

	/**
	 * The same target in the words it was written in.
	 * @param written the wording, see {@link #words()}; ignored when it does not hold
	 * this target's numbers
	 * @return the target
	 */
	public Target writtenAs(String written) {
		return new Target(this.kind, this.low, this.high, this.bare, written);
	}

	/**
	 * Whether the wording is the plain symbol form of the kind ({@code ≥ {1}}), not words
	 * of a resolution.
	 * @return whether the wording says nothing beyond the kind
	 */
	public boolean plainlyWorded() {
		return this.words.equals(plainWords(this.kind, this.bare));
	}

	private static String plainWords(Kind kind, boolean bare) {
		return switch (kind) {
			case AT_LEAST -> bare ? LOW : "\u2265 " + LOW;
			case AT_MOST -> "\u2264 " + LOW;
			case RANGE -> LOW + "\u2013" + HIGH;
		};
	}

	/**
	 * Whether two targets ask for the same thing, however they are worded.
	 * @param other the other target
	 * @return whether kind and bounds are equal
	 */
	public boolean sameAs(Target other) {
		return this.kind == other.kind && this.low.compareTo(other.low) == 0 && this.high.compareTo(other.high) == 0;
	}

	/**
	 * The value that "percent of plan" divides by: the target itself, or the lower bound
	 * of a range.
	 * @return the reference value
	 */
	public BigDecimal reference() {
		return this.low;
	}

	/**
	 * The target in the canonical text of the results file: {@code 10}, {@code >=85},
	 * {@code <=4} or {@code 10-11}, numbers with a dot decimal.
	 * @return the canonical text
	 */
	public String canonical() {
		return switch (this.kind) {
			case AT_LEAST -> (this.bare ? "" : ">=") + this.low.toPlainString();
			case AT_MOST -> "<=" + this.low.toPlainString();
			case RANGE -> this.low.toPlainString() + "-" + this.high.toPlainString();
		};
	}

	/**
	 * Reads a target back from its canonical text.
	 * @param canonical text produced by {@link #canonical()}
	 * @return the target
	 */
	public static Target fromCanonical(String canonical) {
		if (canonical.startsWith(">=")) {
			return atLeast(new BigDecimal(canonical.substring(2)));
		}
		if (canonical.startsWith("<=")) {
			return atMost(new BigDecimal(canonical.substring(2)));
		}
		int dash = canonical.indexOf('-', 1);
		if (dash > 0) {
			return range(new BigDecimal(canonical.substring(0, dash)), new BigDecimal(canonical.substring(dash + 1)));
		}
		return bare(new BigDecimal(canonical));
	}

}
