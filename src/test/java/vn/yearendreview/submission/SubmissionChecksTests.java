package vn.yearendreview.submission;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.yearendreview.staging.RowGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The year under review: the one asked for with {@code --year}, else the latest year the
 * accepted rows report, never later than next year.
 */
class SubmissionChecksTests {

	private static final int THIS_YEAR = 2026;

	@Test
	void withoutAYearAskedForTheLatestYearReportedIsReviewed() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", 2022, 10), accepted(1, "SKHDT", 2023, 12),
				accepted(2, "STC", 2021, 3));

		assertThat(SubmissionChecks.decideYear(groups, null, false, THIS_YEAR)).isEqualTo(2023);
		assertThat(SubmissionChecks.decideYear(groups, null, true, THIS_YEAR)).isEqualTo(2023);
	}

	@Test
	void theLatestYearWinsWhateverItsNumberOfRows() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", 2022, 500), accepted(2, "STC", 2023, 1));

		assertThat(SubmissionChecks.decideYear(groups, null, false, THIS_YEAR)).isEqualTo(2023);
	}

	@Test
	void nextYearMayBeReviewedButNoYearAfterIt() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", THIS_YEAR - 1, 5), accepted(1, "SKHDT", THIS_YEAR + 1, 1),
				accepted(2, "STC", THIS_YEAR + 2, 7), accepted(3, "SCT", 9999, 2));

		assertThat(SubmissionChecks.decideYear(groups, null, false, THIS_YEAR)).isEqualTo(THIS_YEAR + 1);
	}

	@Test
	void aMistypedFutureYearDoesNotHideTheYearOfTheOtherRows() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", 2023, 20), accepted(2, "STC", 2203, 1));

		assertThat(SubmissionChecks.decideYear(groups, null, false, THIS_YEAR)).isEqualTo(2023);
	}

	@Test
	void rejectedRowsAndRowsWithoutAYearDoNotDecideTheYear() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", 2022, 4), rejected(1, "SKHDT", 2023, 9),
				accepted(2, "STC", null, 3), rejected(2, null, null, 1));

		assertThat(SubmissionChecks.decideYear(groups, null, false, THIS_YEAR)).isEqualTo(2022);
	}

	@Test
	void narrativePointsNeverDecideTheYearNorMakeAYearAskedForPresent() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", 2023, 20),
				new RowGroup(2, "SKHDT", true, 2024, 1, false, 0));

		assertThat(SubmissionChecks.decideYear(groups, null, false, THIS_YEAR)).isEqualTo(2023);
		assertThatExceptionOfType(NoRowsForYearException.class)
			.isThrownBy(() -> SubmissionChecks.decideYear(groups, 2024, false, THIS_YEAR));
	}

	@Test
	void theYearAskedForIsReviewedWhenARowReportsIt() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", 2022, 10), accepted(1, "SKHDT", 2023, 12));

		assertThat(SubmissionChecks.decideYear(groups, 2022, false, THIS_YEAR)).isEqualTo(2022);
		assertThat(SubmissionChecks.decideYear(groups, 2022, true, THIS_YEAR)).isEqualTo(2022);
	}

	@Test
	void aYearAskedForIsTakenEvenLaterThanNextYearWhenRowsReportIt() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", THIS_YEAR + 5, 2));

		assertThat(SubmissionChecks.decideYear(groups, THIS_YEAR + 5, false, THIS_YEAR)).isEqualTo(THIS_YEAR + 5);
	}

	@Test
	void aYearAskedForThatNoAcceptedRowReportsStopsARunThatMakesDocuments() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", 2022, 10), accepted(2, "STC", 2022, 5),
				accepted(2, "STC", 2023, 12), rejected(3, "SCT", 2020, 4));

		NoRowsForYearException failure = catchThrowableOfType(NoRowsForYearException.class,
				() -> SubmissionChecks.decideYear(groups, 2021, false, THIS_YEAR));

		assertThat(failure).hasMessage("no row reports 2021");
		assertThat(failure.requested()).isEqualTo(2021);
		assertThat(failure.present()).containsExactly(Map.entry(2022, 15L), Map.entry(2023, 12L));
	}

	@Test
	void aCheckOnlyRunChecksTheYearAskedForEvenWithoutRowsOfIt() {
		List<RowGroup> groups = List.of(accepted(1, "SKHDT", 2023, 12));

		assertThat(SubmissionChecks.decideYear(groups, 2021, true, THIS_YEAR)).isEqualTo(2021);
		assertThat(SubmissionChecks.decideYear(List.of(), 2021, true, THIS_YEAR)).isEqualTo(2021);
	}

	@Test
	void withoutAnyAcceptedRowARunThatMakesDocumentsStopsAndListsTheYearsSeen() {
		List<RowGroup> groups = List.of(rejected(1, "SKHDT", 2023, 7), accepted(2, "STC", THIS_YEAR + 3, 2),
				accepted(2, "STC", null, 1));

		NoRowsForYearException failure = catchThrowableOfType(NoRowsForYearException.class,
				() -> SubmissionChecks.decideYear(groups, null, false, THIS_YEAR));

		assertThat(failure).hasMessage("no row was accepted");
		assertThat(failure.requested()).isNull();
		assertThat(failure.present()).containsExactly(Map.entry(THIS_YEAR + 3, 2L));
	}

	@Test
	void withNoRowsAtAllARunThatMakesDocumentsStops() {
		NoRowsForYearException failure = catchThrowableOfType(NoRowsForYearException.class,
				() -> SubmissionChecks.decideYear(List.of(), null, false, THIS_YEAR));

		assertThat(failure).hasMessage("no row was accepted");
		assertThat(failure.requested()).isNull();
		assertThat(failure.present()).isEmpty();
	}

	@Test
	void withoutAnyAcceptedFigureACheckOnlyRunIsFiledUnderTheYearTheRefusedFiguresGive() {
		List<RowGroup> groups = List.of(rejected(1, "SKHDT", 2023, 7), accepted(2, "STC", THIS_YEAR + 2, 2));

		assertThat(SubmissionChecks.decideYear(groups, null, true, THIS_YEAR)).isEqualTo(2023);
	}

	@Test
	void withoutAnyYearACheckOnlyRunIsFiledUnderThisYear() {
		List<RowGroup> groups = List.of(accepted(2, "STC", THIS_YEAR + 2, 2), rejected(1, "SKHDT", null, 7));

		assertThat(SubmissionChecks.decideYear(groups, null, true, THIS_YEAR)).isEqualTo(THIS_YEAR);
		assertThat(SubmissionChecks.decideYear(List.of(), null, true, THIS_YEAR)).isEqualTo(THIS_YEAR);
	}

	private static RowGroup accepted(int fileNo, String department, Integer year, long rows) {
		return new RowGroup(fileNo, department, true, year, rows);
	}

	private static RowGroup rejected(int fileNo, String department, Integer year, long rows) {
		return new RowGroup(fileNo, department, false, year, rows);
	}

}
