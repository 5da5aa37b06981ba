package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first items of an order are those a full sort puts first, whatever the input order.
 */
class FirstInOrderTests {

	@ParameterizedTest(name = "first {1} of {0}")
	@CsvSource(textBlock = """
			0,     10
			5,     10
			10,    10
			11,    10
			10000, 1000
			10000, 1
			""")
	void keepsWhatAFullSortPutsFirstAndCountsEveryItem(int items, int limit) {
		List<Integer> all = new ArrayList<>();
		Random random = new Random(items);
		for (int i = 0; i < items; i++) {
			all.add(random.nextInt(1_000_000));
		}
		FirstInOrder<Integer> first = new FirstInOrder<>(Comparator.<Integer>naturalOrder(), limit);
		all.forEach(first::add);

		assertThat(first.count()).isEqualTo(items);
		assertThat(first.sorted()).isEqualTo(all.stream().sorted().limit(limit).toList());
	}

}
