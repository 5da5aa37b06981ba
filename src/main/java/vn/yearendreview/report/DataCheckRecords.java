package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import vn.yearendreview.Messages;
import vn.yearendreview.staging.ResultQueries.ProblemSection;
import vn.yearendreview.staging.ResultQueries;

/**
 * The records of the data check PDF: first the files read (section 0), then the problems
 * section by section (rejected rows and files, warnings, departments that sent nothing),
 * file by file. Problems of one file that say the same thing about the same column and
 * value are one record with their line numbers ("3, 4, 5, … (34 dòng)"), so that a
 * warning on every row is read once. A section with nothing in it is one record saying
 * so. The problems are read as a stream and merged within a bounded window, so memory
 * does not grow with their number.
 */
final class DataCheckRecords implements Iterator<Map<String, Object>>, AutoCloseable {

	/** Line numbers printed for merged problems; more are counted. */
	static final int LINES_SHOWN = 5;

	/** Problems of one file kept open for merging; the oldest is printed beyond that. */
	static final int OPEN_GROUPS = 64;

	/** The file number of a record that says a section is empty. */
	static final int NONE = -1;

	private final Function<ProblemSection, Stream<ResultQueries.ProblemRow>> problems;

	private final Messages messages;

	private final Iterator<ProblemSection> sections = List.of(ProblemSection.values()).iterator();

	private final LinkedHashMap<Key, Group> open = new LinkedHashMap<>();

	private final List<Map<String, Object>> ready = new ArrayList<>();

	private ProblemSection section;

	private Stream<ResultQueries.ProblemRow> stream;

	private Iterator<ResultQueries.ProblemRow> rows;

	private boolean sectionEmpty;

	private String file;

	/**
	 * @param files the records of the files table, printed first
	 * @param problems the problems of a section, in file, line and order of finding
	 * @param messages for the count of merged lines
	 */
	DataCheckRecords(List<Map<String, Object>> files,
			Function<ProblemSection, Stream<ResultQueries.ProblemRow>> problems, Messages messages) {
		for (Map<String, Object> file : files) {
			Map<String, Object> record = new LinkedHashMap<>(file);
			record.put("SECTION", 0);
			record.put("FILE_NO", 0);
			this.ready.add(record);
		}
		this.problems = problems;
		this.messages = messages;
	}

	@Override
	public boolean hasNext() {
		while (this.ready.isEmpty()) {
			if (this.rows != null && this.rows.hasNext()) {
				add(this.rows.next());
			}
			else if (this.rows != null) {
				flush();
				if (this.sectionEmpty) {
					this.ready.add(record(this.section, NONE, "", "", null, null, null));
				}
				closeStream();
			}
			else if (this.sections.hasNext()) {
				this.section = this.sections.next();
				this.stream = this.problems.apply(this.section);
				this.rows = this.stream.iterator();
				this.sectionEmpty = true;
				this.file = null;
			}
			else {
				return false;
			}
		}
		return true;
	}

	@Override
	public Map<String, Object> next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.ready.remove(0);
	}

	private void add(ResultQueries.ProblemRow problem) {
		this.sectionEmpty = false;
		if (!problem.file().equals(this.file)) {
			flush();
			this.file = problem.file();
		}
		Key key = new Key(problem.fileNo(), problem.column(), problem.value(), problem.reasonCode(), problem.message());
		Group group = this.open.get(key);
		if (group == null) {
			if (this.open.size() == OPEN_GROUPS) {
				Map.Entry<Key, Group> oldest = this.open.entrySet().iterator().next();
				this.open.remove(oldest.getKey());
				this.ready.add(record(oldest.getKey(), oldest.getValue()));
			}
			group = new Group(problem.file());
			this.open.put(key, group);
		}
		group.add(problem.line());
	}

	private void flush() {
		this.open.forEach((key, group) -> this.ready.add(record(key, group)));
		this.open.clear();
	}

	private Map<String, Object> record(Key key, Group group) {
		return record(this.section, key.fileNo(), group.file, group.lines(this.messages), key.column(), key.value(),
				key.message());
	}

	private static Map<String, Object> record(ProblemSection section, int fileNo, String file, String lines,
			String column, String value, String message) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("SECTION", section.ordinal() + 1);
		record.put("FILE_NO", fileNo);
		record.put("FILE_NAME", file);
		record.put("LINES", lines);
		record.put("COLUMN_NAME", column);
		record.put("CELL_VALUE", value);
		record.put("MESSAGE", message);
		return record;
	}

	private void closeStream() {
		if (this.stream != null) {
			this.stream.close();
		}
		this.stream = null;
		this.rows = null;
	}

	@Override
	public void close() {
		closeStream();
	}

	/** What makes two problems of a file the same. */
	private record Key(int fileNo, String column, String value, String reason, String message) {

	}

	/** The lines of the problems that are the same. */
	private static final class Group {

		private final String file;

		private final List<Long> shown = new ArrayList<>(LINES_SHOWN);

		private long count;

		Group(String file) {
			this.file = file;
		}

		void add(Long line) {
			this.count++;
			if (line != null && this.shown.size() < LINES_SHOWN) {
				this.shown.add(line);
			}
		}

		String lines(Messages messages) {
			if (this.shown.isEmpty()) {
				return "";
			}
			List<String> numbers = this.shown.stream().map(String::valueOf).toList();
			String text = String.join(", ", numbers);
			if (this.count > this.shown.size()) {
				return messages.get("check.lines", text, this.count);
			}
			return Objects.requireNonNull(text);
		}

	}

}
