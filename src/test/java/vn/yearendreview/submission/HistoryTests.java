package vn.yearendreview.submission;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogIndicator;
import vn.yearendreview.model.CheckedHistory;
import vn.yearendreview.model.HistoryFigure;
import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TermProgress;
import vn.yearendreview.settings.ReportSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of the term's earlier years: every row accepted or rejected with its line,
 * column and reason.
 */
class HistoryTests {

	private static final Messages VI = Messages.of("vi");

	private static final Catalog CATALOG = new Catalog(List.of(
			new CatalogIndicator("KT01", IndicatorGroup.KINH_TE, "Tốc độ tăng trưởng GRDP", "%",
					Target.range(new BigDecimal("10"), new BigDecimal("11")), null, "SKHDT", true, 1, "", "",
					Target.range(new BigDecimal("10"), new BigDecimal("11")), TermProgress.Kind.AVERAGE),
			new CatalogIndicator("KT03", IndicatorGroup.KINH_TE, "Tổng vốn đầu tư toàn xã hội", "tỷ đồng", null, null,
					"SKHDT", true, 2)),
			List.of(), true);

	private static final ReportSettings.Term TERM = new ReportSettings.Term(2021, 2025, "nhiệm kỳ 2021 – 2025");

	@TempDir
	Path input;

	@Test
	void acceptsTheFiguresOfTheTermsEarlierYearsInEitherNumberStyle() throws IOException {
		write("ma_chi_tieu;nam;gia_tri", "KT01;2021;7,0", "kt03;2022;20.315");
		CheckedHistory checked = History.load(this.input, VI).check(CATALOG, TERM, 2023, VI);
		assertThat(checked.read()).isEqualTo(2);
		assertThat(checked.problems()).isEmpty();
		assertThat(checked.accepted()).containsExactly(new HistoryFigure("KT01", 2021, new BigDecimal("7.0")),
				new HistoryFigure("KT03", 2022, new BigDecimal("20315")));
	}

	@Test
	void rejectsEachBadRowWithItsLineColumnAndReasonAndKeepsTheOthers() throws IOException {
		write("indicator,year,value", "KT01,2021,7.0", "XX99,2021,5", "KT01,2019,6", "KT01,2023,9.4", "KT01,2022,abc",
				"KT01,2021,7.1", "KT01,năm,1", ",2022,1", "KT03,2022,");
		CheckedHistory checked = History.load(this.input, VI).check(CATALOG, TERM, 2023, VI);
		assertThat(checked.read()).isEqualTo(9);
		assertThat(checked.accepted()).containsExactly(new HistoryFigure("KT01", 2021, new BigDecimal("7.0")));
		assertThat(checked.problems()).extracting(Problem::line, Problem::column, Problem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "indicator", Reason.UNKNOWN_INDICATOR),
					org.assertj.core.groups.Tuple.tuple(4L, "year", Reason.WRONG_YEAR),
					org.assertj.core.groups.Tuple.tuple(5L, "year", Reason.WRONG_YEAR),
					org.assertj.core.groups.Tuple.tuple(6L, "value", Reason.BAD_NUMBER),
					org.assertj.core.groups.Tuple.tuple(7L, "year", Reason.DUPLICATE),
					org.assertj.core.groups.Tuple.tuple(8L, "year", Reason.BAD_YEAR),
					org.assertj.core.groups.Tuple.tuple(9L, "indicator", Reason.MISSING_INDICATOR),
					org.assertj.core.groups.Tuple.tuple(10L, "value", Reason.BAD_NUMBER));
		assertThat(checked.problems()).allMatch(Problem::isError);
		assertThat(checked.problems().get(1).message()).contains("2019", "2021–2025");
		assertThat(checked.problems().get(2).message()).contains("năm 2023", "báo cáo của các đơn vị");
		assertThat(checked.problems().get(4).message()).contains("dòng 2");
		assertThat(checked.read()).isEqualTo(checked.accepted().size() + checked.problems().size());
	}

	@Test
	void aLineCutShortIsRejectedForWhatItLacks() throws IOException {
		write("indicator,year,value", "KT01,2021,7.0", "KT01", "KT03,2022");
		CheckedHistory checked = History.load(this.input, VI).check(CATALOG, TERM, 2023, VI);
		assertThat(checked.accepted()).hasSize(1);
		assertThat(checked.problems()).extracting(Problem::line, Problem::column, Problem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "year", Reason.BAD_YEAR),
					org.assertj.core.groups.Tuple.tuple(4L, "value", Reason.BAD_NUMBER));
		assertThat(checked.problems().get(0).message()).startsWith("Thiếu năm.")
			.contains("2021")
			.doesNotContain("null");
		assertThat(checked.problems().get(1).message()).startsWith("Thiếu số liệu.");
	}

	@Test
	void withoutATermTheFileIsNotReadAndThePlannerIsToldWhy() throws IOException {
		write("indicator,year,value", "KT01,2021,7.0");
		CheckedHistory checked = History.load(this.input, VI).check(CATALOG, null, 2023, VI);
		assertThat(checked.read()).isZero();
		assertThat(checked.accepted()).isEmpty();
		assertThat(checked.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isFalse();
			assertThat(problem.message()).contains("term=2021-2025", "catalog/report.properties");
		});
	}

	@Test
	void aFileWithoutItsColumnsIsRefusedAsAWhole() throws IOException {
		write("indicator,value", "KT01,7.0");
		History history = History.load(this.input, VI);
		assertThat(history.present()).isTrue();
		CheckedHistory checked = history.check(CATALOG, TERM, 2023, VI);
		assertThat(checked.accepted()).isEmpty();
		assertThat(checked.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.isError()).isTrue();
			assertThat(problem.line()).isNull();
			assertThat(problem.message()).contains("year");
		});
	}

	@Test
	void noFileIsNoHistory() {
		History history = History.load(this.input, VI);
		assertThat(history.present()).isFalse();
		assertThat(history.check(CATALOG, TERM, 2023, VI).problems()).isEmpty();
	}

	private void write(String... lines) throws IOException {
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve(History.FILE), String.join("\n", lines) + "\n");
	}

}
