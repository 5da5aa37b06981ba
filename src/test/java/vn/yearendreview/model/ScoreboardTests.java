package vn.yearendreview.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counts behind "đạt và vượt X/Y": the headline and the groups count the
 * province-wide figures of resolution indicators, each department counts its own
 * resolution rows.
 */
class ScoreboardTests {

	@ParameterizedTest(name = "{0} counts as achieved: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			EXCEEDED        | 1 | 1
			ACHIEVED        | 1 | 1
			NEARLY_ACHIEVED | 0 | 1
			NOT_ACHIEVED    | 0 | 1
			NO_DATA         | 0 | 1
			""")
	void onlyExceededAndAchievedCountInX(Status status, int achieved, int total) {
		Tally tally = new Tally();

		tally.add(status);

		assertThat(tally.achieved()).isEqualTo(achieved);
		assertThat(tally.total()).isEqualTo(total);
		assertThat(tally.count(status)).isEqualTo(1);
		assertThat(tally.toString()).isEqualTo(achieved + "/" + total);
	}

	@Test
	void emptyTallyIsZeroOfZero() {
		Tally tally = new Tally();

		assertThat(tally.achieved()).isZero();
		assertThat(tally.total()).isZero();
		assertThat(tally.count(Status.NO_DATA)).isZero();
		assertThat(tally).hasToString("0/0");
	}

	@Test
	void tallyAddsCountsOfTheSameVerdict() {
		Tally tally = new Tally();

		tally.add(Status.EXCEEDED, 4);
		tally.add(Status.EXCEEDED);
		tally.add(Status.ACHIEVED, 2);
		tally.add(Status.NEARLY_ACHIEVED, 1);
		tally.add(Status.NOT_ACHIEVED, 3);
		tally.add(Status.NO_DATA, 2);

		assertThat(tally.count(Status.EXCEEDED)).isEqualTo(5);
		assertThat(tally.achieved()).isEqualTo(7);
		assertThat(tally.total()).isEqualTo(13);
		assertThat(tally).hasToString("7/13");
	}

	@Test
	void headlineCountsEveryResolutionIndicatorOfTheReviewWithOrWithoutData() {
		Scoreboard scoreboard = new Scoreboard();

		scoreboard.add("kinh_te", "SKHDT", true, true, Status.EXCEEDED);
		scoreboard.add("kinh_te", "STC", true, true, Status.ACHIEVED);
		scoreboard.add("kinh_te", "SCT", true, true, Status.NOT_ACHIEVED);
		scoreboard.add("van_hoa_xa_hoi", "SLDTBXH", true, true, Status.NEARLY_ACHIEVED);
		scoreboard.add("van_hoa_xa_hoi", "SYT", true, true, Status.NO_DATA);

		assertThat(scoreboard.overall().achieved()).isEqualTo(2);
		assertThat(scoreboard.overall().total()).isEqualTo(5);
		assertThat(scoreboard.overall().count(Status.NEARLY_ACHIEVED)).isEqualTo(1);
		assertThat(scoreboard.overall().count(Status.NOT_ACHIEVED)).isEqualTo(1);
		assertThat(scoreboard.overall().count(Status.NO_DATA)).isEqualTo(1);
		assertThat(scoreboard.byGroup().get("kinh_te")).hasToString("2/3");
		assertThat(scoreboard.byGroup().get("van_hoa_xa_hoi")).hasToString("0/2");
	}

	@Test
	void indicatorsOutsideTheResolutionAreNotCountedAnywhere() {
		Scoreboard scoreboard = new Scoreboard();

		scoreboard.add("kinh_te", "SKHDT", true, true, Status.ACHIEVED);
		scoreboard.add("kinh_te", "SKHDT", false, true, Status.NOT_ACHIEVED);
		scoreboard.add("moi_truong", "STNMT", false, true, Status.EXCEEDED, 3);
		scoreboard.add("moi_truong", "STNMT", false, false, Status.EXCEEDED);

		assertThat(scoreboard.overall()).hasToString("1/1");
		assertThat(scoreboard.byGroup()).containsOnlyKeys("kinh_te");
		assertThat(scoreboard.byGroup().get("kinh_te")).hasToString("1/1");
		assertThat(scoreboard.byDepartment()).containsOnlyKeys("SKHDT");
		assertThat(scoreboard.department("SKHDT")).hasToString("1/1");
		assertThat(scoreboard.department("STNMT").total()).isZero();
	}

	@Test
	void departmentOnlyRowsCountForTheDepartmentButNotTheHeadlineOrTheGroup() {
		Scoreboard scoreboard = new Scoreboard();

		scoreboard.add("kinh_te", "SKHDT", true, true, Status.NOT_ACHIEVED);
		scoreboard.add("kinh_te", "UBND_A", true, false, Status.EXCEEDED);
		scoreboard.add("kinh_te", "UBND_B", true, false, Status.ACHIEVED, 2);
		scoreboard.add("moi_truong", "UBND_A", true, false, Status.NO_DATA);

		assertThat(scoreboard.overall()).hasToString("0/1");
		assertThat(scoreboard.byGroup()).containsOnlyKeys("kinh_te");
		assertThat(scoreboard.byGroup().get("kinh_te")).hasToString("0/1");
		assertThat(scoreboard.department("SKHDT")).hasToString("0/1");
		assertThat(scoreboard.department("UBND_A")).hasToString("1/2");
		assertThat(scoreboard.department("UBND_A").count(Status.NO_DATA)).isEqualTo(1);
		assertThat(scoreboard.department("UBND_B")).hasToString("2/2");
	}

	@Test
	void aDepartmentCountsItsRowsAcrossGroups() {
		Scoreboard scoreboard = new Scoreboard();

		scoreboard.add("kinh_te", "SKHDT", true, true, Status.EXCEEDED);
		scoreboard.add("van_hoa_xa_hoi", "SKHDT", true, true, Status.NOT_ACHIEVED);
		scoreboard.add("xay_dung_dang", "SKHDT", true, false, Status.ACHIEVED);

		assertThat(scoreboard.department("SKHDT")).hasToString("2/3");
		assertThat(scoreboard.department("SKHDT").count(Status.NOT_ACHIEVED)).isEqualTo(1);
		assertThat(scoreboard.overall()).hasToString("1/2");
	}

	@Test
	void countedRowsAddUpWithSingleRows() {
		Scoreboard scoreboard = new Scoreboard();

		scoreboard.add("kinh_te", "SKHDT", true, true, Status.EXCEEDED, 6);
		scoreboard.add("kinh_te", "SKHDT", true, true, Status.NOT_ACHIEVED, 3);
		scoreboard.add("kinh_te", "SKHDT", true, true, Status.ACHIEVED);

		assertThat(scoreboard.overall()).hasToString("7/10");
		assertThat(scoreboard.byGroup().get("kinh_te")).hasToString("7/10");
		assertThat(scoreboard.department("SKHDT")).hasToString("7/10");
	}

	@Test
	void groupsAreListedInTheOrderTheyWereFirstAdded() {
		Scoreboard scoreboard = new Scoreboard();

		scoreboard.add("xay_dung_dang", "BTC", true, true, Status.ACHIEVED);
		scoreboard.add("kinh_te", "SKHDT", true, true, Status.ACHIEVED);
		scoreboard.add("moi_truong", "STNMT", true, true, Status.ACHIEVED);
		scoreboard.add("kinh_te", "STC", true, true, Status.ACHIEVED);
		scoreboard.add("", "SCT", true, true, Status.ACHIEVED);
		scoreboard.add("van_hoa_xa_hoi", "SYT", true, true, Status.ACHIEVED);

		assertThat(scoreboard.byGroup().keySet()).containsExactly("xay_dung_dang", "kinh_te", "moi_truong", "",
				"van_hoa_xa_hoi");
		assertThat(scoreboard.byGroup().get("kinh_te")).hasToString("2/2");
		assertThat(scoreboard.byDepartment().keySet()).containsExactly("BTC", "SKHDT", "STNMT", "STC", "SCT", "SYT");
	}

	@Test
	void aRowWithoutDepartmentCountsInTheHeadlineOnly() {
		Scoreboard scoreboard = new Scoreboard();

		scoreboard.add("kinh_te", "", true, true, Status.NO_DATA);
		scoreboard.add("kinh_te", null, true, true, Status.ACHIEVED);

		assertThat(scoreboard.overall()).hasToString("1/2");
		assertThat(scoreboard.byGroup().get("kinh_te")).hasToString("1/2");
		assertThat(scoreboard.byDepartment()).isEmpty();
	}

	@Test
	void anUnknownDepartmentHasAnEmptyTallyThatIsNotKept() {
		Scoreboard scoreboard = new Scoreboard();
		scoreboard.add("kinh_te", "SKHDT", true, true, Status.ACHIEVED);

		Tally unknown = scoreboard.department("SXD");
		unknown.add(Status.ACHIEVED);

		assertThat(scoreboard.department("SXD")).hasToString("0/0");
		assertThat(scoreboard.byDepartment()).containsOnlyKeys("SKHDT");
		assertThat(scoreboard.overall()).hasToString("1/1");
	}

	@Test
	void departmentCodesAreMatchedExactly() {
		Scoreboard scoreboard = new Scoreboard();
		scoreboard.add("kinh_te", "SKHDT", true, true, Status.ACHIEVED);

		assertThat(scoreboard.department("skhdt").total()).isZero();
		assertThat(scoreboard.department("SKHDT").total()).isEqualTo(1);
	}

	@Test
	void theMapsHandedOutCannotBeChanged() {
		Scoreboard scoreboard = new Scoreboard();
		scoreboard.add("kinh_te", "SKHDT", true, true, Status.ACHIEVED);

		assertThatThrownBy(() -> scoreboard.byGroup().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> scoreboard.byDepartment().put("SXD", new Tally()))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThat(scoreboard.byGroup()).containsOnlyKeys("kinh_te");
		assertThat(scoreboard.byDepartment()).containsOnlyKeys("SKHDT");
	}

}
