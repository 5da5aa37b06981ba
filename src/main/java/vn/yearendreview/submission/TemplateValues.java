package vn.yearendreview.submission;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.TaskLevel;
import vn.yearendreview.submission.tasks.TaskValidator;

/**
 * The values a department may write in the coded columns of the files it fills in
 * (DESIGN.md 10.1), for the note that goes with its templates: taken from the definitions
 * the reading uses ({@link IndicatorGroup}, {@link PointKind}, {@link TaskLevel}), and
 * each value and spelling checked against the reading when the class loads, as each
 * kind's template header does for the headers, so that the note never offers what the
 * reading would refuse.
 */
public final class TemplateValues {

	private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

	private static final List<Value> GROUPS = checked(Arrays.stream(IndicatorGroup.values())
		.map((group) -> new Value(group.code(), group.vietnameseName()))
		.toList(), IndicatorGroup::fromText, Arrays.asList(IndicatorGroup.values()));

	private static final List<Value> KINDS = checked(
			Arrays.stream(PointKind.values()).map((kind) -> new Value(kind.code(), kind.vietnameseName())).toList(),
			PointKind::of, Arrays.asList(PointKind.values()));

	private static final List<Value> LEVELS = checked(
			Arrays.stream(TaskLevel.values()).map((level) -> new Value(level.name(), level.fullName())).toList(),
			TaskLevel::of, Arrays.asList(TaskLevel.values()));

	private static final List<String> QUARTERS = IntStream.rangeClosed(1, ROMAN.size()).mapToObj((quarter) -> {
		String written = "Quý " + ROMAN.get(quarter - 1);
		int[] when = TaskValidator.when(written);
		if (when == null || when[1] != quarter) {
			throw new IllegalStateException(written + " is not read as quarter " + quarter);
		}
		return written;
	}).toList();

	/** Other ways of writing a month the reading takes, as examples. */
	private static final List<String> OTHER_MONTH_SPELLINGS = List.of("Tháng 3", "T3", "03");

	/** Other ways of writing a quarter the reading takes, as examples. */
	private static final List<String> OTHER_QUARTER_SPELLINGS = List.of("Q2", "quý 2");

	static {
		IntStream.rangeClosed(TaskValidator.FIRST_MONTH, TaskValidator.LAST_MONTH).forEach((month) -> {
			int[] when = TaskValidator.when(String.valueOf(month));
			if (when == null || when[0] != month || when[1] != 0) {
				throw new IllegalStateException(month + " is not read as a month");
			}
		});
		for (int outside : new int[] { TaskValidator.FIRST_MONTH - 1, TaskValidator.LAST_MONTH + 1 }) {
			if (TaskValidator.when(String.valueOf(outside)) != null) {
				throw new IllegalStateException(outside + " is read as a month");
			}
		}
		for (String spelling : OTHER_MONTH_SPELLINGS) {
			int[] when = TaskValidator.when(spelling);
			if (when == null || when[1] != 0) {
				throw new IllegalStateException(spelling + " is not read as a month");
			}
		}
		for (String spelling : OTHER_QUARTER_SPELLINGS) {
			int[] when = TaskValidator.when(spelling);
			if (when == null || when[1] == 0) {
				throw new IllegalStateException(spelling + " is not read as a quarter");
			}
		}
	}

	private TemplateValues() {
	}

	/**
	 * A value of a coded column: its code, and the name a department may write instead.
	 *
	 * @param code e.g. {@code kinh_te}, {@code BTV}
	 * @param name e.g. {@code Kinh tế}, {@code Ban Thường vụ}
	 */
	public record Value(String code, String name) {

	}

	/**
	 * The fields of the {@code Lĩnh vực} column of a narrative file.
	 * @return each field, in the order the review prints them
	 */
	public static List<Value> groups() {
		return GROUPS;
	}

	/**
	 * The kinds of the {@code Loại} column of a narrative file.
	 * @return each kind, in the order the review prints them
	 */
	public static List<Value> kinds() {
		return KINDS;
	}

	/**
	 * The levels of the {@code Cấp xem xét} column of a registration file.
	 * @return each level, in the programme's order
	 */
	public static List<Value> levels() {
		return LEVELS;
	}

	/**
	 * The first month of the {@code Tháng} column of a registration file.
	 * @return 1
	 */
	public static int firstMonth() {
		return TaskValidator.FIRST_MONTH;
	}

	/**
	 * The last month of the {@code Tháng} column of a registration file.
	 * @return 12
	 */
	public static int lastMonth() {
		return TaskValidator.LAST_MONTH;
	}

	/**
	 * The quarters the {@code Tháng} column may give instead of a month.
	 * @return {@code Quý I} to {@code Quý IV}
	 */
	public static List<String> quarters() {
		return QUARTERS;
	}

	/**
	 * Other spellings of a month the {@code Tháng} column takes.
	 * @return e.g. {@code Tháng 3}, {@code T3}
	 */
	public static List<String> otherMonthSpellings() {
		return OTHER_MONTH_SPELLINGS;
	}

	/**
	 * Other spellings of a quarter the {@code Tháng} column takes.
	 * @return e.g. {@code Q2}, {@code quý 2}
	 */
	public static List<String> otherQuarterSpellings() {
		return OTHER_QUARTER_SPELLINGS;
	}

	/**
	 * The values, each of whose code and name the reading takes as the constant it stands
	 * for.
	 */
	private static <T> List<Value> checked(List<Value> values, Function<String, Optional<T>> reading,
			List<T> constants) {
		for (int i = 0; i < values.size(); i++) {
			Value value = values.get(i);
			for (String written : List.of(value.code(), value.name())) {
				if (!reading.apply(written).equals(Optional.of(constants.get(i)))) {
					throw new IllegalStateException(written + " is not read as " + constants.get(i));
				}
			}
		}
		return List.copyOf(values);
	}

}
