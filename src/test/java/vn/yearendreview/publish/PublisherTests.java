package vn.yearendreview.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a year's set all together, and finishing a publication a crash interrupted
 * at any point.
 */
class PublisherTests {

	private static final LocalDateTime NOW = LocalDateTime.of(2023, 12, 5, 9, 30, 0);

	@TempDir
	Path output;

	Path state;

	Path target;

	Publisher publisher;

	@BeforeEach
	void setUp() throws IOException {
		this.state = Files.createDirectories(this.output.resolve(".state"));
		this.target = this.output.resolve("2023");
		this.publisher = new Publisher(this.state);
	}

	@Test
	void firstSetIsMovedIntoPlace() throws IOException {
		Path staging = set("staging/1", "new");
		this.publisher.publish(staging, this.target, NOW);
		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("new");
		assertThat(this.target.resolve("don-vi/A.pdf")).hasContent("new A");
		assertThat(staging).doesNotExist();
		assertThat(this.state.resolve("publish.journal")).doesNotExist();
	}

	/**
	 * Each set is archived under the time it was replaced; the archive of the previous
	 * set is carried over.
	 */
	@Test
	void previousSetMovesUnderArchiveWithItsOwnArchive() throws IOException {
		this.publisher.publish(set("staging/1", "first"), this.target, NOW.minusDays(1));
		this.publisher.publish(set("staging/2", "second"), this.target, NOW.minusHours(1));
		this.publisher.publish(set("staging/3", "third"), this.target, NOW);
		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("third");
		assertThat(this.target.resolve("archive/20231205-093000/bao-cao.pdf")).hasContent("second");
		assertThat(this.target.resolve("archive/20231205-083000/bao-cao.pdf")).hasContent("first");
		assertThat(this.target.resolve("archive/20231205-093000/archive")).doesNotExist();
	}

	/**
	 * The departments' templates of the year are no part of a set: they stay beside each
	 * new set, and a year's folder that held only them leaves no empty set in the
	 * archive.
	 */
	@Test
	void templatesStayBesideEachNewSet() throws IOException {
		Files.createDirectories(this.target.resolve("mau-gui-don-vi"));
		Files.writeString(this.target.resolve("mau-gui-don-vi/A.csv"), "template");
		this.publisher.publish(set("staging/1", "first"), this.target, NOW.minusDays(1));
		assertThat(this.target.resolve("mau-gui-don-vi/A.csv")).hasContent("template");
		assertThat(this.target.resolve("archive")).doesNotExist();

		this.publisher.publish(set("staging/2", "second"), this.target, NOW);
		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("second");
		assertThat(this.target.resolve("mau-gui-don-vi/A.csv")).hasContent("template");
		assertThat(this.target.resolve("archive/20231205-093000/bao-cao.pdf")).hasContent("first");
		assertThat(this.target.resolve("archive/20231205-093000/mau-gui-don-vi")).doesNotExist();
	}

	@Test
	void crashAfterTheCurrentSetWasMovedAsideIsFinishedByTheNextRun() throws IOException {
		this.publisher.publish(set("staging/1", "first"), this.target, NOW.minusDays(1));
		Path staging = set("staging/2", "second");
		Path aside = this.state.resolve("previous-20231205-093000");
		journal(staging, aside);
		Files.move(this.target, aside);

		assertThat(this.publisher.recover()).isTrue();

		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("second");
		assertThat(this.target.resolve("archive/20231205-093000/bao-cao.pdf")).hasContent("first");
		assertThat(aside).doesNotExist();
		assertThat(this.state.resolve("publish.journal")).doesNotExist();
	}

	@Test
	void crashAfterTheNewSetWasMovedInIsFinishedByTheNextRun() throws IOException {
		this.publisher.publish(set("staging/1", "first"), this.target, NOW.minusDays(1));
		Path staging = set("staging/2", "second");
		Path aside = this.state.resolve("previous-20231205-093000");
		journal(staging, aside);
		Files.move(this.target, aside);
		Files.move(staging, this.target);

		assertThat(this.publisher.recover()).isTrue();

		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("second");
		assertThat(this.target.resolve("archive/20231205-093000/bao-cao.pdf")).hasContent("first");
	}

