package vn.yearendreview.submission.kind;

/**
 * What a kind of submission does with records that share a department and key: the same
 * figure sent twice counts once, the same matter registered by two departments is pointed
 * out. Applied by the whole-set checks to the records of its kind.
 */
@FunctionalInterface
public interface SameKeyRule {

	/** No rule: records that share a key are all kept, as a department's points are. */
	SameKeyRule NONE = (set) -> 0;

	/**
	 * Applies the rule.
	 * @param set the run's staged rows
	 * @return the rows rejected
	 */
	int apply(WholeSet set);

}
