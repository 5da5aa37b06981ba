package vn.yearendreview.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRParameter;

import vn.yearendreview.model.IndicatorGroup;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Status;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.submission.Recipients;

/**
 * What every document of a run shares: the language, the planner's settings, the year,
 * and the texts built from them (document number, date line, labels of groups and
 * verdicts).
 *
 * @param messages the words of the run's language
 * @param settings the planner's settings
 * @param year the year under review
 * @param fingerprint the run's fingerprint, from which each PDF's identifier is derived
 */
public record Documents(Messages messages, ReportSettings settings, int year, String fingerprint) {

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };

	public Locale locale() {
		return this.messages.locale();
	}

	/**
	 * Parameters every template takes: language, bundle and styles.
	 * @param templates the templates
	 * @return a new mutable map
	 */
	public Map<String, Object> parameters(ReportTemplates templates) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put(JRParameter.REPORT_LOCALE, locale());
		parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, this.messages.bundle());
		parameters.put("STYLES", templates.styles());
		parameters.put("YEAR", this.year);
		return parameters;
	}

	/**
	 * The number line: {@code Số 125-BC/TU}, or blanks for the office to fill when no
	 * number is set.
	 * @return the text
	 */
	String numberLine() {
		return this.messages.get("review.number", documentNumber());
	}

	/**
	 * The document number and symbol: {@code 125-BC/TU}, blanks before the dash when no
	 * number is set.
	 * @return the text
	 */
	public String documentNumber() {
		String number = this.settings.number().isEmpty() ? "      " : this.settings.number();
		return number + "-" + this.settings.symbol();
	}

	/**
	 * The place and date line: {@code Ninh Thuận, ngày 05 tháng 12 năm 2023}.
	 * @return the text
	 */
	String placeDate() {
		return placeDate(this.settings.number().isEmpty());
	}

	/**
	 * Whether a document's day is left blank: while its number is, unless the settings
	 * give the date.
	 * @param numberBlank whether the document's number is left for the office
	 * @return {@code true} to leave the day blank
	 */
	boolean dayBlank(boolean numberBlank) {
		return numberBlank && this.settings.missing().contains("date");
	}

	/**
	 * The place and date line of a document numbered or not.
	 * @param numberBlank whether the document's number is left for the office
	 * @return the text
	 */
	String placeDate(boolean numberBlank) {
		String date = Formats.longDate(this.settings.date(), locale(), dayBlank(numberBlank));
		if (this.settings.place().isEmpty()) {
			return Character.toUpperCase(date.charAt(0)) + date.substring(1);
		}
		return this.settings.place() + ", " + date;
	}

	/**
	 * The frame of the committee's documents as the review has them: the header block,
	 * the marks, the title, the signature and "Nơi nhận"; the other documents change its
	 * number, title and signer.
	 * @param recipients the recipients for "Nơi nhận"
	 * @return the frame
	 */
	CommitteeDocument.Frame frame(Recipients recipients) {
		List<String> marks = new ArrayList<>();
		if (!this.settings.confidentiality().isEmpty()) {
			marks.add(this.settings.confidentiality());
		}
		if (!this.settings.urgency().isEmpty()) {
			marks.add(this.settings.urgency());
		}
		return new CommitteeDocument.Frame(emptyToNull(this.settings.scope()), this.settings.draftMark(this.messages),
				emptyToNull(this.settings.parent()), this.settings.issuer(), numberLine(), List.copyOf(marks),
				this.settings.party(), placeDate(), this.messages.get("review.title"),
				this.messages.get("review.subtitle", this.year, this.year + 1), this.settings.signerMandate(),
				this.settings.signerTitle(), emptyToNull(this.settings.signerName()),
				this.messages.get("review.recipients"), recipients.lines(this.settings.archive()));
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	/**
	 * The label of a group, "Khác" for indicators without one.
	 * @param code the group code, empty for none
	 * @return the label
	 */
	String groupLabel(String code) {
		return this.messages.get((code == null || code.isEmpty()) ? "group.none" : "group." + code);
	}

	/**
	 * Labels of all groups, by code.
	 * @return code to label, {@code ""} for indicators without a group
	 */
	Map<String, String> groupLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (IndicatorGroup group : IndicatorGroup.values()) {
			labels.put(group.code(), groupLabel(group.code()));
		}
		labels.put("", groupLabel(""));
		return labels;
	}

	/**
	 * Table headings of the groups present, numbered in order: {@code I. KINH TẾ}.
	 * @param codes the group codes present, in order
	 * @return code to heading
	 */
	Map<String, String> groupHeadings(Iterable<String> codes) {
		Map<String, String> headings = new LinkedHashMap<>();
		int n = 0;
		for (String code : codes) {
			String roman = (n < ROMAN.length) ? ROMAN[n] : String.valueOf(n + 1);
			headings.put(code, roman + ". " + groupLabel(code).toUpperCase(locale()));
			n++;
		}
		return headings;
	}

	/**
	 * Short labels of the verdicts for tables and charts.
	 * @return status name to label
	 */
	Map<String, String> statusLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		for (Status status : Status.values()) {
			labels.put(status.name(), this.messages.get("status." + status.name()));
		}
		return labels;
	}

	/**
	 * PDF metadata of a document: its words, and what makes it the same bytes in every
	 * run of the same inputs (the date of the settings, an identifier from the run's
	 * fingerprint and the document's name).
	 * @param title its title
	 * @param subject its subject
	 * @param document its path in the published set, e.g. {@code don-vi/SKHDT.pdf}
	 * @return the metadata
	 */
	public PdfExport.Metadata metadata(String title, String subject, String document) {
		return new PdfExport.Metadata(title, this.settings.issuer(), subject,
				this.messages.get("pdf.keywords", this.year), this.settings.date(),
				ReproduciblePdf.identifier(this.fingerprint, document));
	}

}
