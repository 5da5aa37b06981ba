package vn.yearendreview.report;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.function.Consumer;

import vn.yearendreview.model.ResultRow;
import vn.yearendreview.model.Status;

/**
 * Evaluated indicators in the order a document prints them, however many: they are sorted
 * through {@link ExternalSort}, in memory up to {@value #RUN_ROWS} rows and through files
 * beyond.
 */
final class SortedResults implements Iterator<ResultRow>, AutoCloseable {

	/**
	 * Rows held in memory while sorting (a few megabytes; two documents are made at
	 * once); more are sorted through files, a million rows through a hundred.
	 */
	static final int RUN_ROWS = 10_000;

	private final ExternalSort<ResultRow> sort;

	private final Iterator<ResultRow> rows;

	private SortedResults(ExternalSort<ResultRow> sort, Iterator<ResultRow> rows) {
		this.sort = sort;
		this.rows = rows;
	}

	/**
	 * Sorts the rows a source hands over.
	 * @param order the order
	 * @param source hands each row to the consumer it is given
	 * @param sortFolder where sorted runs go when the rows do not fit in one
	 * @return the rows in order, to close when read
	 * @throws IOException when a sorted run cannot be written
	 */
	static SortedResults of(Comparator<ResultRow> order, Consumer<Consumer<ResultRow>> source, Path sortFolder)
			throws IOException {
		ExternalSort<ResultRow> sort = new ExternalSort<>(order, new ResultRowCodec(), RUN_ROWS, sortFolder);
		try {
			source.accept((row) -> {
				try {
					sort.add(row);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			return new SortedResults(sort, sort.sorted());
		}
		catch (UncheckedIOException ex) {
			sort.close();
			throw ex.getCause();
		}
		catch (RuntimeException ex) {
			sort.close();
			throw ex;
		}
	}

	/**
	 * How many rows there are.
	 * @return the count
	 */
	long count() {
		return this.sort.count();
	}

	@Override
	public boolean hasNext() {
		return this.rows.hasNext();
	}

	@Override
	public ResultRow next() {
		return this.rows.next();
	}

	/** Deletes the sorted runs. */
	@Override
	public void close() throws IOException {
		this.sort.close();
	}

	/** Writes a result row to a sorted run and reads it back. */
	private static final class ResultRowCodec implements ExternalSort.Codec<ResultRow> {

		@Override
		public void write(DataOutputStream out, ResultRow row) throws IOException {
			for (String text : new String[] { row.department(), row.departmentName(), row.indicator(), row.name(),
					row.unit(), row.groupCode(), row.plan(), row.planNext(), row.actual(), row.previous(),
					row.percentOfPlan(), row.percentOfPrevious(), row.note(), row.planWords(), row.planNextWords() }) {
				writeText(out, text);
			}
			out.writeInt(row.groupOrder());
			out.writeInt(row.sortOrder());
			out.writeBoolean(row.resolution());
			out.writeBoolean(row.inReview());
			out.writeByte(row.status().ordinal());
		}

		@Override
		public ResultRow read(DataInputStream in) throws IOException {
			String[] text = new String[15];
			for (int i = 0; i < text.length; i++) {
				text[i] = readText(in);
			}
			int groupOrder = in.readInt();
			int sortOrder = in.readInt();
			boolean resolution = in.readBoolean();
			boolean inReview = in.readBoolean();
			Status status = Status.values()[in.readByte()];
			return new ResultRow(text[0], text[1], text[2], text[3], text[4], text[5], groupOrder, sortOrder,
					resolution, inReview, text[6], text[7], text[8], text[9], text[10], text[11], status, text[12],
					text[13], text[14]);
		}

		private static void writeText(DataOutputStream out, String text) throws IOException {
			if (text == null) {
				out.writeInt(-1);
				return;
			}
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			out.writeInt(bytes.length);
			out.write(bytes);
		}

		private static String readText(DataInputStream in) throws IOException {
			int length = in.readInt();
			if (length < 0) {
				return null;
			}
			return new String(in.readNBytes(length), StandardCharsets.UTF_8);
		}

	}

}
