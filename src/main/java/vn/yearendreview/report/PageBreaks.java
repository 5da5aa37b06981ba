package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Where the body of a committee document's PDF breaks across pages: a long paragraph
 * flows across a break, and when it leaves a single line alone at the foot or the top of
 * a page it is kept whole and the body filled again, at most {@link #MAX_FILLS} times; a
 * paragraph a break moved whole keeps its first-line indent.
 */
final class PageBreaks {

	/**
	 * The longest paragraph never split across pages (about eight lines): a shorter one
	 * moves whole to the next page rather than leave a line alone at the foot or the top
	 * of a page.
	 */
	static final int KEPT_WHOLE = 800;

	/** The property of the text elements of the bands kept whole. */
	private static final String WHOLE_PROPERTY = "yearend.whole";

	/** The property of a body text element that names its paragraph's place. */
	private static final String PARAGRAPH_PROPERTY = "yearend.paragraph";

	/** The body's line height (styles.jrtx), in points. */
	private static final int LINE_HEIGHT = 19;

	/** Fills of a body at most, keeping more long paragraphs whole each time. */
	static final int MAX_FILLS = 3;

	private PageBreaks() {
	}

	/**
	 * Gives back the first-line indent of the paragraphs a page break moved whole to the
	 * next page. JasperReports measures such a paragraph at the foot of the first page,
	 * cuts it, then moves its band and prints it whole, but keeps the mark of the cut
	 * paragraph ({@code JRFillTextElement.rewind} does not clear it), so its first line
	 * would start at the margin. The elements of the bands kept whole carry
	 * {@value #WHOLE_PROPERTY}; none of them ever prints a paragraph's continuation.
	 * @param document the filled document, before its pages are swapped read-only
	 */
	static void keepFirstLineIndents(JasperPrint document) {
		for (JRPrintPage page : document.getPages()) {
			for (JRPrintElement element : page.getElements()) {
				if (element instanceof JRPrintText && element.getPropertiesMap().containsProperty(WHOLE_PROPERTY)) {
					element.getPropertiesMap().removeProperty(JRPrintText.PROPERTY_AWT_INDENT_FIRST_LINE);
				}
			}
		}
	}

	/**
	 * The body paragraphs that flow across a page break leaving a single line alone on
	 * one side of it.
	 * @param review the filled review
	 * @return their places in the body
	 */
	static Set<Integer> splitWithALoneLine(JasperPrint review) {
		Map<Integer, List<Integer>> parts = new HashMap<>();
		for (JRPrintPage page : review.getPages()) {
			for (JRPrintElement element : page.getElements()) {
				String paragraph = element.getPropertiesMap().getProperty(PARAGRAPH_PROPERTY);
				if (paragraph != null) {
					parts.computeIfAbsent(Integer.valueOf(paragraph), (p) -> new ArrayList<>())
						.add(element.getHeight());
				}
			}
		}
		Set<Integer> lonely = new HashSet<>();
		parts.forEach((paragraph, heights) -> {
			if (heights.size() > 1 && heights.stream().anyMatch((height) -> height < 2 * LINE_HEIGHT)) {
				lonely.add(paragraph);
			}
		});
		return lonely;
	}

}
