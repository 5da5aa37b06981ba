package vn.yearendreview.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Sorts more items than should be held in memory: items are gathered into runs of a
 * bounded size, each run sorted and written to a temporary file, and the runs merged in
 * order at the end. Items that fit in one run never touch the disk.
 *
 * @param <T> the items
 */
final class ExternalSort<T> implements Closeable {

	private final Comparator<T> order;

	private final Codec<T> codec;

	private final int runSize;

	private final Path folder;

	private final List<T> buffer = new ArrayList<>();

	private final List<Path> runs = new ArrayList<>();

	private final List<Run> open = new ArrayList<>();

	private long count;

	/**
	 * @param order the order of the items
	 * @param codec how an item is written to and read from a run file
	 * @param runSize the most items held in memory
	 * @param folder where run files are written (created when needed)
	 */
	ExternalSort(Comparator<T> order, Codec<T> codec, int runSize, Path folder) {
		this.order = order;
		this.codec = codec;
		this.runSize = runSize;
		this.folder = folder;
	}

	/**
	 * Adds an item.
	 * @param item the item
	 * @throws IOException when a run cannot be written
	 */
	void add(T item) throws IOException {
		this.count++;
		this.buffer.add(item);
		if (this.buffer.size() >= this.runSize) {
			spill();
		}
	}

	/**
	 * Hands every item added, in order, to a consumer.
	 * @param consumer receives the items
	 * @throws IOException when a run cannot be read
	 */
	void forEachSorted(Consumer<T> consumer) throws IOException {
		Iterator<T> sorted = sorted();
		try {
			while (sorted.hasNext()) {
				consumer.accept(sorted.next());
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * Every item added, in order, read as it is taken: from memory when all fit in one
	 * run, else merged from the runs on disk, whose files stay open until
	 * {@link #close()}.
	 * @return the items in order; reading a run may throw {@link UncheckedIOException}
	 * @throws IOException when a run cannot be written or opened
	 */
	Iterator<T> sorted() throws IOException {
		if (this.runs.isEmpty()) {
			this.buffer.sort(this.order);
			return this.buffer.iterator();
		}
		if (!this.buffer.isEmpty()) {
			spill();
		}
		PriorityQueue<Run> heads = new PriorityQueue<>((a, b) -> this.order.compare(a.head, b.head));
		for (Path file : this.runs) {
			Run run = new Run(file);
			this.open.add(run);
			if (run.advance()) {
				heads.add(run);
			}
		}
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return !heads.isEmpty();
			}

			@Override
			public T next() {
				Run run = heads.poll();
				if (run == null) {
					throw new NoSuchElementException();
				}
				T item = run.head;
				try {
					if (run.advance()) {
						heads.add(run);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return item;
			}

		};
	}

	/**
	 * How many items were added.
	 * @return the count
	 */
	long count() {
		return this.count;
	}

	/** Closes and deletes the run files. */
	@Override
	public void close() throws IOException {
		for (Run run : this.open) {
			run.in.close();
		}
		this.open.clear();
		for (Path run : this.runs) {
			Files.deleteIfExists(run);
		}
		this.runs.clear();
		this.buffer.clear();
	}

	private void spill() throws IOException {
		this.buffer.sort(this.order);
		Files.createDirectories(this.folder);
		Path file = Files.createTempFile(this.folder, "sort-", ".run");
		this.runs.add(file);
		try (DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			out.writeInt(this.buffer.size());
			for (T item : this.buffer) {
				this.codec.write(out, item);
			}
		}
		this.buffer.clear();
	}

	/** How items are written to a run file and read back. */
	interface Codec<T> {

		void write(DataOutputStream out, T item) throws IOException;

		T read(DataInputStream in) throws IOException;

	}

	/** A run file being merged, with its next item. */
	private final class Run {

		private final DataInputStream in;

		private int left;

		private T head;

		Run(Path file) throws IOException {
			this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
			try {
				this.left = this.in.readInt();
			}
			catch (EOFException ex) {
				this.left = 0;
			}
		}

		boolean advance() throws IOException {
			if (this.left == 0) {
				this.head = null;
				return false;
			}
			this.left--;
			this.head = ExternalSort.this.codec.read(this.in);
			return true;
		}

	}

}
