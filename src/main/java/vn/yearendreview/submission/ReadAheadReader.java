package vn.yearendreview.submission;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads and checks items in a thread of its own, a bounded queue ahead of the step, whose
 * thread then only writes: the database takes one writer best, and the other core parses
 * and checks meanwhile.
 *
 * <p>
 * Restartable on its own count of the items the step has taken: a restart reads the
 * source again from its start and drops that many items. Nothing read ahead is ever
 * written unless the step takes it, so a failure loses nothing.
 *
 * @param <I> what the source reads
 * @param <O> what the checks make of it
 */
class ReadAheadReader<I, O> extends AbstractItemCountingItemStreamItemReader<O> {

	/** Items kept ready for the step. */
	static final int QUEUE_SIZE = 2_000;

	private static final Object END = new Object();

	private final ItemStreamReader<I> source;

	private final ItemProcessor<I, O> processor;

	private BlockingQueue<Object> queue;

	private Thread worker;

	private volatile boolean stopped;

	ReadAheadReader(ItemStreamReader<I> source, ItemProcessor<I, O> processor) {
		this.source = source;
		this.processor = processor;
		setName("readAhead");
	}

	@Override
	protected void doOpen() {
		this.source.open(new ExecutionContext());
		this.queue = new ArrayBlockingQueue<>(QUEUE_SIZE);
		this.stopped = false;
		this.worker = new Thread(this::readAhead, "read-ahead");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	private void readAhead() {
		try {
			I item;
			while (!this.stopped && (item = this.source.read()) != null) {
				O result = this.processor.process(item);
				if (result != null) {
					put(result);
				}
			}
			put(END);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			try {
				put(new Failure(ex));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void put(Object item) throws InterruptedException {
		while (!this.stopped && !this.queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
			// The step is busy writing; wait for room unless it has stopped.
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	protected O doRead() throws Exception {
		Object next = this.queue.take();
		if (next == END) {
			this.queue.put(END);
			return null;
		}
		if (next instanceof Failure failure) {
			this.queue.put(failure);
			throw failure.cause();
		}
		return (O) next;
	}

	@Override
	protected void doClose() throws Exception {
		this.stopped = true;
		if (this.worker != null) {
			this.worker.interrupt();
			this.worker.join(TimeUnit.SECONDS.toMillis(10));
			this.worker = null;
		}
		this.source.close();
	}

	private record Failure(Exception cause) {

	}

}
