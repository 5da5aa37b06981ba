package vn.yearendreview.job;

import java.util.List;

/** Finds, in what a failed run threw, the cause the planner is told about. */
final class Failures {

	private Failures() {
	}

	/**
	 * The first failure whose root cause is of a type, as that cause.
	 * @param failures the failures
	 * @param type the type
	 * @param <T> the type
	 * @return the cause, {@code null} when none is of the type
	 */
	static <T extends Throwable> T rootCauseOf(List<Throwable> failures, Class<T> type) {
		return failures.stream()
			.map(Failures::rootCause)
			.filter(type::isInstance)
			.map(type::cast)
			.findFirst()
			.orElse(null);
	}

	static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	/**
	 * What went wrong, in the words of the innermost cause.
	 * @param failure the failure
	 * @return its message, or its type when it has none
	 */
	static String describe(Throwable failure) {
		Throwable cause = rootCause(failure);
		String message = cause.getMessage();
		return (message != null) ? message : cause.getClass().getSimpleName();
	}

}
