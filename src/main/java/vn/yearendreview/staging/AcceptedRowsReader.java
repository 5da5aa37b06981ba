package vn.yearendreview.staging;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.yearendreview.model.Target;
import vn.yearendreview.staging.EvaluationQueries.AcceptedRow;

/**
 * Reads the rows the checks accepted, file by file in line order, a page at a time
 * through the step's own transaction. Each page is a range of one file's primary key, so
 * every read costs the same however far the step has come; and no cursor stays open on
 * another connection while the chunks write their verdicts (in the database's MVCC mode
 * such a cursor, once its result no longer fits in memory, made the writes wait on it).
 * Restartable: the last row handed out is kept in the step's execution context.
 */
public class AcceptedRowsReader implements ItemStreamReader<AcceptedRow> {

	private static final String FILE = "acceptedRows.file";

	private static final String LINE = "acceptedRows.line";

	private final JdbcTemplate jdbc;

	private final long instance;

	private final int pageSize;

	private List<Integer> files = List.of();

	/** The place in {@link #files} of the file being read. */
	private int file;

	/** The line of the last row handed out, 0 before the first of a file. */
	private long handedOut;

	/** The line of the last row fetched. */
	private long fetched;

	private final Deque<AcceptedRow> page = new ArrayDeque<>();

	AcceptedRowsReader(JdbcTemplate jdbc, long instance, int pageSize) {
		this.jdbc = jdbc;
		this.instance = instance;
		this.pageSize = pageSize;
	}

	@Override
	public void open(ExecutionContext context) {
		this.files = this.jdbc.queryForList("""
				SELECT FILE_NO FROM YR_FILE WHERE INSTANCE_ID = ? AND SUBMISSION AND ROWS_ACCEPTED > 0
				ORDER BY FILE_NO""", Integer.class, this.instance);
		this.file = context.getInt(FILE, 0);
		this.handedOut = context.getLong(LINE, 0);
		this.fetched = this.handedOut;
		this.page.clear();
	}

	@Override
	public AcceptedRow read() {
		while (this.page.isEmpty()) {
			if (this.file >= this.files.size()) {
				return null;
			}
			this.page.addAll(this.jdbc.query("""
					SELECT FILE_NO, LINE, DEPARTMENT, INDICATOR, PLAN, ACTUAL, PREVIOUS FROM YR_ROW
					WHERE INSTANCE_ID = ? AND FILE_NO = ? AND LINE > ? AND ACCEPTED AND INDICATOR IS NOT NULL
					ORDER BY INSTANCE_ID, FILE_NO, LINE LIMIT ?""",
					(rs, n) -> new AcceptedRow(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
							(rs.getString(5) != null) ? Target.fromCanonical(rs.getString(5)) : null,
							decimal(rs.getString(6)), decimal(rs.getString(7))),
					this.instance, this.files.get(this.file), this.fetched, this.pageSize));
			if (this.page.isEmpty()) {
				this.file++;
				this.fetched = 0;
				this.handedOut = 0;
			}
			else {
				this.fetched = this.page.peekLast().line();
			}
		}
		AcceptedRow row = this.page.poll();
		this.handedOut = row.line();
		return row;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(FILE, this.file);
		context.putLong(LINE, this.handedOut);
	}

	private static BigDecimal decimal(String text) {
		return (text != null) ? new BigDecimal(text) : null;
	}

}
