package vn.yearendreview.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.Target;
import vn.yearendreview.settings.ReportSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the consolidated review's body: the headline "đạt và vượt X/Y", each
 * field's count followed by exactly its resolution indicators and the departments'
 * highlights, the indicators outside the resolution, the limitations with the missed
 * indicators and the causes, next year's targets as written and the tasks by field;
 * nothing a department did not send.
 */
class ReviewNarrativeTests {

	private static final Messages VI = Messages.of("vi");

	private static final Messages EN = Messages.of("en");

	private final ReviewNarrative narrative = new ReviewNarrative(VI);

	private final IndicatorWords words = new IndicatorWords(VI);

	@Test
	void writesTheHeadlineThenEachFieldsCountFollowedByItsIndicators() {
		List<ResultRow> results = List.of(growth().build(), revenue().build(), trainedWorkers().build(),
				doctors().build(), forestCover().build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		assertThat(lines(body)).startsWith(
				"BODY Thực hiện Nghị quyết về nhiệm vụ năm 2023, Ban Thường vụ Tỉnh ủy báo cáo tình hình thực hiện"
						+ " nhiệm vụ năm 2023, phương hướng, nhiệm vụ năm 2024 như sau:",
				"HEADING1 I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023", "HEADING2 1. Đánh giá chung",
				"BODY Năm 2023, toàn tỉnh thực hiện đạt và vượt 2/5 chỉ tiêu chủ yếu của Nghị quyết; 01 chỉ tiêu cơ bản"
						+ " đạt; 01 chỉ tiêu không đạt; 01 chỉ tiêu chưa có số liệu. Cụ thể:",
				"HEADING3 a) Kinh tế: đạt và vượt 1/2 chỉ tiêu.",
				"ITEM - Tốc độ tăng trưởng GRDP ước đạt 9,40% (KH 10–11%), không đạt kế hoạch.",
				"ITEM - Tổng thu ngân sách nhà nước trên địa bàn ước đạt 22.710 tỷ đồng, bằng 102,3% KH, tăng 11,8% so"
						+ " với cùng kỳ, vượt kế hoạch.",
				"HEADING3 b) Văn hóa – xã hội: đạt và vượt 0/2 chỉ tiêu.",
				"ITEM - Tỷ lệ lao động qua đào tạo ước đạt 69,5% (KH 70%), cơ bản đạt kế hoạch.",
				"ITEM - Số bác sĩ trên 1 vạn dân: chưa có số liệu (KH 12 bác sĩ).",
				"HEADING3 c) Môi trường: đạt và vượt 1/1 chỉ tiêu.",
				"ITEM - Tỷ lệ che phủ rừng ước đạt 44,0% (KH 44%), đạt kế hoạch.",
				"HEADING2 2. Hạn chế, yếu kém và nguyên nhân",
				"BODY Còn 01 chỉ tiêu không đạt kế hoạch: tốc độ tăng trưởng GRDP (9,40%, KH 10–11%); 01 chỉ tiêu cơ"
						+ " bản đạt: tỷ lệ lao động qua đào tạo (69,5%, KH 70%).",
				"ITEM - Tốc độ tăng trưởng GRDP: do sản xuất công nghiệp tăng thấp.",
				"ITEM - Tỷ lệ lao động qua đào tạo: một số chương trình đào tạo triển khai chậm.");
	}

	@Test
	void eachCountIsFollowedByExactlyTheResolutionIndicatorsItCountsAndTheOthersComeLast() {
		List<ResultRow> results = List.of(growth().build(), revenue().resolution(false).build(), forestCover().build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		List<String> lines = lines(body);
		assertThat(lines.subList(lines.indexOf("HEADING3 a) Kinh tế: đạt và vượt 0/1 chỉ tiêu."),
				lines.indexOf("HEADING2 2. Hạn chế, yếu kém và nguyên nhân")))
			.containsExactly("HEADING3 a) Kinh tế: đạt và vượt 0/1 chỉ tiêu.",
					"ITEM - Tốc độ tăng trưởng GRDP ước đạt 9,40% (KH 10–11%), không đạt kế hoạch.",
					"HEADING3 b) Môi trường: đạt và vượt 1/1 chỉ tiêu.",
					"ITEM - Tỷ lệ che phủ rừng ước đạt 44,0% (KH 44%), đạt kế hoạch.",
					"HEADING3 c) Các chỉ tiêu khác (ngoài Nghị quyết)",
					"ITEM - Tổng thu ngân sách nhà nước trên địa bàn ước đạt 22.710 tỷ đồng, bằng 102,3% KH, tăng"
							+ " 11,8% so với cùng kỳ, vượt kế hoạch.");
	}

	@Test
	void eachIndicatorIsWrittenOnceInTheResultsOfTheYear() {
		List<ResultRow> results = List.of(growth().build(), revenue().build(), doctors().build(),
				forestCover().build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		List<String> lines = lines(body);
		List<String> section1 = lines.subList(0, lines.indexOf("HEADING2 2. Hạn chế, yếu kém và nguyên nhân"));
		assertThat(section1).filteredOn((line) -> line.contains("Tốc độ tăng trưởng GRDP")).hasSize(1);
		assertThat(section1).filteredOn((line) -> line.contains("Tổng thu ngân sách")).hasSize(1);
		assertThat(section1).filteredOn((line) -> line.contains("Tỷ lệ che phủ rừng")).hasSize(1);
		assertThat(lines).filteredOn((line) -> line.contains("Số bác sĩ")).hasSize(1);
	}

	@Test
	void nothingADepartmentDidNotSendIsPrintedInItsPlace() {
		List<ResultRow> results = List.of(growth().note(null).build(), doctors().build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		assertThat(lines(body))
			.contains("ITEM - Tốc độ tăng trưởng GRDP ước đạt 9,40% (KH 10–11%), không đạt kế hoạch.")
			.noneMatch((line) -> line.contains("chưa nêu"))
			.noneMatch((line) -> line.contains("gửi số liệu"))
			.noneMatch((line) -> line.contains("sẽ được xác định"));
	}

	@Test
	void theDepartmentsWordsArePrintedByFieldAndKindInTheirPlaces() {
		List<ResultRow> results = List.of(growth().build(), forestCover().build());
		List<NarrativePoint> points = List.of(
				new NarrativePoint("SKHDT", "kinh_te", PointKind.KET_QUA, "Kinh tế tiếp tục phục hồi"),
				new NarrativePoint("SNNPTNT", "moi_truong", PointKind.KET_QUA, "Rừng được bảo vệ tốt."),
				new NarrativePoint("SKHDT", "kinh_te", PointKind.HAN_CHE, "Tăng trưởng chưa đạt kế hoạch."),
				new NarrativePoint("SKHDT", "kinh_te", PointKind.NGUYEN_NHAN, "Sản lượng điện bị cắt giảm."),
				new NarrativePoint("SKHDT", "kinh_te", PointKind.NHIEM_VU, "Đẩy nhanh giải ngân vốn đầu tư công."),
				new NarrativePoint("SNNPTNT", "quoc_phong_an_ninh", PointKind.KET_QUA, "Giữ vững an ninh."));

		List<Paragraph> body = this.narrative.write(settings("", List.of("Tập trung thúc đẩy tăng trưởng.")), 2023,
				scoreboardOf(results), results, points);

		List<String> lines = lines(body);
		assertThat(lines).containsSequence("HEADING3 a) Kinh tế: đạt và vượt 0/1 chỉ tiêu.",
				"BODY Kinh tế tiếp tục phục hồi.",
				"ITEM - Tốc độ tăng trưởng GRDP ước đạt 9,40% (KH 10–11%), không đạt kế hoạch.",
				"HEADING3 b) Môi trường: đạt và vượt 1/1 chỉ tiêu.", "BODY Rừng được bảo vệ tốt.",
				"ITEM - Tỷ lệ che phủ rừng ước đạt 44,0% (KH 44%), đạt kế hoạch.", "HEADING3 c) Quốc phòng – an ninh",
				"BODY Giữ vững an ninh.", "HEADING2 2. Hạn chế, yếu kém và nguyên nhân",
				"BODY Tăng trưởng chưa đạt kế hoạch.",
				"BODY Còn 01 chỉ tiêu không đạt kế hoạch: tốc độ tăng trưởng GRDP (9,40%, KH 10–11%).",
				"ITEM - Tốc độ tăng trưởng GRDP: do sản xuất công nghiệp tăng thấp.", "HEADING3 * Nguyên nhân:",
				"BODY Sản lượng điện bị cắt giảm.");
		assertThat(lines.subList(lines.indexOf("HEADING1 II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"), lines.size()))
			.containsExactly("HEADING1 II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "HEADING2 1. Nhiệm vụ, giải pháp chủ yếu",
					"HEADING3 a) Kinh tế", "BODY Đẩy nhanh giải ngân vốn đầu tư công.",
					"BODY Tập trung thúc đẩy tăng trưởng.");
	}

	@Test
	void whenEveryIndicatorIsAchievedNothingElseIsCountedAndTheShortfallsAreLeftOut() {
		List<ResultRow> results = List.of(revenue().build(), forestCover().build(),
				revenue().indicator("KT03")
					.name("Số doanh nghiệp thành lập mới")
					.unit("doanh nghiệp")
					.plan("600")
					.actual("615")
					.percentOfPlan("102.5")
					.previous(null)
					.percentOfPrevious(null)
					.build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		assertThat(lines(body))
			.contains("BODY Năm 2023, toàn tỉnh thực hiện đạt và vượt 3/3 chỉ tiêu chủ yếu của Nghị quyết. Cụ thể:",
					"HEADING3 a) Kinh tế: đạt và vượt 2/2 chỉ tiêu.",
					"ITEM - Số doanh nghiệp thành lập mới ước đạt 615 doanh nghiệp, bằng 102,5% KH, vượt kế hoạch.")
			.noneMatch((line) -> line.startsWith("HEADING2 2."))
			.noneMatch((line) -> line.contains("chưa có số liệu"))
			.noneMatch((line) -> line.contains("cơ bản đạt"));
	}

	@Test
	void whenNothingIsAchievedTheHeadlineSaysZeroAndListsTheMissesWithTheirNotes() {
		List<ResultRow> results = List.of(growth().build(),
				revenue().actual("20100")
					.percentOfPlan("90.54054054054054054")
					.percentOfPrevious("98.94167118")
					.status(Status.NOT_ACHIEVED)
					.note("Thu từ đất đạt thấp")
					.build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		assertThat(lines(body)).contains(
				"BODY Năm 2023, toàn tỉnh thực hiện đạt và vượt 0/2 chỉ tiêu chủ yếu của Nghị quyết; 02 chỉ tiêu không"
						+ " đạt. Cụ thể:",
				"HEADING3 a) Kinh tế: đạt và vượt 0/2 chỉ tiêu.")
			.containsSequence("HEADING2 2. Hạn chế, yếu kém và nguyên nhân",
					"BODY Còn 02 chỉ tiêu không đạt kế hoạch: tốc độ tăng trưởng GRDP (9,40%, KH 10–11%), tổng thu"
							+ " ngân sách nhà nước trên địa bàn (20.100 tỷ đồng, KH 22.200 tỷ đồng).",
					"ITEM - Tốc độ tăng trưởng GRDP: do sản xuất công nghiệp tăng thấp.",
					"ITEM - Tổng thu ngân sách nhà nước trên địa bàn: thu từ đất đạt thấp.");
	}

	@Test
	void withoutGroupsTheIndicatorsFollowTheHeadlineWithoutFieldHeadings() {
		List<ResultRow> results = List.of(growth().group(null).build(), forestCover().group(null).build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		int headline = lines(body).indexOf("HEADING2 1. Đánh giá chung") + 1;
		assertThat(lines(body).subList(headline + 1, headline + 4)).containsExactly(
				"ITEM - Tốc độ tăng trưởng GRDP ước đạt 9,40% (KH 10–11%), không đạt kế hoạch.",
				"ITEM - Tỷ lệ che phủ rừng ước đạt 44,0% (KH 44%), đạt kế hoạch.",
				"HEADING2 2. Hạn chế, yếu kém và nguyên nhân");
		assertThat(body).extracting(Paragraph::kind).doesNotContain(Paragraph.Kind.HEADING3);
	}

	@Test
	void theFieldsFollowTheOrderOfTheCatalogGroups() {
		List<ResultRow> results = List.of(forestCover().build(), growth().build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		assertThat(body).filteredOn((p) -> p.kind() == Paragraph.Kind.HEADING3)
			.extracting(Paragraph::text)
			.startsWith("a) Kinh tế: đạt và vượt 0/1 chỉ tiêu.", "b) Môi trường: đạt và vượt 1/1 chỉ tiêu.");
	}

	@Test
	void aGivenIntroductionReplacesTheStandardOne() {
		List<ResultRow> results = List.of(forestCover().build());
		String intro = "Thực hiện Nghị quyết số 12-NQ/TU ngày 10/12/2022 của Tỉnh ủy, Ban Thường vụ Tỉnh ủy báo cáo"
				+ " như sau:";

		List<Paragraph> body = this.narrative.write(settings(intro, List.of()), 2023, scoreboardOf(results), results,
				List.of());

		assertThat(body.get(0)).isEqualTo(new Paragraph(Paragraph.Kind.BODY, intro));
	}

	@Test
	void theWordDraftLeavesTheContextAndTheDirectionsTheSettingsDoNotGiveForTheOfficeToWrite() {
		List<ResultRow> results = List.of(growth().planNext("8-8.5").build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		List<String> drafted = drafted(body);
		assertThat(drafted.get(0)).startsWith("BODY [Viết ở đây bối cảnh năm 2023")
			.contains("khóa intro của catalog/report.properties");
		assertThat(drafted.get(1)).startsWith("BODY Thực hiện Nghị quyết về nhiệm vụ năm 2023");
		assertThat(drafted.subList(drafted.size() - 2, drafted.size())).containsExactly(
				"HEADING2 2. Nhiệm vụ, giải pháp chủ yếu",
				"BODY [Viết ở đây các nhiệm vụ, giải pháp chung năm 2024. Năm sau, ghi vào khóa directions của"
						+ " catalog/report.properties để văn bản có sẵn phần này.]");
		assertThat(lines(body)).noneMatch((line) -> line.contains("Nhiệm vụ, giải pháp chủ yếu"))
			.noneMatch((line) -> line.equals("BODY "));
	}

	@Test
	void theResolutionPrintsItsPartsNumberedWithoutGapsAndItsWordDraftHasAllFourToWrite() {
		List<ResultRow> results = List.of(growth().planNext("8-8.5").build());

		List<Paragraph> body = new ResolutionNarrative(VI).write(settings("", List.of()), 2023, scoreboardOf(results),
				results, List.of());

		assertThat(lines(body)).filteredOn((line) -> line.startsWith("HEADING1"))
			.containsExactly("HEADING1 I- CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024");
		List<String> drafted = drafted(body);
		List<String> parts = drafted.stream().filter((line) -> line.startsWith("HEADING1")).toList();
		assertThat(parts).containsExactly("HEADING1 I- MỤC TIÊU", "HEADING1 II- CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024",
				"HEADING1 III- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "HEADING1 IV- TỔ CHỨC THỰC HIỆN");
		assertThat(drafted.get(drafted.indexOf("HEADING1 I- MỤC TIÊU") + 1))
			.startsWith("BODY [Viết ở đây mục tiêu tổng quát năm 2024")
			.contains("khóa resolution.goal của catalog/report.properties");
		assertThat(drafted.get(drafted.size() - 1)).startsWith("BODY [Viết ở đây phần tổ chức thực hiện năm 2024")
			.contains("resolution.implementation");
	}

	@Test
	void theResolutionsPreambleIsAnAssessmentThatStatesTheCountOnceAndLeadsInWithTheDecidingBody() {
		List<ResultRow> results = List.of(growth().planNext("8-8.5").build(), revenue().build(),
				trainedWorkers().build(), doctors().build(), forestCover().build());
		List<NarrativePoint> points = List.of(
				new NarrativePoint("SKHDT", "kinh_te", PointKind.KET_QUA, "Kinh tế tiếp tục phục hồi."),
				new NarrativePoint("SKHDT", "kinh_te", PointKind.KET_QUA, "Công tác xúc tiến đầu tư được đẩy mạnh."),
				new NarrativePoint("SNNPTNT", "moi_truong", PointKind.KET_QUA, "Rừng được bảo vệ tốt"),
				new NarrativePoint("SKHDT", "kinh_te", PointKind.HAN_CHE, "Giải ngân vốn đầu tư công còn chậm."),
				new NarrativePoint("SKHDT", "kinh_te", PointKind.NGUYEN_NHAN, "Do sản xuất công nghiệp tăng thấp."));

		List<Paragraph> body = new ResolutionNarrative(VI).write(
				resolutionSettings(List.of("Năm 2024, tình hình được dự báo còn nhiều khó khăn.")), 2023,
				scoreboardOf(results), results, points);

		List<String> lines = lines(body);
		assertThat(lines.subList(0, lines.indexOf("HEADING1 I- MỤC TIÊU"))).containsExactly(
				"BODY Năm 2023, toàn tỉnh thực hiện đạt và vượt 2/5 chỉ tiêu chủ yếu của Nghị quyết; 01 chỉ tiêu chưa có"
						+ " số liệu. Kinh tế tiếp tục phục hồi; công tác xúc tiến đầu tư được đẩy mạnh.",
				// the other fields' highlights in a paragraph of their own, so that the
				// first
				// stays short
				"BODY Rừng được bảo vệ tốt.",
				"BODY Tuy nhiên, còn 02 chỉ tiêu chưa đạt kế hoạch là tốc độ tăng trưởng GRDP và tỷ lệ lao động qua đào"
						+ " tạo; giải ngân vốn đầu tư công còn chậm. Nguyên nhân chủ yếu là do sản xuất công nghiệp tăng"
						+ " thấp.",
				"BODY Năm 2024, tình hình được dự báo còn nhiều khó khăn.",
				"BODY Ban Chấp hành Đảng bộ tỉnh thống nhất xác định mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp năm 2024"
						+ " như sau:");
		assertThat(lines).noneMatch((line) -> line.contains("Nghị quyết xác định"))
			.noneMatch((line) -> line.contains("không đạt"));
	}

	@Test
	void theEnglishResolutionNamesTheTargetsNotMetInASentence() {
		List<ResultRow> results = List.of(growth().name("GRDP growth rate").build(),
				revenue().name("State budget revenue").build(), trainedWorkers().name("Tourist arrivals").build());

		List<String> lines = lines(new ResolutionNarrative(EN).write(resolutionSettings(List.of()), 2023,
				scoreboardOf(results), results, List.of()));

		assertThat(lines).contains("BODY However, 2 targets were not met: GRDP growth rate and tourist arrivals.");
	}

	@Test
	void withoutAForecastTheResolutionsWordDraftLeavesItsParagraphForTheOffice() {
		List<ResultRow> results = List.of(growth().planNext("8-8.5").build());

		List<Paragraph> body = new ResolutionNarrative(VI).write(resolutionSettings(List.of()), 2023,
				scoreboardOf(results), results, List.of());

		List<String> drafted = drafted(body);
		int lead = drafted.indexOf("BODY Ban Chấp hành Đảng bộ tỉnh thống nhất xác định mục tiêu, chỉ tiêu, nhiệm vụ"
				+ " và giải pháp năm 2024 như sau:");
		assertThat(drafted.get(lead - 1)).startsWith("BODY [Viết ở đây dự báo tình hình năm 2024")
			.contains("khóa resolution.forecast của catalog/report.properties");
		assertThat(lines(body)).noneMatch((line) -> line.equals("BODY "));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Tốc độ tăng trưởng GRDP | tốc độ tăng trưởng GRDP
			GRDP bình quân đầu người | GRDP bình quân đầu người
			Đảng bộ tỉnh được củng cố | Đảng bộ tỉnh được củng cố
			Ban Thường vụ chỉ đạo sát | Ban Thường vụ chỉ đạo sát
			Ủy ban nhân dân tỉnh chỉ đạo | Ủy ban nhân dân tỉnh chỉ đạo
			Kinh tế tiếp tục phục hồi | kinh tế tiếp tục phục hồi
			""")
	void namesAndParagraphsInsideASentenceStartWithASmallLetterUnlessAProperNoun(String written, String inside) {
		assertThat(Sentences.midSentence(written, VI.locale())).isEqualTo(inside);
	}

	@Test
	void withoutTargetsTasksOrDirectionsTheWordDraftStillHasTheSecondPartToWrite() {
		List<ResultRow> results = List.of(growth().build(), forestCover().build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		List<String> drafted = drafted(body);
		assertThat(drafted.subList(drafted.size() - 3, drafted.size() - 1))
			.containsExactly("HEADING1 II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "HEADING2 1. Nhiệm vụ, giải pháp chủ yếu");
	}

	@Test
	void nextYearListsTheTargetsAsWrittenByFieldThenTheDirections() {
		List<ResultRow> results = List.of(growth().planNext("8-8.5").build(), revenue().planNext("24000").build(),
				trainedWorkers().build(), forestCover().planNext(">=44.5", "trên {1}").build(),
				trainedWorkers().indicator("XH09").name("Tỷ lệ thất nghiệp").planNext("<=4", "dưới {1}").build());

		List<Paragraph> body = this.narrative.write(
				settings("",
						List.of("Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh.",
								"Đẩy nhanh tiến độ giải ngân vốn đầu tư công.")),
				2023, scoreboardOf(results), results, List.of());

		List<String> lines = lines(body);
		assertThat(lines.subList(lines.indexOf("HEADING1 II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024"), lines.size()))
			.containsExactly("HEADING1 II- PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
					"HEADING2 1. Các chỉ tiêu chủ yếu năm 2024", "HEADING3 a) Kinh tế",
					"ITEM (1) Tốc độ tăng trưởng GRDP đạt 8–8,5%.",
					"ITEM (2) Tổng thu ngân sách nhà nước trên địa bàn đạt 24.000 tỷ đồng.",
					"HEADING3 b) Văn hóa – xã hội", "ITEM (3) Tỷ lệ thất nghiệp ở mức dưới 4%.",
					"HEADING3 c) Môi trường", "ITEM (4) Tỷ lệ che phủ rừng đạt trên 44,5%.",
					"HEADING2 2. Nhiệm vụ, giải pháp chủ yếu",
					"BODY Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh.",
					"BODY Đẩy nhanh tiến độ giải ngân vốn đầu tư công.");
	}

	@Test
	void nextYearListsExactlyTheResolutionsTargetsInItsWordsAndTheOthersUnderTheirOwnLine() {
		List<ResultRow> results = List.of(growth().planNext("8-8.5").build(),
				revenue().planNext("24000").resolution(false).build(), forestCover().planNext("45").build());

		List<Paragraph> review = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());
		List<Paragraph> resolution = new ResolutionNarrative(VI).write(settings("", List.of()), 2023,
				scoreboardOf(results), results, List.of());

		List<String> lines = lines(review);
		List<String> targets = lines.subList(lines.indexOf("HEADING2 1. Các chỉ tiêu chủ yếu năm 2024") + 1,
				lines.size());
		assertThat(targets).containsExactly("HEADING3 a) Kinh tế", "ITEM (1) Tốc độ tăng trưởng GRDP đạt 8–8,5%.",
				"HEADING3 b) Môi trường", "ITEM (2) Tỷ lệ che phủ rừng đạt 45%.",
				"HEADING3 c) Các chỉ tiêu khác (ngoài Nghị quyết)",
				"ITEM - Tổng thu ngân sách nhà nước trên địa bàn đạt 24.000 tỷ đồng.");
		assertThat(lines(resolution)).filteredOn((line) -> line.startsWith("ITEM ("))
			.containsExactlyElementsOf(targets.stream().filter((line) -> line.startsWith("ITEM (")).toList());
	}

	@Test
	void theShortfallsRepeatNoSentenceOfTheResultsAndAParagraphSentTwiceIsPrintedOnce() {
		List<ResultRow> results = List.of(growth().build(), forestCover().build());
		List<NarrativePoint> points = List.of(
				new NarrativePoint("SKHDT", "kinh_te", PointKind.HAN_CHE, "Tăng trưởng chưa đạt kế hoạch."),
				new NarrativePoint("SCT", "kinh_te", PointKind.HAN_CHE, "Tăng trưởng chưa đạt kế hoạch"),
				new NarrativePoint("SKHDT", "kinh_te", PointKind.KET_QUA, "Kinh tế phục hồi."),
				new NarrativePoint("SCT", "kinh_te", PointKind.KET_QUA, "Kinh tế phục hồi."));

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				points);

		List<String> lines = lines(body);
		List<String> section1 = lines.subList(0, lines.indexOf("HEADING2 2. Hạn chế, yếu kém và nguyên nhân"));
		List<String> shortfalls = lines.subList(lines.indexOf("HEADING2 2. Hạn chế, yếu kém và nguyên nhân"),
				lines.size());
		assertThat(shortfalls)
			.doesNotContainAnyElementsOf(section1.stream().filter((l) -> !l.startsWith("HEADING")).toList());
		assertThat(lines).filteredOn((line) -> line.contains("Tăng trưởng chưa đạt kế hoạch")).hasSize(1);
		assertThat(lines).filteredOn((line) -> line.contains("Kinh tế phục hồi")).hasSize(1);
	}

	@Test
	void withoutTargetsTasksOrDirectionsThereIsNoSecondPart() {
		List<ResultRow> results = List.of(growth().build(), forestCover().build());

		List<Paragraph> body = this.narrative.write(settings("", List.of()), 2023, scoreboardOf(results), results,
				List.of());

		assertThat(lines(body)).noneMatch((line) -> line.startsWith("HEADING1 II-"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					GRDP ước đạt 9,40% (KH 10–11%), không đạt kế hoạch. | % | 10-11 | 9.40 | 94.0 | null | NOT_ACHIEVED
					Thu ngân sách ước đạt 22.710 tỷ đồng, bằng 102,3% KH, vượt kế hoạch. | tỷ đồng | 22200 | 22710 | 102.2972972972972973 | null | EXCEEDED
					Thu ngân sách ước đạt 22.710 tỷ đồng, bằng 102,3% KH, tăng 11,8% so với cùng kỳ, vượt kế hoạch. | tỷ đồng | 22200 | 22710 | 102.2972972972972973 | 111.7893182377553532 | EXCEEDED
					Thu ngân sách ước đạt 5.120,5 tỷ đồng, bằng 102,4% KH, giảm 3,5% so với cùng kỳ, vượt kế hoạch. | tỷ đồng | 5000 | 5120.5 | 102.41 | 96.55 | EXCEEDED
					Thu ngân sách ước đạt 22.710 tỷ đồng, bằng 102,3% KH, bằng cùng kỳ, vượt kế hoạch. | tỷ đồng | 22200 | 22710 | 102.2972972972972973 | 100.04 | EXCEEDED
					Thu ngân sách ước đạt 4.980 tỷ đồng, bằng 99,6% KH, cơ bản đạt kế hoạch. | tỷ đồng | 5000 | 4980 | 99.6 | null | NEARLY_ACHIEVED
					Tỷ lệ trường chuẩn ước đạt 86,5% (KH 85%), vượt kế hoạch. | % | 85 | 86.5 | 101.76 | 105.2 | EXCEEDED
					Tăng trưởng ước đạt 1,2 điểm % (KH 1 điểm %), vượt kế hoạch. | điểm % | 1 | 1.2 | 120 | null | EXCEEDED
					GRDP đầu người ước đạt 87,7 triệu đồng (KH 87–88 triệu đồng), đạt kế hoạch. | triệu đồng | 87-88 | 87.7 | 100.8 | 108.8 | ACHIEVED
					Số giường bệnh ước đạt 33 giường, bằng 100% KH, bằng cùng kỳ, đạt kế hoạch. | giường | 33 | 33 | 100.00 | 100 | ACHIEVED
					Số dự án mới ước đạt 12 dự án (KH 0 dự án), vượt kế hoạch. | dự án | 0 | 12 | null | null | EXCEEDED
					Tăng trưởng ước đạt -1,5% (KH -2%), vượt kế hoạch. | % | -2 | -1.5 | 75 | null | EXCEEDED
					""")
	void oneSentencePerIndicator(String expected, String unit, String plan, String actual, String percentOfPlan,
			String percentOfPrevious, Status status) {
		String name = expected.substring(0, expected.indexOf(" ước đạt"));
		ResultRow row = revenue().name(name)
			.unit(unit)
			.plan(plan)
			.actual(actual)
			.percentOfPlan(percentOfPlan)
			.percentOfPrevious(percentOfPrevious)
			.status(status)
			.build();

		assertThat(this.words.sentence(row)).isEqualTo(expected);
	}

	@Test
	void aRateThatShouldStayLowIsSaidToStandAtItsLevel() {
		ResultRow row = growth().name("Tỷ lệ thất nghiệp khu vực thành thị")
			.plan("<=4", "dưới {1}")
			.actual("3.8")
			.percentOfPlan("95")
			.percentOfPrevious("90")
			.status(Status.EXCEEDED)
			.build();

		assertThat(this.words.sentence(row))
			.isEqualTo("Tỷ lệ thất nghiệp khu vực thành thị ở mức 3,8% (KH dưới 4%), đạt kế hoạch.");
	}

	@Test
	void aTargetWhoseNameEndsInĐạtChuẩnDoesNotSayĐạtTwice() {
		List<ResultRow> results = List.of(growth().name("Số xã đạt chuẩn").unit("xã").planNext("45").build(),
				growth().indicator("KT02").name("Tỷ lệ trường đạt chuẩn quốc gia").planNext("68").build());

		List<Paragraph> body = new ResolutionNarrative(VI).write(settings("", List.of()), 2023, scoreboardOf(results),
				results, List.of());

		assertThat(lines(body)).contains("ITEM (1) Số xã đạt chuẩn là 45 xã.",
				"ITEM (2) Tỷ lệ trường đạt chuẩn quốc gia đạt 68%.");
	}

	@Test
	void anIndicatorWithoutDataSaysSoWithItsPlan() {
		ResultRow row = doctors().build();

		assertThat(this.words.sentence(row)).isEqualTo("Số bác sĩ trên 1 vạn dân: chưa có số liệu (KH 12 bác sĩ).");
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			10-11   | %        | 10–11%
			7-7.5   | %        | 7–7,5%
			85      | %        | 85%
			22200   | tỷ đồng  | 22.200 tỷ đồng
			-2      | %        | -2%
			600     | ''       | 600
			""")
	void targetsWrittenAsNumbersOrRangesKeepTheirForm(String canonical, String unit, String expected) {
		assertThat(this.words.targetWords(Target.fromCanonical(canonical), unit)).isEqualTo(expected);
	}

	@Test
	void theEnglishEditionWritesTheSameFactsInEnglish() {
		ReviewNarrative english = new ReviewNarrative(EN);
		List<ResultRow> results = List.of(growth().build(), revenue().build());

		List<Paragraph> body = english.write(englishSettings(), 2023, scoreboardOf(results), results, List.of());

		assertThat(lines(body)).startsWith(
				"BODY Implementing the Resolution on the tasks of 2023, the Standing Committee of the Provincial Party"
						+ " Committee reports on the implementation of the tasks of 2023 and the directions and tasks"
						+ " for 2024 as follows:",
				"HEADING1 I- RESULTS OF THE TASKS OF 2023", "HEADING2 1. Overall assessment",
				"BODY In 2023, the province achieved or exceeded 1/2 of the main indicators of the Resolution; not"
						+ " achieved: 1. In detail:",
				"HEADING3 a) Economy: achieved or exceeded 1/2 indicators.",
				// names and units without English are set apart, as written
				"ITEM - “Tốc độ tăng trưởng GRDP” reached an estimated 9.40% (plan 10–11%), short of the plan.",
				"ITEM - “Tổng thu ngân sách nhà nước trên địa bàn” reached an estimated 22,710 “tỷ đồng”, 102.3% of"
						+ " the plan, up 11.8% on the previous year, exceeding the plan.",
				"HEADING2 2. Limitations, weaknesses and their causes",
				"BODY 1 target was not met: “Tốc độ tăng trưởng GRDP” (9.40%, plan 10–11%).");
		assertThat(lines(body)).noneMatch((line) -> line.contains("Do sản xuất"));
	}

	/** The paragraphs the PDF prints. */
	private static List<String> lines(List<Paragraph> body) {
		return body.stream().filter(Paragraph::printed).map((p) -> p.kind().name() + " " + p.text()).toList();
	}

	/** The paragraphs of the Word draft, an empty one with its comment in brackets. */
	private static List<String> drafted(List<Paragraph> body) {
		return body.stream()
			.filter(Paragraph::drafted)
			.map((p) -> p.kind().name() + " " + ((p.comment() != null) ? "[" + p.comment() + "]" : p.text()))
			.toList();
	}

	private static Scoreboard scoreboardOf(List<ResultRow> results) {
		Scoreboard scoreboard = new Scoreboard();
		for (ResultRow row : results) {
			scoreboard.add((row.groupCode() != null) ? row.groupCode() : "", row.department(), row.resolution(),
					row.inReview(), row.status());
		}
		return scoreboard;
	}

	private static ReportSettings settings(String intro, List<String> directions) {
		return new ReportSettings("TỈNH ỦY NINH THUẬN", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "123", "BC/TU", "Ninh Thuận",
				LocalDate.of(2023, 12, 5), "Ban Thường vụ Tỉnh ủy", "toàn tỉnh", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
				"Nguyễn Văn A", "", "", "", "", "Lưu Văn phòng Tỉnh ủy.", intro, directions, null, List.of(),
				new ReportSettings.Resolution("", List.of(), List.of(), List.of(), "T/M TỈNH ỦY"), null, null, null,
				null);
	}

	private static ReportSettings resolutionSettings(List<String> forecast) {
		ReportSettings settings = settings("", List.of());
		return new ReportSettings(settings.issuer(), settings.parent(), settings.party(), settings.number(),
				settings.symbol(), settings.place(), settings.date(), settings.reportingBody(), settings.area(),
				settings.signerMandate(), settings.signerTitle(), settings.signerName(), settings.draft(),
				settings.scope(), settings.confidentiality(), settings.urgency(), settings.archive(), settings.intro(),
				settings.directions(), null, List.of(),
				new ReportSettings.Resolution("", List.of("Mục tiêu tổng quát năm 2024."), forecast,
						List.of("Văn phòng Tỉnh ủy theo dõi, đôn đốc."), "T/M TỈNH ỦY"),
				null, null, null, null);
	}

	private static ReportSettings englishSettings() {
		return new ReportSettings("NINH THUAN PROVINCIAL PARTY COMMITTEE", "", "COMMUNIST PARTY OF VIETNAM", "123",
				"BC/TU", "Ninh Thuan", LocalDate.of(2023, 12, 5),
				"Standing Committee of the Provincial Party Committee", "the province",
				"ON BEHALF OF THE STANDING COMMITTEE", "SECRETARY", "Nguyen Van A", "", "", "", "",
				"Archive of the Office of the Provincial Party Committee.", "", List.of(), null, List.of(),
				new ReportSettings.Resolution("", List.of(), List.of(), List.of(),
						"ON BEHALF OF THE PROVINCIAL PARTY COMMITTEE"),
				null, null, null, null);
	}

	private static Row growth() {
		return new Row().department("SKHDT", "Sở Kế hoạch và Đầu tư")
			.indicator("KT01")
			.name("Tốc độ tăng trưởng GRDP")
			.unit("%")
			.group("kinh_te", 1)
			.plan("10-11")
			.actual("9.40")
			.previous("8.00")
			.percentOfPlan("94.0")
			.percentOfPrevious("117.5")
			.status(Status.NOT_ACHIEVED)
			.note("Do sản xuất công nghiệp tăng thấp.");
	}

	private static Row revenue() {
		return new Row().department("STC", "Sở Tài chính")
			.indicator("KT02")
			.name("Tổng thu ngân sách nhà nước trên địa bàn")
			.unit("tỷ đồng")
			.group("kinh_te", 1)
			.plan("22200")
			.actual("22710")
			.previous("20315")
			.percentOfPlan("102.2972972972972973")
			.percentOfPrevious("111.7893182377553532")
			.status(Status.EXCEEDED);
	}

	private static Row trainedWorkers() {
		return new Row().department("SLDTBXH", "Sở Lao động – Thương binh và Xã hội")
			.indicator("XH01")
			.name("Tỷ lệ lao động qua đào tạo")
			.unit("%")
			.group("van_hoa_xa_hoi", 2)
			.plan("70")
			.actual("69.5")
			.percentOfPlan("99.28571428571428571")
			.status(Status.NEARLY_ACHIEVED)
			.note("Một số chương trình đào tạo triển khai chậm");
	}

	private static Row doctors() {
		return new Row().department("SYT", "Sở Y tế")
			.indicator("XH02")
			.name("Số bác sĩ trên 1 vạn dân")
			.unit("bác sĩ")
			.group("van_hoa_xa_hoi", 2)
			.plan("12")
			.status(Status.NO_DATA);
	}

	private static Row forestCover() {
		return new Row().department("STNMT", "Sở Tài nguyên và Môi trường")
			.indicator("MT01")
			.name("Tỷ lệ che phủ rừng")
			.unit("%")
			.group("moi_truong", 3)
			.plan("44")
			.actual("44.0")
			.percentOfPlan("100")
			.status(Status.ACHIEVED);
	}

	/** A result row of the consolidated review, a resolution indicator by default. */
	private static final class Row {

		private String department;

		private String departmentName;

		private String indicator;

		private String name;

		private String unit;

		private String group;

		private int groupOrder;

		private String plan;

		private String planNext;

		private String planWords;

		private String planNextWords;

		private boolean resolution = true;

		private String actual;

		private String previous;

		private String percentOfPlan;

		private String percentOfPrevious;

		private Status status;

		private String note;

		Row department(String code, String name) {
			this.department = code;
			this.departmentName = name;
			return this;
		}

		Row indicator(String indicator) {
			this.indicator = indicator;
			return this;
		}

		Row name(String name) {
			this.name = name;
			return this;
		}

		Row unit(String unit) {
			this.unit = unit;
			return this;
		}

		Row group(String code, int order) {
			this.group = code;
			this.groupOrder = order;
			return this;
		}

		Row group(String code) {
			this.group = code;
			return this;
		}

		Row plan(String plan) {
			this.plan = plan;
			return this;
		}

		Row planNext(String planNext) {
			this.planNext = planNext;
			return this;
		}

		Row actual(String actual) {
			this.actual = actual;
			return this;
		}

		Row previous(String previous) {
			this.previous = previous;
			return this;
		}

		Row percentOfPlan(String percentOfPlan) {
			this.percentOfPlan = percentOfPlan;
			return this;
		}

		Row percentOfPrevious(String percentOfPrevious) {
			this.percentOfPrevious = percentOfPrevious;
			return this;
		}

		Row status(Status status) {
			this.status = status;
			return this;
		}

		Row note(String note) {
			this.note = note;
			return this;
		}

		Row plan(String canonical, String words) {
			this.plan = canonical;
			this.planWords = words;
			return this;
		}

		Row planNext(String canonical, String words) {
			this.planNext = canonical;
			this.planNextWords = words;
			return this;
		}

		Row resolution(boolean resolution) {
			this.resolution = resolution;
			return this;
		}

		ResultRow build() {
			return new ResultRow(this.department, this.departmentName, this.indicator, this.name, this.unit, this.group,
					this.groupOrder, 0, this.resolution, true, this.plan, this.planNext, this.actual, this.previous,
					this.percentOfPlan, this.percentOfPrevious, this.status, this.note, this.planWords,
					this.planNextWords);
		}

	}

}
