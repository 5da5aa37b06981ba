package vn.yearendreview.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Keeps a second run away from an output folder while one is using it. The operating
 * system holds the lock and drops it when the process ends, even when it is killed, so a
 * crashed run never blocks the next one.
 */
public final class OutputLock implements AutoCloseable {

	private static final String LOCK_FILE = "run.lock";

	private static final String HOLDER_FILE = "run.holder";

	private final FileChannel channel;

	private final FileLock lock;

	private final Path holder;

	private OutputLock(FileChannel channel, FileLock lock, Path holder) {
		this.channel = channel;
		this.lock = lock;
		this.holder = holder;
	}

	/**
	 * Takes the lock of an output folder.
	 * @param stateFolder the folder of the run's state, {@code output/.state}
	 * @return the lock, to close when the run ends
	 * @throws Busy when another run holds it
	 * @throws IOException when the folder cannot be written
	 */
	public static OutputLock acquire(Path stateFolder) throws IOException, Busy {
		Files.createDirectories(stateFolder);
		Path holder = stateFolder.resolve(HOLDER_FILE);
		FileChannel channel = FileChannel.open(stateFolder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new Busy(readHolder(holder));
		}
		String description = "pid " + ProcessHandle.current().pid() + ", "
				+ OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		Files.writeString(holder, description, StandardCharsets.UTF_8);
		return new OutputLock(channel, lock, holder);
	}

	private static String readHolder(Path holder) {
		try {
			return Files.readString(holder, StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.holder);
		this.lock.release();
		this.channel.close();
	}

	/** Another run holds the output folder. */
	public static final class Busy extends Exception {

		private final String holder;

		Busy(String holder) {
			super("output folder in use by " + holder);
			this.holder = holder;
		}

		/**
		 * Who holds the lock, as it described itself.
		 * @return process id and start time
		 */
		public String holder() {
			return this.holder;
		}

	}

}
