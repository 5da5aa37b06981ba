package vn.yearendreview.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Matches header cells to columns case- and diacritic-insensitively, ignoring spaces,
 * underscores and punctuation: {@code "Mã chỉ tiêu"}, {@code "MA_CHI_TIEU"} and
 * {@code "ma chi tieu"} are the same header.
 *
 * @param <C> the column type
 */
public final class HeaderMatcher<C> {

	private final Map<String, C> byKey = new HashMap<>();

	public HeaderMatcher(List<C> columns, Function<C, List<String>> headers) {
		for (C column : columns) {
			for (String header : headers.apply(column)) {
				C previous = this.byKey.put(key(header), column);
				if (previous != null && previous != column) {
					throw new IllegalStateException("header " + header + " names two columns");
				}
			}
		}
	}

	/**
	 * The column a header cell names.
	 * @param header the cell as written
	 * @return the column, empty when the header is not known
	 */
	public Optional<C> match(String header) {
		return Optional.ofNullable(this.byKey.get(key(header)));
	}

	public static String key(String header) {
		return Text.fold(header).replaceAll("[^\\p{Alnum}%]", "");
	}

}
