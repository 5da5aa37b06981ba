package vn.yearendreview.submission;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.model.TaskLevel;
import vn.yearendreview.submission.tasks.TaskValidator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells of a task registration as offices write them: months and quarters, levels,
 * and the same matter however it is spaced or accented.
 */
class TaskRegistrationTests {

	@ParameterizedTest
	@CsvSource({ "1, 1, 0", "03, 3, 0", "12, 12, 0", "Tháng 7, 7, 0", "tháng 07, 7, 0", "T9, 9, 0", "Quý I, 1, 1",
			"Quý II, 4, 2", "quý iii, 7, 3", "QUÝ IV, 10, 4", "Q1, 1, 1", "q3, 7, 3", "quý 2, 4, 2", "Quy 4, 10, 4" })
	void readsAMonthOrAQuarter(String cell, int month, int quarter) {
		assertThat(TaskValidator.when(cell)).containsExactly(month, quarter);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "13", "Tháng 13", "Quý V", "Q5", "quý 0", "giữa năm", "2024", "1,5" })
	void refusesWhatIsNeitherAMonthNorAQuarter(String cell) {
		assertThat(TaskValidator.when(cell)).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "BCH, BCH", "bch, BCH", "Ban Chấp hành, BCH", "BAN CHẤP HÀNH, BCH", "BTV, BTV", "Ban Thường vụ, BTV",
			"ban thuong vu, BTV", "TT, TT", "Thường trực, TT", "Thường trực Tỉnh ủy, TT" })
	void readsALevelByItsCodeOrItsName(String cell, TaskLevel level) {
		assertThat(TaskLevel.of(cell)).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "UBND", "HĐND", "Ban Tuyên giáo", "B", "" })
	void refusesABodyOutsideTheCommittee(String cell) {
		assertThat(TaskLevel.of(cell)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Đề án phát triển khu kinh tế|de an  phat trien KHU kinh te",
			"Báo cáo sơ kết 6 tháng|BÁO CÁO SƠ KẾT 6 THÁNG." })
	void theSameMatterInTheSameMonthHasTheSameKey(String one, String other) {
		assertThat(TaskValidator.contentKey(4, one)).isEqualTo(TaskValidator.contentKey(4, other));
		assertThat(TaskValidator.contentKey(4, one)).isNotEqualTo(TaskValidator.contentKey(5, one));
	}

}
