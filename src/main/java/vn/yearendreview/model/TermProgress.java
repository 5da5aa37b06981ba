package vn.yearendreview.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How far a five-year resolution's target has come (DESIGN.md 9.3): from the values of
 * the term's years so far, whether it is already achieved, likely to be achieved, at
 * risk, or missed. Plain Java, exact decimals.
 */
public final class TermProgress {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private TermProgress() {
	}

	/** How a term target is measured. */
	public enum Kind {

		/** The yearly average over the term. */
		AVERAGE,
		/** The sum over the term. */
		TOTAL,
		/** The level in the term's last year. */
		END,
		/** Every year of the term. */
		EACH_YEAR;

		/**
		 * The kind a catalog cell names: {@code average}, {@code total}, {@code end},
		 * {@code each_year}, or their Vietnamese words ({@code bình quân},
		 * {@code lũy kế}, {@code cuối kỳ}, {@code hằng năm}), case and accents ignored.
		 * @param folded the cell folded to lower-case letters and digits without accents
		 * or separators
		 * @return the kind, empty when the cell names none
		 */
		public static java.util.Optional<Kind> fromFolded(String folded) {
			return switch (folded) {
				case "average", "binhquan", "bq", "trungbinh" -> java.util.Optional.of(AVERAGE);
				case "total", "tong", "luyke", "tongcong", "cong" -> java.util.Optional.of(TOTAL);
				case "end", "cuoiky", "cuoinhiemky", "namcuoi" -> java.util.Optional.of(END);
				case "eachyear", "hangnam", "moinam", "hanhnam" -> java.util.Optional.of(EACH_YEAR);
				default -> java.util.Optional.empty();
			};
		}

	}

	/** The assessment in words of the review's appendix 2. */
	public enum Assessment {

		/** Đã đạt. */
		ACHIEVED,
		/** Có khả năng đạt. */
		LIKELY,
		/** Khó đạt. */
		AT_RISK,
		/** Không đạt. */
		MISSED,
		/** Chưa đánh giá: no value yet. */
		NOT_ASSESSED

	}

	/**
	 * An assessment with the figures it rests on.
	 *
	 * @param assessment the assessment
	 * @param aggregate the average ({@link Kind#AVERAGE}) or sum ({@link Kind#TOTAL}) of
	 * the years so far, {@code null} for the other kinds
	 * @param neededPerYear what each remaining year must reach ({@link Kind#AVERAGE},
	 * {@link Kind#TOTAL}), {@code null} when no year remains or for the other kinds
	 */
	public record Result(Assessment assessment, BigDecimal aggregate, BigDecimal neededPerYear) {

	}

	/**
	 * Assesses a term target.
	 * @param target the target as the resolution wrote it; a range is needed at its low
	 * bound
	 * @param kind how it is measured
	 * @param firstYear the term's first year
	 * @param lastYear the term's last year
	 * @param year the year under review, within the term
	 * @param values the values of the term's years up to {@code year}; a year without a
	 * value is left out (it adds nothing to a sum)
	 * @return the assessment
	 */
	public static Result assess(Target target, Kind kind, int firstYear, int lastYear, int year,
			Map<Integer, BigDecimal> values) {
		Objects.requireNonNull(target, "target");
		if (year < firstYear || year > lastYear) {
			throw new IllegalArgumentException(year + " is outside the term " + firstYear + "-" + lastYear);
		}
		SortedMap<Integer, BigDecimal> known = new TreeMap<>();
		values.forEach((y, v) -> {
			if (v != null && y >= firstYear && y <= year) {
				known.put(y, v);
			}
		});
		if (known.isEmpty()) {
			return new Result(Assessment.NOT_ASSESSED, null, null);
		}
		int remaining = lastYear - year;
		return switch (kind) {
			case END -> end(target, known, remaining);
			case EACH_YEAR -> eachYear(target, known, remaining);
			case AVERAGE, TOTAL -> sum(target, kind, known, remaining, lastYear - firstYear + 1);
		};
	}

	private static Result end(Target target, SortedMap<Integer, BigDecimal> known, int remaining) {
		BigDecimal latest = known.get(known.lastKey());
		if (meets(latest, target)) {
			return new Result(Assessment.ACHIEVED, null, null);
		}
		if (remaining == 0) {
			return new Result(Assessment.MISSED, null, null);
		}
		BigDecimal change = BigDecimal.ZERO;
		int span = known.lastKey() - known.firstKey();
		if (span > 0) {
			change = latest.subtract(known.get(known.firstKey())).divide(BigDecimal.valueOf(span), EXACT);
		}
		BigDecimal projected = latest.add(change.multiply(BigDecimal.valueOf(remaining)));
		return new Result(meets(projected, target) ? Assessment.LIKELY : Assessment.AT_RISK, null, null);
	}

	private static Result eachYear(Target target, SortedMap<Integer, BigDecimal> known, int remaining) {
		if (known.values().stream().anyMatch((value) -> !meets(value, target))) {
			return new Result(Assessment.MISSED, null, null);
		}
		return new Result((remaining == 0) ? Assessment.ACHIEVED : Assessment.LIKELY, null, null);
	}

	private static Result sum(Target target, Kind kind, SortedMap<Integer, BigDecimal> known, int remaining,
			int termYears) {
		BigDecimal sum = known.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal aggregate = (kind == Kind.AVERAGE) ? sum.divide(BigDecimal.valueOf(known.size()), EXACT) : sum;
		boolean atMost = target.kind() == Target.Kind.AT_MOST;
		if (kind == Kind.TOTAL && !atMost && meets(sum, target)) {
			return new Result(Assessment.ACHIEVED, aggregate, null);
		}
		if (kind == Kind.TOTAL && atMost && !meets(sum, target)) {
			return new Result(Assessment.MISSED, aggregate, null);
		}
		if (remaining == 0) {
			return new Result(meets(aggregate, target) ? Assessment.ACHIEVED : Assessment.MISSED, aggregate, null);
		}
		BigDecimal whole = (kind == Kind.AVERAGE) ? target.low().multiply(BigDecimal.valueOf(termYears)) : target.low();
		BigDecimal needed = whole.subtract(sum).divide(BigDecimal.valueOf(remaining), EXACT);
		BigDecimal best = atMost ? known.values().stream().min(BigDecimal::compareTo).orElseThrow()
				: known.values().stream().max(BigDecimal::compareTo).orElseThrow();
		boolean reachable = atMost ? needed.compareTo(best) >= 0 : needed.compareTo(best) <= 0;
		return new Result(reachable ? Assessment.LIKELY : Assessment.AT_RISK, aggregate, needed);
	}

	/**
	 * Whether a value reaches a target: at least its value (a range: its low bound), or
	 * at most it.
	 */
	private static boolean meets(BigDecimal value, Target target) {
		return (target.kind() == Target.Kind.AT_MOST) ? value.compareTo(target.low()) <= 0
				: value.compareTo(target.low()) >= 0;
	}

}
