package vn.yearendreview.submission;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.TaskLevel;
import vn.yearendreview.submission.tasks.TaskValidator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The values the note beside the templates offers are every value the reading defines,
 * and the reading takes each of them as written.
 */
class TemplateValuesTests {

	@Test
	void everyFieldIsOfferedByNameAndCodeAndReadBack() {
		assertThat(TemplateValues.groups()).extracting(TemplateValues.Value::code)
			.containsExactlyElementsOf(Arrays.stream(IndicatorGroup.values()).map(IndicatorGroup::code).toList());
		for (TemplateValues.Value group : TemplateValues.groups()) {
			assertThat(IndicatorGroup.fromText(group.name()).map(IndicatorGroup::code)).contains(group.code());
		}
		assertThat(TemplateValues.groups()).extracting(TemplateValues.Value::name)
			.containsExactly("Kinh tế", "Văn hóa – xã hội", "Môi trường", "Quốc phòng – an ninh", "Xây dựng Đảng");
	}

	@Test
	void everyKindIsOfferedByNameAndCodeAndReadBack() {
		assertThat(TemplateValues.kinds()).extracting(TemplateValues.Value::code)
			.containsExactlyElementsOf(Arrays.stream(PointKind.values()).map(PointKind::code).toList());
		for (TemplateValues.Value kind : TemplateValues.kinds()) {
			assertThat(PointKind.of(kind.name()).map(PointKind::code)).contains(kind.code());
		}
		assertThat(TemplateValues.kinds()).extracting(TemplateValues.Value::name)
			.containsExactly("Kết quả nổi bật", "Hạn chế", "Nguyên nhân", "Nhiệm vụ năm sau");
	}

	@Test
	void everyLevelIsOfferedByCodeAndNameAndReadBack() {
		assertThat(TemplateValues.levels()).extracting(TemplateValues.Value::code)
			.containsExactlyElementsOf(Arrays.stream(TaskLevel.values()).map(TaskLevel::name).toList());
		for (TemplateValues.Value level : TemplateValues.levels()) {
			assertThat(TaskLevel.of(level.name()).map(TaskLevel::name)).contains(level.code());
		}
		assertThat(TemplateValues.levels()).extracting(TemplateValues.Value::name)
			.containsExactly("Ban Chấp hành", "Ban Thường vụ", "Thường trực");
	}

	@Test
	void theMonthsAndQuartersOfferedAreReadAsSuch() {
		assertThat(IntStream.rangeClosed(TemplateValues.firstMonth(), TemplateValues.lastMonth())
			.mapToObj((month) -> TaskValidator.when(String.valueOf(month))[0]))
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(TemplateValues.quarters()).containsExactly("Quý I", "Quý II", "Quý III", "Quý IV");
		assertThat(TemplateValues.quarters()).extracting((quarter) -> TaskValidator.when(quarter)[1])
			.containsExactly(1, 2, 3, 4);
		assertThat(TemplateValues.otherMonthSpellings())
			.allSatisfy((month) -> assertThat(TaskValidator.when(month)).containsExactly(3, 0));
		assertThat(TemplateValues.otherQuarterSpellings())
			.allSatisfy((quarter) -> assertThat(TaskValidator.when(quarter)).containsExactly(4, 2));
	}

}
