package vn.yearendreview.staging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

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

	private final FileTable fileTable;

	private final RecordTable rows;

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

	/**
	 * A reader of the rows an instance's checks accepted.
	 * @param files the files, read in order
	 * @param rows the rows
	 * @param instance the job instance
	 * @param pageSize rows read at once: the chunk size
	 */
	public AcceptedRowsReader(FileTable files, RecordTable rows, long instance, int pageSize) {
		this.fileTable = files;
		this.rows = rows;
		this.instance = instance;
		this.pageSize = pageSize;
	}

	@Override
	public void open(ExecutionContext context) {
		this.files = this.fileTable.filesWithAcceptedRows(this.instance);
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
			this.page
				.addAll(this.rows.acceptedPage(this.instance, this.files.get(this.file), this.fetched, this.pageSize));
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

}
