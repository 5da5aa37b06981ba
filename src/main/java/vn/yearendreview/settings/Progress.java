package vn.yearendreview.settings;

import java.util.function.Supplier;

import org.slf4j.Logger;

/**
 * Progress lines a person can follow on a long run without flooding a log: at most one
 * line every few seconds, whatever the number of files or documents.
 */
public final class Progress {

	private final Logger logger;

	private final long intervalNanos;

	private long last;

	/** Whether something happened since the last line printed. */
	private boolean pending = true;

	/**
	 * A progress reporter.
	 * @param logger where the lines go
	 * @param intervalMillis the least time between two lines
	 */
	public Progress(Logger logger, long intervalMillis) {
		this.logger = logger;
		this.intervalNanos = intervalMillis * 1_000_000L;
		this.last = System.nanoTime();
	}

	/**
	 * Prints a line if the interval has passed since the last one, or if asked to.
	 * @param force print whatever the time, unless the last line printed already said
	 * everything
	 * @param line the line, built only when printed
	 */
	public synchronized void report(boolean force, Supplier<String> line) {
		long now = System.nanoTime();
		if (now - this.last >= this.intervalNanos || (force && this.pending)) {
			this.last = now;
			this.pending = false;
			this.logger.info(line.get());
		}
		else {
			this.pending = true;
		}
	}

}
