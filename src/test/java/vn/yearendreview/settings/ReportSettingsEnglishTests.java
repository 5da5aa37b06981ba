package vn.yearendreview.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.yearendreview.model.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings of the English edition when the file gives a text in Vietnamese only: the
 * header's names read in English, the planner's paragraphs are not taken in Vietnamese,
 * the term keeps the years its Vietnamese name gives.
 */
class ReportSettingsEnglishTests {

	private static final Messages EN = Messages.of("en");

	private static final Messages VI = Messages.of("vi");

	private static final LocalDate TODAY = LocalDate.of(2023, 12, 5);

	@TempDir
	Path input;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			TỈNH ỦY NINH THUẬN       | NINH THUAN PROVINCIAL PARTY COMMITTEE
			Tỉnh uỷ Bà Rịa – Vũng Tàu | BA RIA – VUNG TAU PROVINCIAL PARTY COMMITTEE
			THÀNH ỦY ĐÀ NẴNG         | DA NANG CITY PARTY COMMITTEE
			HUYỆN ỦY NINH HẢI        | NINH HAI DISTRICT PARTY COMMITTEE
			THỊ ỦY NINH HÒA          | NINH HOA TOWN PARTY COMMITTEE
			ĐẢNG ỦY KHỐI CƠ QUAN     | PARTY COMMITTEE
			""")
	void theIssuerGivenInVietnameseOnlyIsNamedInEnglish(String issuer, String english) throws IOException {
		write("issuer=" + issuer);
		assertThat(ReportSettings.load(this.input, TODAY, EN).issuer()).isEqualTo(english);
		assertThat(ReportSettings.load(this.input, TODAY, VI).issuer()).isEqualTo(issuer);
	}

	@Test
	void theEnglishSettingsWinAndThePlaceLosesItsAccents() throws IOException {
		write("issuer=TỈNH ỦY NINH THUẬN", "issuer.en=PARTY COMMITTEE OF NINH THUAN PROVINCE", "place=Ninh Thuận",
				"parent=TỈNH ỦY NINH THUẬN");
		ReportSettings settings = ReportSettings.load(this.input, TODAY, EN);
		assertThat(settings.issuer()).isEqualTo("PARTY COMMITTEE OF NINH THUAN PROVINCE");
		assertThat(settings.parent()).isEqualTo("NINH THUAN PROVINCIAL PARTY COMMITTEE");
		assertThat(settings.place()).isEqualTo("Ninh Thuan");
		assertThat(ReportSettings.load(this.input, TODAY, VI).place()).isEqualTo("Ninh Thuận");
	}

	@Test
	void marksTheEditionKnowsReadInEnglishAndOthersStayAsWritten() throws IOException {
		write("confidentiality=MẬT", "urgency=HỎA TỐC", "scope=TÀI LIỆU HỘI NGHỊ");
		ReportSettings settings = ReportSettings.load(this.input, TODAY, EN);
		assertThat(settings.confidentiality()).isEqualTo("CONFIDENTIAL");
		assertThat(settings.urgency()).isEqualTo("FLASH");
		assertThat(settings.scope()).isEqualTo("CONFERENCE DOCUMENT");
		write("confidentiality=LƯU HÀNH NỘI BỘ");
		assertThat(ReportSettings.load(this.input, TODAY, EN).confidentiality()).isEqualTo("LƯU HÀNH NỘI BỘ");
	}

	@Test
	void theTermsNameKeepsTheYearsOfItsVietnameseName() throws IOException {
		write("term=2021-2025", "term.name=Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 – 2025");
		assertThat(ReportSettings.load(this.input, TODAY, EN).term())
			.isEqualTo(new ReportSettings.Term(2021, 2025, "Congress Resolution for the term 2020 – 2025"));
		write("term=2021-2025");
		assertThat(ReportSettings.load(this.input, TODAY, EN).term().name())
			.isEqualTo("Congress Resolution for the term 2021 – 2025");
	}

	@Test
	void thePlannersParagraphsAreTakenInTheEditionsLanguageOnly() throws IOException {
		write("directions=Tập trung phát triển kinh tế.", "resolution.goal=Phấn đấu hoàn thành.",
				"resolution.implementation=Văn phòng Tỉnh ủy theo dõi.", "resolution.forecast=Năm 2024 còn khó khăn.",
				"resolution.goal.en=Strive to meet the targets.");
		ReportSettings settings = ReportSettings.load(this.input, TODAY, EN);
		assertThat(settings.directions()).isEmpty();
		assertThat(settings.resolution().forecast()).isEmpty();
		assertThat(settings.resolution().goal()).containsExactly("Strive to meet the targets.");
		assertThat(settings.resolution().missing()).containsExactly("resolution.implementation");
		assertThat(ReportSettings.load(this.input, TODAY, VI).directions())
			.containsExactly("Tập trung phát triển kinh tế.");
	}

	private void write(String... lines) throws IOException {
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve(ReportSettings.FILE), String.join("\n", lines) + "\n");
	}

}
