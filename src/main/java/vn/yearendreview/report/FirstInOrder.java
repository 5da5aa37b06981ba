package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first items of an order among any number of them, holding no more than it keeps: a
 * document that lists the first thousand of a million rows reads the million once and
 * sorts a thousand.
 *
 * @param <T> the items
 */
final class FirstInOrder<T> {

	private final Comparator<T> order;

	private final int limit;

	/** The kept items, the last in order at the head. */
	private final PriorityQueue<T> kept;

	private long count;

	/**
	 * Keeps the first items of an order.
	 * @param order the order, total over the items
	 * @param limit how many to keep
	 */
	FirstInOrder(Comparator<T> order, int limit) {
		this.order = order;
		this.limit = limit;
		this.kept = new PriorityQueue<>(order.reversed());
	}

	void add(T item) {
		this.count++;
		if (this.kept.size() < this.limit) {
			this.kept.add(item);
		}
		else if (this.order.compare(item, this.kept.peek()) < 0) {
			this.kept.poll();
			this.kept.add(item);
		}
	}

	/** How many items were added. */
	long count() {
		return this.count;
	}

	/** The kept items, in order. */
	List<T> sorted() {
		List<T> sorted = new ArrayList<>(this.kept);
		sorted.sort(this.order);
		return sorted;
	}

}
