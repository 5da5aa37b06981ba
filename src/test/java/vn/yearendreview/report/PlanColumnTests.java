package vn.yearendreview.report;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.yearendreview.report.SubmissionTemplates.PlanColumn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which column of the catalog gives the plans of the year the templates are for.
 */
class PlanColumnTests {

	@ParameterizedTest(name = "templates of {0}, catalog of {1}: {2}")
	@CsvSource(textBlock = """
			2023, 2023, PLAN
			2024, 2023, PLAN_NEXT
			2025, 2023,
			2022, 2023,
			2024, 2024, PLAN
			""")
	void theCatalogsPlanYearTakesPlanAndTheYearAfterTakesPlanNext(int year, int planYear, PlanColumn expected) {
		assertThat(PlanColumn.forYear(year, planYear)).isEqualTo(Optional.ofNullable(expected));
	}

}
