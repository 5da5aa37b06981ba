package vn.yearendreview.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data a planner keeps in {@code input/catalog/}: the resolution's
 * indicators and the departments. Either part may be absent.
 */
public final class Catalog {

	private final Map<String, CatalogIndicator> indicators = new LinkedHashMap<>();

	private final Map<String, CatalogDepartment> departments = new LinkedHashMap<>();

	private final boolean hasIndicators;

	public Catalog(List<CatalogIndicator> indicators, List<CatalogDepartment> departments, boolean hasIndicators) {
		indicators.forEach((indicator) -> this.indicators.put(indicator.indicator(), indicator));
		departments.forEach((department) -> this.departments.put(department.department(), department));
		this.hasIndicators = hasIndicators;
	}

	/**
	 * A catalog with nothing in it: every indicator a submission names is accepted and
	 * counts.
	 * @return the empty catalog
	 */
	public static Catalog empty() {
		return new Catalog(List.of(), List.of(), false);
	}

	/**
	 * Whether an indicators catalog exists; when it does, unknown codes are refused.
	 * @return {@code true} when {@code catalog/indicators.csv} was read
	 */
	public boolean hasIndicators() {
		return this.hasIndicators;
	}

	public Optional<CatalogIndicator> indicator(String code) {
		return Optional.ofNullable(this.indicators.get(code));
	}

	public Optional<CatalogDepartment> department(String code) {
		return Optional.ofNullable(this.departments.get(code));
	}

	public Map<String, CatalogIndicator> indicators() {
		return Collections.unmodifiableMap(this.indicators);
	}

	public Map<String, CatalogDepartment> departments() {
		return Collections.unmodifiableMap(this.departments);
	}

}
