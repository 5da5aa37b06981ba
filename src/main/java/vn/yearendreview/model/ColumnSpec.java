package vn.yearendreview.model;

import java.util.List;

/**
 * A column of a file the program reads: its name and the headers that name it.
 *
 * @param name the canonical name, the first header accepted
 * @param required whether a file without it is refused
 * @param headers every header accepted, the canonical one first
 */
public record ColumnSpec(String name, boolean required, List<String> headers) {

	public static ColumnSpec required(String... headers) {
		return new ColumnSpec(headers[0], true, List.of(headers));
	}

	public static ColumnSpec optional(String... headers) {
		return new ColumnSpec(headers[0], false, List.of(headers));
	}

}
