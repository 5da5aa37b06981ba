package vn.yearendreview.settings;

import java.util.Locale;

/**
 * The committee's documents, in the order a copy holds them: the one list the job's
 * closing summary, the copies and their register read, with each document's file names,
 * which {@link OutputLayout} spells, and the keys of its lines in the messages.
 */
public enum CommitteeFile {

	/** The consolidated review of the year. */
	REVIEW,
	/** The draft resolution on next year. */
	RESOLUTION,
	/** Next year's work programme. */
	PROGRAMME;

	/**
	 * @param year the year under review
	 * @return the document's PDF
	 */
	public String pdf(int year) {
		return switch (this) {
			case REVIEW -> OutputLayout.review(year);
			case RESOLUTION -> OutputLayout.resolution(year);
			case PROGRAMME -> OutputLayout.programmePdf(year);
		};
	}

	/**
	 * @param year the year under review
	 * @return the document's Word draft
	 */
	public String word(int year) {
		return OutputLayout.word(pdf(year));
	}

	/**
	 * The closing summary's line naming the published document ({@code summary.review},
	 * with the document's path as its argument).
	 * @return the key in the messages
	 */
	public String summaryKey() {
		return "summary." + name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The register's line naming the document ({@code register.review}, with next year,
	 * the review's number, its date, the reporting body and the year under review as
	 * arguments).
	 * @return the key in the messages
	 */
	public String registerKey() {
		return "register." + name().toLowerCase(Locale.ROOT);
	}

}
