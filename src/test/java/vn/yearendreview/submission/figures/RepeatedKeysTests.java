package vn.yearendreview.submission.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keys reported on more than one row are found exactly, whatever the filters' false
 * alarms, and the rows are read again only when some key repeats.
 */
class RepeatedKeysTests {

	@ParameterizedTest(name = "{0} rows, every {1}th row repeats an earlier key")
	@CsvSource(textBlock = """
			10,        0
			200000,    0
			10,        3
			1000,      7
			200000,    1000
			200000,    2
			""")
	void findsExactlyTheKeysOnTwoRowsOrMore(int rowCount, int repeatEvery) {
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < rowCount; i++) {
			boolean repeat = repeatEvery > 0 && i > 0 && i % repeatEvery == 0;
			int key = repeat ? i / 2 : i;
			rows.add(new String[] { "D" + (key % 37), "KT" + key });
		}
		Map<String, List<Long>> expected = new TreeMap<>();
		Map<String, List<Long>> all = new LinkedHashMap<>();
		for (int line = 0; line < rows.size(); line++) {
			all.computeIfAbsent(rows.get(line)[0] + "/" + rows.get(line)[1], (k) -> new ArrayList<>())
				.add(RepeatedKeys.place(1, line + 2L));
		}
		all.forEach((key, places) -> {
			if (places.size() > 1) {
				expected.put(key, places);
			}
		});

		Map<String, List<Long>> found = new TreeMap<>();
		int passes = RepeatedKeys.find((consumer) -> {
			for (int line = 0; line < rows.size(); line++) {
				consumer.accept(1, line + 2L, rows.get(line)[0], rows.get(line)[1]);
			}
		}, rowCount, (key) -> assertThat(found.put(key.department() + "/" + key.indicator(), key.places())).isNull());

		assertThat(found).isEqualTo(expected);
		if (expected.isEmpty()) {
			assertThat(passes).isEqualTo(1);
		}
		else {
			assertThat(passes).isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void manyRepeatsAreGroupedASliceAtATime() {
		int rowCount = 4 * RepeatedKeys.GROUPED_AT_ONCE;
		Map<String, Integer> found = new TreeMap<>();
		int passes = RepeatedKeys.find((consumer) -> {
			for (int line = 0; line < rowCount; line++) {
				// every key twice: the file sent again
				consumer.accept(line / (rowCount / 2), line, "SKHDT", "KT" + (line % (rowCount / 2)));
			}
		}, rowCount, (key) -> found.merge(key.indicator(), key.places().size(), Integer::sum));

		assertThat(found).hasSize(rowCount / 2).allSatisfy((key, places) -> assertThat(places).isEqualTo(2));
		assertThat(passes).isGreaterThan(2);
	}

	@Test
	void aPlaceKeepsItsFileAndLine() {
		long place = RepeatedKeys.place(1_000, 123_456_789L);

		assertThat(RepeatedKeys.fileNo(place)).isEqualTo(1_000);
		assertThat(RepeatedKeys.line(place)).isEqualTo(123_456_789L);
	}

}
