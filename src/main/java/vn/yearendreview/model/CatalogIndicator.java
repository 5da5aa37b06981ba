package vn.yearendreview.model;

import java.math.BigDecimal;

/**
 * One indicator of the resolution, from {@code catalog/indicators.csv}.
 *
 * @param indicator its code
 * @param group the field it belongs to, {@code null} when not given
 * @param name its name
 * @param unit its unit, may be empty
 * @param plan this year's target, {@code null} when the catalog leaves it to the
 * submissions
 * @param planNext next year's target, {@code null} when not set yet
 * @param department the department that reports the province-wide figure, empty when any
 * may
 * @param resolution whether it counts in the headline "đạt và vượt X/Y"
 * @param order its place in the review
 * @param nameEn its name in the English edition, empty when not given
 * @param unitEn its unit in the English edition, empty when not given
 * @param termTarget the five-year resolution's target, {@code null} when it sets none
 * @param termKind how the term target is measured, {@code null} without one
 * @param maxChange the largest plausible change from last year in percent, {@code null}
 * for the default of DESIGN.md 10.2
 * @param bounded whether a percentage of this indicator lies from 0 to 100
 */
public record CatalogIndicator(String indicator, IndicatorGroup group, String name, String unit, Target plan,
		Target planNext, String department, boolean resolution, int order, String nameEn, String unitEn,
		Target termTarget, TermProgress.Kind termKind, BigDecimal maxChange, boolean bounded) {

	/**
	 * An indicator without plausibility settings.
	 * @param indicator its code
	 * @param group its field
	 * @param name its name
	 * @param unit its unit
	 * @param plan this year's target
	 * @param planNext next year's target
	 * @param department the department in charge
	 * @param resolution whether it counts in the headline
	 * @param order its place in the review
	 * @param nameEn its English name
	 * @param unitEn its English unit
	 * @param termTarget the term's target
	 * @param termKind how the term's target is measured
	 */
	public CatalogIndicator(String indicator, IndicatorGroup group, String name, String unit, Target plan,
			Target planNext, String department, boolean resolution, int order, String nameEn, String unitEn,
			Target termTarget, TermProgress.Kind termKind) {
		this(indicator, group, name, unit, plan, planNext, department, resolution, order, nameEn, unitEn, termTarget,
				termKind, null, false);
	}

	/**
	 * An indicator without English names.
	 * @param indicator its code
	 * @param group its field
	 * @param name its name
	 * @param unit its unit
	 * @param plan this year's target
	 * @param planNext next year's target
	 * @param department the department in charge
	 * @param resolution whether it counts in the headline
	 * @param order its place in the review
	 */
	public CatalogIndicator(String indicator, IndicatorGroup group, String name, String unit, Target plan,
			Target planNext, String department, boolean resolution, int order) {
		this(indicator, group, name, unit, plan, planNext, department, resolution, order, "", "", null, null, null,
				false);
	}

}
