package vn.yearendreview.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Target;
import vn.yearendreview.staging.FigureToCheck;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.Rejection;

/**
 * The plausibility check of the figures (DESIGN.md 10.2), fed one indicator's figures
 * after another: it judges each indicator's figures when the next begins and writes its
 * warnings a batch at a time.
 */
final class PlausibilityCheck {

	/** Warnings written at once. */
	private static final int BATCH = 1_000;

	private final ProblemTable problems;

	private final long instance;

	private final Messages messages;

	private final List<FigureToCheck> indicator = new ArrayList<>();

	private final List<Rejection> warnings = new ArrayList<>();

	private long found;

	PlausibilityCheck(ProblemTable problems, long instance, Messages messages) {
		this.problems = problems;
		this.instance = instance;
		this.messages = messages;
	}

	void add(FigureToCheck figure) {
		if (!this.indicator.isEmpty() && !this.indicator.get(0).indicator().equals(figure.indicator())) {
			judge();
		}
		this.indicator.add(figure);
	}

	void finish() {
		judge();
		flush();
	}

	private void judge() {
		List<FigureToCheck> unflagged = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		for (FigureToCheck figure : this.indicator) {
			BigDecimal actual = new BigDecimal(figure.actual());
			Optional<Plausibility.Result> result = Plausibility.check(actual,
					(figure.previous() != null) ? new BigDecimal(figure.previous()) : null,
					(figure.plan() != null) ? Target.fromCanonical(figure.plan()) : null, percent(figure.unit()),
					figure.bounded(), (figure.maxChange() != null) ? new BigDecimal(figure.maxChange()) : null);
			if (result.isPresent()) {
				warn(figure, result.get(), figure.maxChange());
			}
			else {
				unflagged.add(figure);
				values.add(actual);
			}
		}
		if (this.indicator.size() >= Plausibility.OUTLIER_MIN_REPORTS) {
			List<BigDecimal> all = this.indicator.stream().map((f) -> new BigDecimal(f.actual())).toList();
			Plausibility.Outliers outliers = Plausibility.outliers(all);
			for (int place : outliers.places()) {
				FigureToCheck figure = this.indicator.get(place);
				if (unflagged.contains(figure)) {
					warn(figure,
							new Plausibility.Result(Plausibility.Finding.OUTLIER, all.get(place), outliers.median()),
							null);
				}
			}
		}
		this.indicator.clear();
	}

	private void warn(FigureToCheck figure, Plausibility.Result result, String maxChange) {
		String limit = (maxChange != null) ? maxChange : Plausibility.DEFAULT_MAX_CHANGE.toPlainString();
		String message = this.messages.get("problem." + result.finding().name(), figure.indicator(),
				plain(result.value()), plain(result.comparedWith()), limit,
				(figure.unit() != null) ? figure.unit() : "", figure.department());
		this.warnings.add(new Rejection(figure.fileNo(), figure.department(),
				new Problem(Problem.Severity.WARNING, figure.line(), column(figure, result.value()),
						plain(result.value()), Reason.valueOf(result.finding().name()), message)));
		this.found++;
		if (this.warnings.size() >= BATCH) {
			flush();
		}
	}

	/**
	 * The column of the value a finding is about: the year's figure or last year's.
	 */
	private static String column(FigureToCheck figure, BigDecimal value) {
		if (value == null || value.compareTo(new BigDecimal(figure.actual())) == 0) {
			return figure.actualHeader();
		}
		return figure.previousHeader();
	}

	private void flush() {
		this.problems.addProblems(this.instance, this.warnings);
		this.warnings.clear();
	}

	private static boolean percent(String unit) {
		return unit != null && unit.strip().equals("%");
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	/**
	 * The figures found implausible so far.
	 * @return their number
	 */
	long found() {
		return this.found;
	}

}
