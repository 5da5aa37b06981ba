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

import vn.yearendreview.model.Messages;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.ProblemTable.ProblemSection;

/**
 * The records of the data check PDF: first the files read (section 0), then the problems
 * section by section (rejected rows and files, warnings, plausibility warnings when the
 * run evaluated, departments that sent nothing), file by file; the plausibility warnings
 * under their department's name. Problems of one file that say the same thing about the
 * same column and value are one record with their line numbers ("3, 4, 5, … (34 dòng)"),
 * so that a warning on every row is read once. A section with nothing in it is one record
 * saying so. The problems are read as a stream and merged within a bounded window, so
 * memory does not grow with their number.
 */
final class DataCheckRecords implements Iterator<Map<String, Object>>, AutoCloseable {

	/** Line numbers printed for merged problems; more are counted. */
	static final int LINES_SHOWN = 5;

	/** Problems of one file kept open for merging; the oldest is printed beyond that. */
	static final int OPEN_GROUPS = 64;

	/** The file number of a record that says a section is empty. */
	static final int NONE = -1;

	private final Function<ProblemSection, Stream<ProblemTable.ProblemRow>> problems;

	private final Messages messages;

	private final List<ProblemSection> printed;

	private final Iterator<ProblemSection> sections;

	private final LinkedHashMap<Key, Group> open = new LinkedHashMap<>();

	private final List<Map<String, Object>> ready = new ArrayList<>();

	private ProblemSection section;

	private Stream<ProblemTable.ProblemRow> stream;

	private Iterator<ProblemTable.ProblemRow> rows;

	private boolean sectionEmpty;

	private String file;

	/**
	 * @param files the records of the files table, printed first
	 * @param sections the sections of problems to print, numbered in this order after the
	 * files
	 * @param problems the problems of a section, in file, line and order of finding
	 * @param messages for the titles and the count of merged lines
	 */
	DataCheckRecords(List<Map<String, Object>> files, List<ProblemSection> sections,
			Function<ProblemSection, Stream<ProblemTable.ProblemRow>> problems, Messages messages) {
		this.printed = List.copyOf(sections);
		this.sections = this.printed.iterator();
		this.problems = problems;
		this.messages = messages;
		for (Map<String, Object> file : files) {
			Map<String, Object> record = new LinkedHashMap<>(file);
			record.put("SECTION", 0);
			record.put("SECTION_TITLE", messages.get("check.section", 1, messages.get("check.section.files")));
			record.put("FILE_NO", 0);
			this.ready.add(record);
		}
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
					this.ready.add(record(NONE, "", "", null, null, null));
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

	private void add(ProblemTable.ProblemRow problem) {
		this.sectionEmpty = false;
		String label = problem.file();
		if (this.section == ProblemSection.PLAUSIBILITY && problem.department() != null) {
			label = this.messages.get("check.departmentFile", problem.departmentName(), problem.department(),
					problem.file());
		}
		if (!label.equals(this.file)) {
			flush();
			this.file = label;
		}
		Key key = new Key(problem.fileNo(), label, problem.column(), problem.value(), problem.reasonCode(),
				problem.message());
		Group group = this.open.get(key);
		if (group == null) {
			if (this.open.size() == OPEN_GROUPS) {
				Map.Entry<Key, Group> oldest = this.open.entrySet().iterator().next();
				this.open.remove(oldest.getKey());
				this.ready.add(record(oldest.getKey(), oldest.getValue()));
			}
			group = new Group(label);
			this.open.put(key, group);
		}
		group.add(problem.line());
	}

	private void flush() {
		this.open.forEach((key, group) -> this.ready.add(record(key, group)));
		this.open.clear();
	}

	private Map<String, Object> record(Key key, Group group) {
		return record(key.fileNo(), group.file, group.lines(this.messages), key.column(), key.value(), key.message());
	}

	private Map<String, Object> record(int fileNo, String file, String lines, String column, String value,
			String message) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("SECTION", this.section.ordinal() + 1);
		record.put("SECTION_TITLE", this.messages.get("check.section", this.printed.indexOf(this.section) + 2,
				this.messages.get("check.section." + sectionKey(this.section))));
		record.put("FILE_NO", fileNo);
		record.put("FILE_NAME", file);
		record.put("LINES", lines);
		record.put("COLUMN_NAME", column);
		record.put("CELL_VALUE", value);
		record.put("MESSAGE", message);
		return record;
	}

	private static String sectionKey(ProblemSection section) {
		return switch (section) {
			case REJECTED -> "rejected";
			case WARNINGS -> "warnings";
			case PLAUSIBILITY -> "plausibility";
			case NOT_SUBMITTED -> "notSubmitted";
		};
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

	/**
	 * What makes two problems of a file the same; in the plausibility section the
	 * department is part of the file's label.
	 */
	private record Key(int fileNo, String label, String column, String value, String reason, String message) {

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