	@Test
	void crashBeforeAnyMoveLeavesTheCurrentSetUntilTheNextRunPublishes() throws IOException {
		this.publisher.publish(set("staging/1", "first"), this.target, NOW.minusDays(1));
		Path staging = set("staging/2", "second");
		journal(staging, this.state.resolve("previous-20231205-093000"));
		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("first");

		assertThat(this.publisher.recover()).isTrue();

		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("second");
		assertThat(this.target.resolve("archive/20231205-093000/bao-cao.pdf")).hasContent("first");
	}

	@Test
	void nothingToRecoverWithoutAJournal() throws IOException {
		assertThat(this.publisher.recover()).isFalse();
	}

	private Path set(String name, String content) throws IOException {
		Path folder = Files.createDirectories(this.state.resolve(name));
		Files.writeString(folder.resolve("bao-cao.pdf"), content, StandardCharsets.UTF_8);
		Files.createDirectories(folder.resolve("don-vi"));
		Files.writeString(folder.resolve("don-vi/A.pdf"), content + " A", StandardCharsets.UTF_8);
		return folder;
	}

	private void journal(Path staging, Path aside) throws IOException {
		Properties journal = new Properties();
		journal.setProperty("staging", staging.toString());
		journal.setProperty("target", this.target.toString());
		journal.setProperty("aside", aside.toString());
		journal.setProperty("stamp", "20231205-093000");
		try (var out = Files.newOutputStream(this.state.resolve("publish.journal"))) {
			journal.store(out, null);
		}
	}

	/**
	 * A disk that fills up, or a folder another program holds, while the new set is moved
	 * into place: the previous set is where it was, the staged set waits for the next
	 * run.
	 */
	@Test
	void aFailedMoveLeavesThePreviousSetInPlace() throws IOException {
		this.publisher.publish(set("staging/1", "first"), this.target, NOW.minusDays(1));
		Path staging = set("staging/2", "second");
		Publisher failing = new Publisher(this.state) {
			@Override
			protected void move(Path from, Path to) throws IOException {
				if (from.equals(staging)) {
					throw new IOException("No space left on device");
				}
				super.move(from, to);
			}
		};

		org.assertj.core.api.Assertions.assertThatIOException()
			.isThrownBy(() -> failing.publish(staging, this.target, NOW))
			.withMessage("No space left on device");

		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("first");
		assertThat(this.target.resolve("archive")).doesNotExist();
		assertThat(staging.resolve("bao-cao.pdf")).hasContent("second");
		assertThat(this.state.resolve("publish.journal")).doesNotExist();
		assertThat(this.publisher.recover()).isFalse();
		this.publisher.publish(staging, this.target, NOW);
		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("second");
	}

	/**
	 * Once the new set is in place, the next run files the previous one in the archive.
	 */
	@Test
	void aFailureWhileArchivingIsFinishedByTheNextRun() throws IOException {
		this.publisher.publish(set("staging/1", "first"), this.target, NOW.minusDays(1));
		Path staging = set("staging/2", "second");
		Publisher failing = new Publisher(this.state) {
			@Override
			protected void move(Path from, Path to) throws IOException {
				if (to.startsWith(PublisherTests.this.target.resolve("archive"))) {
					throw new IOException("No space left on device");
				}
				super.move(from, to);
			}
		};

		org.assertj.core.api.Assertions.assertThatIOException()
			.isThrownBy(() -> failing.publish(staging, this.target, NOW));

		assertThat(this.target.resolve("bao-cao.pdf")).hasContent("second");
		assertThat(this.publisher.recover()).isTrue();
		assertThat(this.target.resolve("archive/20231205-093000/bao-cao.pdf")).hasContent("first");
	}

}
