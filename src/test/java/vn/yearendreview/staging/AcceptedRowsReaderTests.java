package vn.yearendreview.staging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.yearendreview.model.Assessment;
import vn.yearendreview.model.Reason;
import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.model.Status;
import vn.yearendreview.model.StagedRow;
import vn.yearendreview.staging.FileTable.FileDepartmentCount;
import vn.yearendreview.staging.VerdictTable.RowVerdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows the evaluation reads, a page at a time, and where a restarted step takes them
 * up again.
 */
class AcceptedRowsReaderTests {

	private static final long INSTANCE = StagingDatabase.INSTANCE;

	private final StagingDatabase db = new StagingDatabase();

	/** Every accepted row of indicator figures, in file and line order. */
	private final List<String> accepted = List.of("1:2", "1:3", "1:5", "1:6", "1:7", "2:2", "2:3", "2:4");

	@BeforeEach
	void stageTwoFilesOfFigures() {
		this.db.registerSubmission(1, "so-tai-chinh.csv", "figures", 0);
		this.db.registerSubmission(2, "so-xay-dung.csv", "figures", 0);
		List<StagedRow> rows = new ArrayList<>();
		for (long line = 2; line <= 7; line++) {
			rows.add(RecordTableTests.row(1, line, "STC", 2023, "CT" + line, "1" + line, null, null));
		}
		rows.set(2, new StagedRow(1, 4, Reason.BAD_NUMBER, "STC", 2023, "CT4", null, null, null, null, null, null,
				List.of()));
		for (long line = 2; line <= 4; line++) {
			rows.add(RecordTableTests.row(2, line, "SXD", 2023, "XD" + line, "2" + line, null, null));
		}
		this.db.rows.saveRows(INSTANCE, rows);
		this.db.files.storeCounts(INSTANCE,
				List.of(new FileDepartmentCount(1, "STC", 6, 5), new FileDepartmentCount(2, "SXD", 3, 3)));
	}

	@Test
	void readsEveryAcceptedRowOnceInFileAndLineOrder() {
		// given
		AcceptedRowsReader reader = new AcceptedRowsReader(this.db.files, this.db.rows, INSTANCE, 2);
		reader.open(new ExecutionContext());

		// when
		List<String> read = readAll(reader, Integer.MAX_VALUE);

		// then
		assertThat(read).isEqualTo(this.accepted);
		assertThat(reader.read()).isNull();
	}

	@Test
	void aRestartedReaderContinuesAfterTheLastRowHandedOut() {
		// given a reader stopped after each row in turn
		for (int stop = 1; stop < this.accepted.size(); stop++) {
			AcceptedRowsReader first = new AcceptedRowsReader(this.db.files, this.db.rows, INSTANCE, 2);
			ExecutionContext context = new ExecutionContext();
			first.open(context);
			List<String> before = readAll(first, stop);
			first.update(context);

			// when another reader opens on what was kept
			AcceptedRowsReader again = new AcceptedRowsReader(this.db.files, this.db.rows, INSTANCE, 2);
			again.open(context);
			List<String> after = readAll(again, Integer.MAX_VALUE);

			// then together they read every row once, in order
			List<String> all = new ArrayList<>(before);
			all.addAll(after);
			assertThat(all).as("stopped after %d rows", stop).isEqualTo(this.accepted);
		}
	}

	@Test
	void whatAChunkSavedIsThereOnceAfterARestart() {
		// given chunks of three verdicts, each saved with the reader's place, and a step
		// that stops after reading a third chunk it never saves
		ExecutionContext committed = new ExecutionContext();
		AcceptedRowsReader first = new AcceptedRowsReader(this.db.files, this.db.rows, INSTANCE, 3);
		first.open(committed);
		for (int chunk = 0; chunk < 2; chunk++) {
			this.db.verdicts.saveVerdicts(INSTANCE, verdicts(first, 3));
			first.update(committed);
		}
		verdicts(first, 3);

		// when the step is restarted from what was committed
		AcceptedRowsReader again = new AcceptedRowsReader(this.db.files, this.db.rows, INSTANCE, 3);
		again.open(committed);
		List<RowVerdict> rest;
		while (!(rest = verdicts(again, 3)).isEmpty()) {
			this.db.verdicts.saveVerdicts(INSTANCE, rest);
			again.update(committed);
		}

		// then every accepted row has one verdict, counted once on the scoreboard
		assertThat(this.db.verdicts.evaluatedCount(INSTANCE)).isEqualTo(this.accepted.size());
		assertThat(this.db.jdbc.queryForList(
				"SELECT FILE_NO || ':' || LINE FROM YR_VERDICT WHERE INSTANCE_ID = ? ORDER BY FILE_NO, LINE",
				String.class, INSTANCE))
			.isEqualTo(this.accepted);
		Scoreboard scoreboard = this.db.scores.scoreboard(INSTANCE);
		assertThat(scoreboard.department("STC").total()).isEqualTo(5);
		assertThat(scoreboard.department("SXD").total()).isEqualTo(3);
	}

	private static List<String> readAll(AcceptedRowsReader reader, int most) {
		List<String> read = new ArrayList<>();
		AcceptedRow row;
		while (read.size() < most && (row = reader.read()) != null) {
			read.add(row.fileNo() + ":" + row.line());
		}
		return read;
	}

	private static List<RowVerdict> verdicts(AcceptedRowsReader reader, int chunk) {
		List<RowVerdict> verdicts = new ArrayList<>();
		AcceptedRow row;
		while (verdicts.size() < chunk && (row = reader.read()) != null) {
			verdicts.add(new RowVerdict(row.fileNo(), row.line(), row.department(), row.indicator(), 0, "kinh_te", true,
					false, new Assessment(Status.ACHIEVED, new BigDecimal("100"), null)));
		}
		return verdicts;
	}

}
