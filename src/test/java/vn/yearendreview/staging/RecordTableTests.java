package vn.yearendreview.staging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.NarrativePoint;
import vn.yearendreview.model.PointKind;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.ProgrammeTask;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.StagedPoint;
import vn.yearendreview.model.StagedRow;
import vn.yearendreview.model.StagedTask;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TaskLevel;
import vn.yearendreview.staging.ProblemTable.ProblemRow;
import vn.yearendreview.staging.RecordTable.OtherYearRow;
import vn.yearendreview.staging.TaskTable.SharedTask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The records of each kind saved into the staging tables of a real database and read back
 * as the checks, the evaluation and the documents read them.
 */
class RecordTableTests {

	private static final long INSTANCE = StagingDatabase.INSTANCE;

	private final StagingDatabase db = new StagingDatabase();

	@Test
	void figuresAreReadBackWithTheirProblems() {
		// given a file of figures: an accepted row and one rejected for its year
		this.db.registerSubmission(1, "so-tai-chinh.csv", "figures", 0);
		Problem wrongYear = new Problem(Problem.Severity.ERROR, 3L, "nam", "2019", Reason.BAD_YEAR, "Năm 2019");

		// when
		this.db.rows.saveRows(INSTANCE,
				List.of(row(1, 2, "STC", 2023, "GRDP", "9.40", "8.1", null),
						new StagedRow(1, 3, Reason.BAD_YEAR, "STC", 2019, "THU_NS", "Thu ngân sách", "tỷ đồng",
								Target.atLeast(new BigDecimal("100")), new BigDecimal("120"), null, null,
								List.of(wrongYear))));

		// then the counts, the accepted key, its figures by value and the problem are
		// there
		assertThat(this.db.rows.rowGroups(INSTANCE))
			.extracting(RowGroup::fileNo, RowGroup::department, RowGroup::accepted, RowGroup::year, RowGroup::rows,
					RowGroup::expected, RowGroup::yearOffset)
			.containsExactlyInAnyOrder(tuple(1, "STC", true, 2023, 1L, true, 0),
					tuple(1, "STC", false, 2019, 1L, true, 0));
		assertThat(acceptedKeys()).containsExactly("1:2 STC GRDP");
		RecordTable.Figures figures = this.db.rows.figures(INSTANCE, 1, 2);
		assertThat(figures.actual()).isEqualByComparingTo("9.4");
		assertThat(figures.key()).isEqualTo("9.4|8.1|>=9");
		assertThat(figures.note()).isNull();
		List<ProblemRow> problems = new ArrayList<>();
		this.db.problems.forEachProblem(INSTANCE, problems::add);
		assertThat(problems)
			.extracting(ProblemRow::file, ProblemRow::line, ProblemRow::column, ProblemRow::value,
					ProblemRow::reasonCode, ProblemRow::severity, ProblemRow::department)
			.containsExactly(tuple("so-tai-chinh.csv", 3L, "nam", "2019", "BAD_YEAR", "ERROR", "STC"));
	}

	@Test
	void narrativePointsAreRecordsWithTheirParagraphs() {
		// given
		this.db.registerSubmission(2, "diem-stc.csv", "points", 0);

		// when: two accepted points, the second first in the department's order, and a
		// refused one
		this.db.points.save(INSTANCE,
				List.of(point(2, 2, null, PointKind.KET_QUA, "Thu ngân sách vượt dự toán.", 2),
						point(2, 3, null, PointKind.HAN_CHE, "Giải ngân chậm.", 1),
						point(2, 4, Reason.MISSING_TEXT, PointKind.HAN_CHE, null, 3)));

		// then they are records of their file without an indicator, and the review reads
		// the accepted ones in the department's order
		assertThat(this.db.rows.rowGroups(INSTANCE)).extracting(RowGroup::accepted, RowGroup::rows)
			.containsExactlyInAnyOrder(tuple(true, 2L), tuple(false, 1L));
		assertThat(acceptedKeys()).isEmpty();
		assertThat(this.db.points.acceptedPoints(INSTANCE)).isEqualTo(2);
		assertThat(this.db.points.narrativePoints(INSTANCE)).containsExactly(
				new NarrativePoint("STC", "kinh_te", PointKind.HAN_CHE, "Giải ngân chậm."),
				new NarrativePoint("STC", "kinh_te", PointKind.KET_QUA, "Thu ngân sách vượt dự toán."));
	}

