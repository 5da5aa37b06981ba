package vn.yearendreview.submission;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Passes CSV text to the parser while keeping memory bounded: a physical line longer than
 * the limit, or a quoted cell longer than the limit (a quote opened by mistake swallows
 * the rest of the file), is cut at the limit and the spot is recorded so that the record
 * holding it can be rejected. It follows the quoting rules of the parser: a quote opens a
 * quoted cell only at the start of a cell, and a doubled quote inside one is a literal
 * quote.
 */
final class GuardedReader extends Reader {

	/**
	 * Something the guard cut.
	 *
	 * @param line the physical line, counted from 1
	 * @param kind what was cut
	 * @param field the index of the cell it happened in, counted from 0
	 */
	record Cut(long line, Kind kind, int field) {

		enum Kind {

			LINE_TOO_LONG, CELL_TOO_LONG

		}

	}

	private enum State {

		FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED

	}

	private final Reader in;

	private final char delimiter;

	private final int limit;

	private final char[] buffer = new char[8192];

	private final List<Cut> cuts = new ArrayList<>();

	private int bufferLength;

	private int bufferPosition;

	private State state = State.FIELD_START;

	private long line = 1;

	private long lineLength;

	private long quotedLength;

	private long quoteLine;

	private int field;

	private int quoteField;

	private boolean previousWasCr;

	private boolean droppingLine;

	private boolean droppingCell;

	private int pendingChar = -1;

	GuardedReader(Reader in, char delimiter, int limit) {
		this.in = in;
		this.delimiter = delimiter;
		this.limit = limit;
	}

	/**
	 * The places cut so far, in line order.
	 * @return the cuts
	 */
	List<Cut> cuts() {
		return Collections.unmodifiableList(this.cuts);
	}

	@Override
	public int read(char[] out, int offset, int length) throws IOException {
		int written = 0;
		while (written < length) {
			if (this.pendingChar >= 0) {
				out[offset + written++] = (char) this.pendingChar;
				this.pendingChar = -1;
				continue;
			}
			if (this.bufferPosition == this.bufferLength) {
				if (written > 0 && !this.in.ready()) {
					break;
				}
				this.bufferLength = this.in.read(this.buffer, 0, this.buffer.length);
				this.bufferPosition = 0;
				if (this.bufferLength < 0) {
					this.bufferLength = 0;
					if (this.droppingCell && this.state == State.QUOTE_IN_QUOTED) {
						this.droppingCell = false;
						out[offset + written++] = '"';
					}
					return (written > 0) ? written : -1;
				}
			}
			char c = this.buffer[this.bufferPosition++];
			int emit = accept(c);
			if (emit == 2) {
				out[offset + written++] = '"';
				this.pendingChar = c;
			}
			else if (emit == 1) {
				out[offset + written++] = c;
			}
		}
		return written;
	}

	/**
	 * Decides what the parser sees of one character.
	 * @return 0 to drop it, 1 to pass it, 2 to pass a held closing quote and then it
	 */
	private int accept(char c) {
		boolean newline = c == '\n' || c == '\r';
		if (newline) {
			if (c == '\r' || !this.previousWasCr) {
				this.line++;
			}
			this.previousWasCr = c == '\r';
			this.lineLength = 0;
		}
		else {
			this.previousWasCr = false;
			this.lineLength++;
		}
		if (this.droppingLine) {
			if (!newline) {
				return 0;
			}
			this.droppingLine = false;
			this.state = State.FIELD_START;
			this.field = 0;
			return 1;
		}
		advance(c, newline);
		if (this.droppingCell) {
			if (this.state == State.QUOTED || this.state == State.QUOTE_IN_QUOTED) {
				return 0;
			}
			this.droppingCell = false;
			return 2;
		}
		if (this.state == State.QUOTED && this.quotedLength > this.limit) {
			this.droppingCell = true;
			this.cuts.add(new Cut(this.quoteLine, Cut.Kind.CELL_TOO_LONG, this.quoteField));
			return 0;
		}
		if (!newline && this.lineLength > this.limit && this.state != State.QUOTED
				&& this.state != State.QUOTE_IN_QUOTED) {
			this.droppingLine = true;
			this.cuts.add(new Cut(this.line, Cut.Kind.LINE_TOO_LONG, this.field));
			return 0;
		}
		return 1;
	}

	/**
	 * The cell in which the last quoted cell opened, counted from 0: where a quote left
	 * open at the end of the file started.
	 * @return the cell index
	 */
	int lastQuoteField() {
		return this.quoteField;
	}

	private void advance(char c, boolean newline) {
		switch (this.state) {
			case FIELD_START -> {
				if (c == '"') {
					this.state = State.QUOTED;
					this.quotedLength = 0;
					this.quoteLine = this.line;
					this.quoteField = this.field;
				}
				else if (c == this.delimiter) {
					this.field++;
				}
				else if (newline) {
					this.field = 0;
				}
				else {
					this.state = State.UNQUOTED;
				}
			}
			case UNQUOTED -> {
				if (c == this.delimiter) {
					this.state = State.FIELD_START;
					this.field++;
				}
				else if (newline) {
					this.state = State.FIELD_START;
					this.field = 0;
				}
			}
			case QUOTED -> {
				if (c == '"') {
					this.state = State.QUOTE_IN_QUOTED;
				}
				else {
					this.quotedLength++;
				}
			}
			case QUOTE_IN_QUOTED -> {
				if (c == '"') {
					this.state = State.QUOTED;
					this.quotedLength++;
				}
				else if (c == this.delimiter) {
					this.state = State.FIELD_START;
					this.field++;
				}
				else if (newline) {
					this.state = State.FIELD_START;
					this.field = 0;
				}
				else {
					this.state = State.UNQUOTED;
				}
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
