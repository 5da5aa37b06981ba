package vn.yearendreview.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Text;

/**
 * The settings' values in the language of an edition: a key given for that language
 * ({@code signer.title.en=SECRETARY}) before the key itself; in an edition in another
 * language than Vietnamese, the edition's own words for general roles and the planner's
 * paragraphs only as given in that language, and the header's names written so that it
 * holds no Vietnamese.
 */
final class EditionValues {

	/**
	 * Keys naming roles and bodies in general words: an edition in another language uses
	 * its own words for them unless the file gives them for that language.
	 */
	private static final List<String> GENERIC = List.of("party", "reporting_body", "area", "signer.mandate",
			"signer.title", "archive", "intro", "resolution.signer.mandate", "term.name");

	/**
	 * Paragraphs the planner writes for the documents: an edition in another language
	 * prints them only as the file gives them in that language ({@code directions.en}),
	 * never the Vietnamese text in an English document; without them its Word draft
	 * leaves the part for the office to write, as when no text is given.
	 */
	private static final List<String> OWN_WORDS = List.of("directions", "resolution.goal", "resolution.forecast",
			"resolution.implementation");

	/**
	 * The party committees an issuer's Vietnamese name can start with, without accents.
	 */
	private static final java.util.regex.Pattern COMMITTEE = java.util.regex.Pattern
		.compile("(tinh|thanh|huyen|quan|thi) uy (.+)");

	private EditionValues() {
	}

	/**
	 * The value of every key for the documents' language, trimmed and in NFC; the
	 * language's default where the file gives none.
	 * @param properties the settings as the file gives them
	 * @param messages the words of the documents' language, with the default settings
	 * @return the values, by key in the order of {@link ReportSettings#KEYS}
	 */
	static Map<String, String> of(Properties properties, Messages messages) {
		String language = messages.locale().getLanguage();
		boolean base = language.equals("vi");
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : ReportSettings.KEYS) {
			String localised = properties.getProperty(key + "." + language);
			String value;
			if (localised != null) {
				value = localised;
			}
			else if (!base && (GENERIC.contains(key) || OWN_WORDS.contains(key)) || !properties.containsKey(key)) {
				String defaultKey = "settings.default." + key;
				value = messages.has(defaultKey) ? messages.get(defaultKey) : "";
			}
			else {
				value = properties.getProperty(key);
			}
			values.put(key, Text.nfc(Text.trim(value)));
		}
		if (!base) {
			inOtherLanguage(values, properties, language, messages);
		}
		return values;
	}

	/**
	 * The header's names in an edition in another language when the file gives them in
	 * Vietnamese only, so that the header holds no Vietnamese: the issuer and the body
	 * above it named from their Vietnamese names ({@code TỈNH ỦY NINH THUẬN} gives
	 * {@code NINH THUAN PROVINCIAL PARTY COMMITTEE}; an issuer named otherwise is the
	 * edition's neutral name, a body above it left out), the place without accents
	 * ({@code Ninh Thuận} gives {@code Ninh Thuan}), the marks the edition has words for
	 * ({@code MẬT} gives {@code CONFIDENTIAL}), and the term's resolution named with the
	 * years its Vietnamese name gives, written the same way.
	 */
	private static void inOtherLanguage(Map<String, String> values, Properties properties, String language,
			Messages messages) {
		for (String key : List.of("issuer", "parent")) {
			String given = properties.getProperty(key);
			if (properties.getProperty(key + "." + language) == null && given != null && !Text.isBlank(given)) {
				java.util.regex.Matcher committee = COMMITTEE.matcher(Text.fold(given));
				values.put(key,
						committee.matches()
								? messages.get("settings.committee." + committee.group(1),
										committee.group(2).toUpperCase(Locale.ROOT))
								: key.equals("issuer") ? messages.get("settings.committee") : "");
			}
		}
		if (properties.getProperty("place." + language) == null) {
			values.put("place", Text.unaccented(values.get("place")));
		}
		for (String key : List.of("scope", "confidentiality", "urgency")) {
			// a mark is never dropped: one the edition has no words for stays as written
			String words = "settings.mark." + Text.fold(values.get(key)).replace(' ', '_');
			if (properties.getProperty(key + "." + language) == null && messages.has(words)) {
				values.put(key, messages.get(words));
			}
		}
		String termName = properties.getProperty("term.name");
		if (properties.getProperty("term.name." + language) == null && termName != null) {
			// the years as the Vietnamese name writes them ("nhiệm kỳ 2020 – 2025"),
			// which may differ from the term's first year of figures (term=2021-2025)
			java.util.regex.Matcher years = ReportSettings.Term.YEARS.matcher(Text.nfc(termName));
			if (years.find()) {
				values.put("term.name", messages.get("term.defaultName.years", years.group()));
			}
		}
	}

}