	@Test
	void taskRegistrationsAreRecordsOfTheNextYear() {
		// given
		this.db.registerSubmission(3, "dang-ky-stc.csv", "tasks", 1);

		// when: the same matter registered twice for March, and one for January
		this.db.tasks.save(INSTANCE,
				List.of(task(3, 2, 3, TaskLevel.BTV, "Đề án chuyển đổi số", 42L),
						task(3, 3, 1, TaskLevel.BCH, "Báo cáo kinh tế quý", 7L),
						task(3, 4, 3, TaskLevel.BTV, "Đề án chuyển đổi số", 42L)));

		// then the programme of the next year lists them by month, and the matter sent
		// twice is found with its place
		try (Stream<ProgrammeTask> programme = this.db.tasks.programmeTasks(INSTANCE, 2024, null)) {
			assertThat(programme).extracting(ProgrammeTask::month, ProgrammeTask::level, ProgrammeTask::content)
				.containsExactly(tuple(1, TaskLevel.BCH, "Báo cáo kinh tế quý"),
						tuple(3, TaskLevel.BTV, "Đề án chuyển đổi số"), tuple(3, TaskLevel.BTV, "Đề án chuyển đổi số"));
		}
		assertThat(this.db.tasks.programmeCounts(INSTANCE, 2024)).containsEntry(TaskLevel.BCH, 1L)
			.containsEntry(TaskLevel.BTV, 2L);
		List<SharedTask> shared = new ArrayList<>();
		this.db.tasks.forEachTaskRegisteredByOthers(INSTANCE, shared::add);
		assertThat(shared)
			.extracting(SharedTask::contentKey, SharedTask::line, SharedTask::department, SharedTask::month,
					SharedTask::fileName, SharedTask::contentHeader)
			.containsExactly(tuple(42L, 2L, "STC", 3, "dang-ky-stc.csv", "ma_chi_tieu"),
					tuple(42L, 4L, "STC", 3, "dang-ky-stc.csv", "ma_chi_tieu"));
	}

	@Test
	void theSameKeyIsFoundOnEveryAcceptedRowAndLeavesWithARejection() {
		// given one department's indicator on two files, the same figures written apart
		this.db.registerSubmission(1, "so-tai-chinh.csv", "figures", 0);
		this.db.registerSubmission(2, "so-tai-chinh-sua.csv", "figures", 0);
		this.db.rows.saveRows(INSTANCE, List.of(row(1, 2, "STC", 2023, "GRDP", "9.40", null, "ghi chú"),
				row(1, 3, "STC", 2023, "THU_NS", "120", null, null)));
		this.db.rows.saveRows(INSTANCE, List.of(row(2, 2, "STC", 2023, "GRDP", "9.4", null, null)));

		// when
		List<String> before = acceptedKeys();
		Problem twice = new Problem(Problem.Severity.ERROR, 2L, "ma_chi_tieu", "GRDP", Reason.DUPLICATE, "Gửi hai lần");
		this.db.rows.reject(INSTANCE, List.of(new Rejection(2, "STC", twice)));

		// then the key came on both rows, with the same figures, and the rejected row is
		// no longer accepted
		assertThat(before).containsExactly("1:2 STC GRDP", "1:3 STC THU_NS", "2:2 STC GRDP");
		assertThat(this.db.rows.figures(INSTANCE, 1, 2).key()).isEqualTo(this.db.rows.figures(INSTANCE, 2, 2).key());
		assertThat(this.db.rows.figures(INSTANCE, 1, 2).note()).isEqualTo("ghi chú");
		assertThat(acceptedKeys()).containsExactly("1:2 STC GRDP", "1:3 STC THU_NS");
		assertThat(this.db.problems.problemCount(INSTANCE, ProblemTable.ProblemSection.REJECTED)).isEqualTo(1);
	}

