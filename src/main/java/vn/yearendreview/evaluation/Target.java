package vn.yearendreview.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A plan target as a resolution writes it: at least a value, a range, or at most a value.
 *
 * @param kind the kind of target
 * @param low the value for at-least and at-most targets, the lower bound of a range
 * @param high the upper bound of a range, the same as {@code low} otherwise
 * @param bare whether the target was written as a bare number (which means "at least")
 */
public record Target(Kind kind, BigDecimal low, BigDecimal high, boolean bare) {

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
	}

	public static Target atLeast(BigDecimal value) {
		return new Target(Kind.AT_LEAST, value, value, false);
	}

	public static Target bare(BigDecimal value) {
		return new Target(Kind.AT_LEAST, value, value, true);
	}

	public static Target atMost(BigDecimal value) {
		return new Target(Kind.AT_MOST, value, value, false);
	}

	public static Target range(BigDecimal low, BigDecimal high) {
		return new Target(Kind.RANGE, low, high, false);
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
