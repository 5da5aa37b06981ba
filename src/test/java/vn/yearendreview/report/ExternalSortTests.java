package vn.yearendreview.report;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalSortTests {

	private static final ExternalSort.Codec<String> TEXT = new ExternalSort.Codec<>() {

		@Override
		public void write(DataOutputStream out, String item) throws IOException {
			out.writeUTF(item);
		}

		@Override
		public String read(DataInputStream in) throws IOException {
			return in.readUTF();
		}

	};

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({ "0,10", "1,10", "9,10", "10,10", "11,10", "1000,7", "1000,1000", "5000,64" })
	void givesEveryItemOnceInOrderAndLeavesNoFile(int items, int runSize) throws IOException {
		Random random = new Random(items * 31L + runSize);
		List<String> added = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			added.add("KT" + random.nextInt(items / 3 + 1) + "|D" + random.nextInt(50));
		}
		List<String> sorted = new ArrayList<>();
		Path runs = this.folder.resolve("runs");
		try (ExternalSort<String> sort = new ExternalSort<>(Comparator.naturalOrder(), TEXT, runSize, runs)) {
			for (String item : added) {
				sort.add(item);
			}
			sort.forEachSorted(sorted::add);
		}
		assertThat(sorted).isEqualTo(added.stream().sorted().toList());
		if (Files.exists(runs)) {
			try (Stream<Path> left = Files.list(runs)) {
				assertThat(left).isEmpty();
			}
		}
	}

}
