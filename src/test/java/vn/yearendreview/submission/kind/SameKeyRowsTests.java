package vn.yearendreview.submission.kind;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which row of a department and indicator reported more than once counts. Each case lists
 * the rows in file-name order as {@code own/figures/note} ({@code own} or {@code other}
 * file, the note optional) and the verdict of each: {@code kept}, or the reason it does
 * not count.
 */
class SameKeyRowsTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			other/9.4 other/9.4              | kept DUPLICATE
			other/9.4 other/9.6              | CONFLICT CONFLICT
			other/99 own/9.4                 | NOT_OWN_FILE kept
			other/9.4 own/9.4                | DUPLICATE kept
			own/9.4 own/9.4                  | kept DUPLICATE
			own/9.4 own/9.6                  | CONFLICT CONFLICT
			own/9.4 own/9.4 other/99         | kept DUPLICATE NOT_OWN_FILE
			other/99 own/9.4 own/9.6         | CONFLICT CONFLICT CONFLICT
			other/1 other/2 other/1          | CONFLICT CONFLICT CONFLICT
			other/99 other/98 own/9.4        | NOT_OWN_FILE NOT_OWN_FILE kept
			own/9.4 own/9.4/cause            | DUPLICATE kept
			own/9.4/cause own/9.4            | kept DUPLICATE
			own/9.4/cause own/9.4/cause      | kept DUPLICATE
			own/9.4/cause own/9.4/other      | kept DUPLICATE
			other/9.4/cause own/9.4          | DUPLICATE kept
			other/9.4/cause own/9.4/other    | DUPLICATE kept
			own/9.4/cause own/9.6            | CONFLICT CONFLICT
			""")
	void decidesByTheDepartmentsOwnFileNeverByFileOrder(String rows, String expected) {
		List<SameKeyRows.Row> sameKey = Arrays.stream(rows.split(" ")).map((row) -> {
			String[] parts = row.split("/");
			return new SameKeyRows.Row(1, 2, parts[0].equals("own"), parts[1], (parts.length > 2) ? parts[2] : "");
		}).toList();

		List<SameKeyRows.Verdict> verdicts = SameKeyRows.decide(sameKey);

		assertThat(verdicts).extracting((v) -> (v.reason() != null) ? v.reason().name() : "kept")
			.containsExactly(expected.split(" "));
	}

	@ParameterizedTest(name = "{0} is the own file of SKHDT: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			SKHDT.csv             | true
			skhdt.csv             | true
			SKHDT_bo_sung.csv     | true
			SKHDT-nhan-dinh.csv   | true
			SKHDT 2023.csv        | true
			SKHDT.2023.csv        | true
			SKHDTX.csv            | false
			A-SKHDT.csv           | false
			CA2.csv               | false
			SKHD.csv              | false
			""")
	void knowsADepartmentsOwnFileByItsName(String file, boolean own) {
		assertThat(SameKeyRows.isOwnFile(file, "SKHDT")).isEqualTo(own);
	}

}
