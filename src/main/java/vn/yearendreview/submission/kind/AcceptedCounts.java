package vn.yearendreview.submission.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows read and accepted so far, per file and department, in file order: the
 * whole-set checks take each row they reject off its accepted count.
 */
public final class AcceptedCounts {

	private final Map<FileDepartment, long[]> counts = new TreeMap<>();

	/**
	 * Adds rows of a file and department.
	 * @param fileNo the file
	 * @param department the department code, {@code null} when not readable
	 * @param read the rows read
	 * @param accepted how many of them are accepted
	 */
	public void add(int fileNo, String department, long read, long accepted) {
		long[] count = this.counts.computeIfAbsent(new FileDepartment(fileNo, department), (key) -> new long[2]);
		count[0] += read;
		count[1] += accepted;
	}

	/**
	 * Takes a rejected row off its file's and department's accepted count.
	 * @param fileNo the file
	 * @param department the department code
	 */
	public void reject(int fileNo, String department) {
		this.counts.get(new FileDepartment(fileNo, department))[1]--;
	}

	/**
	 * The rows accepted so far.
	 * @return their number
	 */
	public long accepted() {
		return this.counts.values().stream().mapToLong((count) -> count[1]).sum();
	}

	/**
	 * The counts, in file and department order.
	 * @return one per file and department
	 */
	public List<Count> counts() {
		List<Count> all = new ArrayList<>(this.counts.size());
		this.counts.forEach((key, count) -> all.add(new Count(key.fileNo(), key.department(), count[0], count[1])));
		return all;
	}

	/**
	 * The rows of a file and department.
	 *
	 * @param fileNo the file
	 * @param department the department code, {@code null} when not readable
	 * @param read the rows read
	 * @param accepted how many are accepted
	 */
	public record Count(int fileNo, String department, long read, long accepted) {

	}

	private record FileDepartment(int fileNo, String department) implements Comparable<FileDepartment> {

		@Override
		public int compareTo(FileDepartment other) {
			int byFile = Integer.compare(this.fileNo, other.fileNo);
			if (byFile != 0) {
				return byFile;
			}
			if (this.department == null || other.department == null) {
				return (this.department == null) ? ((other.department == null) ? 0 : -1) : 1;
			}
			return this.department.compareTo(other.department);
		}

	}

}
