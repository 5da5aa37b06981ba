package vn.yearendreview.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * Keeps the filled pages of a long document in a swap file instead of the heap, from the
 * fill to the end of the export, so that a catalog of ten thousand indicators renders in
 * the same memory as one of twenty. Short documents stay in memory, where they are
 * faster.
 */
final class PageSwap implements AutoCloseable {

	/** Documents of more records than this are swapped. */
	static final int RECORDS_IN_MEMORY = 2_000;

	/** Pages kept in memory while swapping. */
	private static final int PAGES_IN_MEMORY = 20;

	private final JRSwapFileVirtualizer virtualizer;

	private PageSwap(JRSwapFileVirtualizer virtualizer) {
		this.virtualizer = virtualizer;
	}

	/**
	 * A swap for a document of so many records.
	 * @param records the records the document will hold
	 * @param folder where the swap file goes, created when needed
	 * @return a swap, which does nothing for a short document
	 * @throws IOException when the folder cannot be created
	 */
	static PageSwap forRecords(int records, Path folder) throws IOException {
		if (records <= RECORDS_IN_MEMORY) {
			return new PageSwap(null);
		}
		Files.createDirectories(folder);
		return new PageSwap(
				new JRSwapFileVirtualizer(PAGES_IN_MEMORY, new JRSwapFile(folder.toString(), 8192, 64), true));
	}

	/**
	 * Adds the swap to the parameters of a fill.
	 * @param parameters the fill's parameters
	 * @return the parameters
	 */
	Map<String, Object> apply(Map<String, Object> parameters) {
		if (this.virtualizer != null) {
			parameters.put(JRParameter.REPORT_VIRTUALIZER, this.virtualizer);
		}
		return parameters;
	}

	/** Marks the fill done: pages are only read from now on. */
	void filled() {
		if (this.virtualizer != null) {
			this.virtualizer.setReadOnly(true);
		}
	}

	/** Deletes the swap file; call after the export. */
	@Override
	public void close() {
		if (this.virtualizer != null) {
			this.virtualizer.cleanup();
		}
	}

}