	@Test
	void rowsOfAnotherYearAreThoseOffTheirKindsYear() {
		// given figures for the year under review (offset 0) and tasks for the next
		// (offset 1), each with one row of another year
		this.db.registerSubmission(1, "so-tai-chinh.csv", "figures", 0);
		this.db.registerSubmission(3, "dang-ky-stc.csv", "tasks", 1);
		this.db.rows.saveRows(INSTANCE, List.of(row(1, 2, "STC", 2023, "GRDP", "9.4", null, null),
				row(1, 3, "STC", 2022, "THU_NS", "120", null, null)));
		this.db.tasks.save(INSTANCE, List.of(task(3, 2, 3, TaskLevel.BTV, "Đề án", 1L),
				taskOfYear(3, 3, 2023, "Việc năm nay"), taskOfYear(3, 4, 2023, "Việc khác năm nay")));

		// when
		List<OtherYearRow> figures = this.db.rows.rowsOfOtherYears(INSTANCE, 2023, 1, 0, 10);
		List<OtherYearRow> tasks = this.db.rows.rowsOfOtherYears(INSTANCE, 2023, 3, 0, 10);
		List<OtherYearRow> firstPage = this.db.rows.rowsOfOtherYears(INSTANCE, 2023, 3, 0, 1);
		List<OtherYearRow> nextPage = this.db.rows.rowsOfOtherYears(INSTANCE, 2023, 3, firstPage.get(0).line(), 1);

		// then a task of the year under review is of another year than its kind's
		assertThat(figures)
			.extracting(OtherYearRow::line, OtherYearRow::year, OtherYearRow::kind, OtherYearRow::yearOffset,
					OtherYearRow::yearHeader)
			.containsExactly(tuple(3L, 2022, "figures", 0, "nam"));
		assertThat(tasks)
			.extracting(OtherYearRow::line, OtherYearRow::year, OtherYearRow::kind, OtherYearRow::yearOffset)
			.containsExactly(tuple(3L, 2023, "tasks", 1), tuple(4L, 2023, "tasks", 1));
		assertThat(firstPage).extracting(OtherYearRow::line).containsExactly(3L);
		assertThat(nextPage).extracting(OtherYearRow::line).containsExactly(4L);
		assertThat(this.db.rows.rowGroups(INSTANCE)).filteredOn((group) -> group.fileNo() == 3)
			.extracting(RowGroup::year, RowGroup::rows, RowGroup::expected, RowGroup::yearOffset)
			.containsExactlyInAnyOrder(tuple(2024, 1L, false, 1), tuple(2023, 2L, false, 1));
	}

	private List<String> acceptedKeys() {
		List<String> keys = new ArrayList<>();
		this.db.rows.forEachAcceptedKey(INSTANCE, (fileNo, line, department, indicator) -> keys
			.add(fileNo + ":" + line + " " + department + " " + indicator));
		return keys;
	}

	static StagedRow row(int fileNo, long line, String department, int year, String indicator, String actual,
			String previous, String note) {
		return new StagedRow(fileNo, line, null, department, year, indicator, "Tên " + indicator, "%",
				Target.atLeast(new BigDecimal("9")), new BigDecimal(actual),
				(previous != null) ? new BigDecimal(previous) : null, note, List.of());
	}

	private static StagedPoint point(int fileNo, long line, Reason reason, PointKind kind, String text, int order) {
		return new StagedPoint(fileNo, line, reason, "STC", 2023, IndicatorGroup.KINH_TE, kind, text, order, List.of());
	}

	private static StagedTask task(int fileNo, long line, int month, TaskLevel level, String content, long key) {
		return new StagedTask(fileNo, line, null, "STC", 2024, month, null, level, content, null, null, null, key,
				List.of());
	}

	private static StagedTask taskOfYear(int fileNo, long line, int year, String content) {
		return new StagedTask(fileNo, line, null, "STC", year, 6, null, TaskLevel.TT, content, null, null, null,
				(long) line, List.of());
	}

}
