package vn.yearendreview.settings;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.SourceFolder;
import vn.yearendreview.model.Text;

/**
 * What the planner writes once for the documents, in
 * {@code input/catalog/report.properties} (UTF-8, Vietnamese typed as is): the issuing
 * body, number, place and date, signer, marks, and optional texts and thresholds. Every
 * key is optional; an unknown key is refused so a misspelt one is not silently ignored.
 * {@link SettingsFile} reads the file, {@link EditionValues} the values in the documents'
 * language; the values are checked here.
 *
 * @param issuer issuing body, e.g. {@code TỈNH ỦY NINH THUẬN}
 * @param parent the body above it, printed above the issuer when set
 * @param party the heading of the right column, {@code ĐẢNG CỘNG SẢN VIỆT NAM}
 * @param number document number, may be empty (printed as blanks for the office to fill)
 * @param symbol document symbol after the number, e.g. {@code BC/TU}
 * @param place place of issue, e.g. {@code Ninh Thuận}
 * @param date date of issue
 * @param reportingBody the body that reports, e.g. {@code Ban Thường vụ Tỉnh ủy}
 * @param area how the body text names the whole area, e.g. {@code toàn tỉnh}
 * @param signerMandate e.g. {@code T/M BAN THƯỜNG VỤ}
 * @param signerTitle e.g. {@code BÍ THƯ}
 * @param signerName the signer's name
 * @param draft draft number ({@code Dự thảo lần N}), empty for a final document
 * @param scope circulation scope, e.g. {@code TÀI LIỆU HỘI NGHỊ}
 * @param confidentiality confidentiality mark, e.g. {@code MẬT}
 * @param urgency urgency mark, e.g. {@code KHẨN}
 * @param archive the last line of "Nơi nhận"
 * @param intro the opening paragraph, empty for the standard one
 * @param directions paragraphs for section II, before next year's targets
 * @param nearlyAchievedPercent the "cơ bản đạt" threshold (e.g. 95), {@code null} when
 * not used
 * @param missing the keys a signed committee document needs that the file does not give
 * ({@link #NEEDED}); while any is missing the documents are marked as a draft
 * @param resolution what the draft resolution on next year takes beyond the review's
 * settings
 * @param term the five-year term whose targets are followed, {@code null} when not set
 * @param planYear the year whose plans the catalog's {@code plan} column holds (its
 * {@code plan_next} column holds the next year's), {@code null} when not set: then the
 * plans are taken as the year's the command is run for
 * @param deadline the day the departments' files are due, printed in the note that goes
 * with their templates, {@code null} when not set
 * @param keepSets how many of the earlier sets of a published folder its archive keeps,
 * the latest; {@code null} when not set: every one is kept
 */
public record ReportSettings(String issuer, String parent, String party, String number, String symbol, String place,
		LocalDate date, String reportingBody, String area, String signerMandate, String signerTitle, String signerName,
		String draft, String scope, String confidentiality, String urgency, String archive, String intro,
		List<String> directions, BigDecimal nearlyAchievedPercent, List<String> missing, Resolution resolution,
		Term term, Integer planYear, LocalDate deadline, Integer keepSets) {

	/** The settings file, relative to the input folder. */
	public static final String FILE = "catalog/report.properties";

	/**
	 * The keys a committee document cannot be signed without (DESIGN.md 6.1). An empty
	 * {@code number} is given on purpose (the office writes the number by hand); the
	 * others must hold a value.
	 */
	public static final List<String> NEEDED = List.of("issuer", "number", "symbol", "place", "date", "signer.title",
			"signer.name");

	/** Every key, in the order the error message lists them. */
	static final List<String> KEYS = List.of("issuer", "parent", "party", "number", "symbol", "place", "date",
			"reporting_body", "area", "signer.mandate", "signer.title", "signer.name", "draft", "scope",
			"confidentiality", "urgency", "archive", "intro", "directions", "nearly_achieved_percent",
			"resolution.number", "resolution.goal", "resolution.forecast", "resolution.implementation",
			"resolution.signer.mandate", "term", "term.name", "plan_year", "deadline", "keep_sets");

	/**
	 * Keys for handing out copies (the office's signing key), read by the distribution,
	 * not by the documents.
	 */
	public static final List<String> DISTRIBUTION_KEYS = List.of("sign.keystore", "sign.alias", "sign.reason",
			"sign.location");

	/**
	 * Reads the settings of an input folder for the language of the documents; defaults
	 * where the file or a key is absent. A key may be given per language
	 * ({@code signer.title.en=SECRETARY}); an English edition uses its own words for
	 * general roles ({@code party}, {@code signer.mandate}...) unless given.
	 * @param inputFolder the drop folder
	 * @param today the date used when none is set
	 * @param messages the words of the documents' language, with the default settings
	 * @return the settings
	 * @throws SettingsException when the file cannot be used
	 */
	public static ReportSettings load(Path inputFolder, LocalDate today, Messages messages) {
		return load(SourceFolder.of(inputFolder), today, messages);
	}

	/**
	 * Reads the settings of an input folder from where the run reads them, as
	 * {@link #load(Path, LocalDate, Messages)} does.
	 * @param inputFolder the drop folder, read from the run's copy
	 * @param today the date used when none is set
	 * @param messages the words of the documents' language, with the default settings
	 * @return the settings
	 * @throws SettingsException when the file cannot be used
	 */
	public static ReportSettings load(SourceFolder inputFolder, LocalDate today, Messages messages) {
		Path file = inputFolder.shown(FILE);
		SettingsFile source = SettingsFile.read(inputFolder.file(FILE), file, messages);
		Properties properties = source.properties();
		String language = messages.locale().getLanguage();
		List<String> missing = new ArrayList<>();
		for (String key : NEEDED) {
			String given = properties.getProperty(key + "." + language, properties.getProperty(key));
			if (given == null || (!key.equals("number") && Text.isBlank(given))) {
				missing.add(key);
			}
		}
		Map<String, String> values = EditionValues.of(properties, messages);
		LocalDate date = today;
		if (!values.get("date").isEmpty()) {
			try {
				date = LocalDate.parse(values.get("date"));
			}
			catch (DateTimeParseException ex) {
				throw new SettingsException(messages.get("settings.badDate", source.where("date", messages),
						Text.visible(values.get("date"))));
			}
		}
		BigDecimal nearly = null;
		String threshold = values.get("nearly_achieved_percent");
		if (!threshold.isEmpty()) {
			try {
				nearly = new BigDecimal(threshold.replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				nearly = BigDecimal.ZERO;
			}
			if (nearly.signum() <= 0 || nearly.compareTo(BigDecimal.valueOf(100)) >= 0) {
				throw new SettingsException(messages.get("settings.badThreshold",
						source.where("nearly_achieved_percent", messages), Text.visible(threshold)));
			}
		}
		String draft = values.get("draft");
		if (!draft.isEmpty() && !draft.matches("\\d{1,2}")) {
			throw new SettingsException(
					messages.get("settings.badDraft", source.where("draft", messages), Text.visible(draft)));
		}
		Term term = Term.parse(values.get("term"), values.get("term.name"), source.where("term", messages), messages);
		Integer planYear = null;
		String planYearText = values.get("plan_year");
		if (!planYearText.isEmpty()) {
			if (!planYearText.matches("\\d{4}")) {
				throw new SettingsException(messages.get("settings.badPlanYear", source.where("plan_year", messages),
						Text.visible(planYearText)));
			}
			planYear = Integer.valueOf(planYearText);
		}
		LocalDate deadline = null;
		if (!values.get("deadline").isEmpty()) {
			try {
				deadline = LocalDate.parse(values.get("deadline"));
			}
			catch (DateTimeParseException ex) {
				throw new SettingsException(messages.get("settings.badDeadline", source.where("deadline", messages),
						Text.visible(values.get("deadline"))));
			}
		}
		Integer keepSets = null;
		String keepSetsText = values.get("keep_sets");
		if (!keepSetsText.isEmpty()) {
			if (!keepSetsText.matches("\\d{1,3}")) {
				throw new SettingsException(messages.get("settings.badKeepSets", source.where("keep_sets", messages),
						Text.visible(keepSetsText)));
			}
			keepSets = Integer.valueOf(keepSetsText);
		}
		Resolution resolution = new Resolution(values.get("resolution.number"),
				paragraphs(values.get("resolution.goal")), paragraphs(values.get("resolution.forecast")),
				paragraphs(values.get("resolution.implementation")), values.get("resolution.signer.mandate"));
		return new ReportSettings(values.get("issuer"), values.get("parent"), values.get("party"), values.get("number"),
				values.get("symbol"), values.get("place"), date, values.get("reporting_body"), values.get("area"),
				values.get("signer.mandate"), values.get("signer.title"), values.get("signer.name"), draft,
				values.get("scope"), values.get("confidentiality"), values.get("urgency"), values.get("archive"),
				values.get("intro"), paragraphs(values.get("directions")), nearly, List.copyOf(missing), resolution,
				term, planYear, deadline, keepSets);
	}

	/**
	 * The paragraphs of a text setting: lines written as {@code \n} or continued lines.
	 */
	private static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : text.split("\\\\n|\\n")) {
			if (!paragraph.isBlank()) {
				paragraphs.add(paragraph.strip());
			}
		}
		return List.copyOf(paragraphs);
	}

	/**
	 * The symbol of another kind of document of the same body: the review's {@code BC/TU}
	 * gives {@code NQ/TU} for a resolution.
	 * @param kind the kind's letters, e.g. {@code NQ}
	 * @return the symbol
	 */
	public String symbolOf(String kind) {
		int slash = this.symbol.indexOf('/');
		return kind + ((slash >= 0) ? this.symbol.substring(slash) : "/TU");
	}

	/**
	 * What the draft resolution on next year takes (DESIGN.md 9.2).
	 *
	 * @param number its number, empty to leave blanks for the office
	 * @param goal the paragraphs of "Mục tiêu", none when not given (a missing setting)
	 * @param forecast the paragraphs of the preamble's forecast for next year, none to
	 * leave it for the office
	 * @param implementation the paragraphs of "Tổ chức thực hiện", none when not given (a
	 * missing setting)
	 * @param signerMandate e.g. {@code T/M TỈNH ỦY}
	 */
	public record Resolution(String number, List<String> goal, List<String> forecast, List<String> implementation,
			String signerMandate) {

		/**
		 * The settings of the resolution's parts that the file does not give: its goal
		 * and its implementation, which every resolution has (DESIGN.md 9.2).
		 * @return the keys, in the order of the parts
		 */
		public List<String> missing() {
			List<String> missing = new ArrayList<>();
			if (this.goal.isEmpty()) {
				missing.add("resolution.goal");
			}
			if (this.implementation.isEmpty()) {
				missing.add("resolution.implementation");
			}
			return List.copyOf(missing);
		}

	}

	/**
	 * The five-year term whose targets the review follows (DESIGN.md 9.3).
	 *
	 * @param first its first year
	 * @param last its last year
	 * @param name how the documents name its resolution, e.g. {@code Nghị quyết Đại hội
	 * nhiệm kỳ 2020 – 2025}
	 */
	public record Term(int first, int last, String name) {

		/** The longest term followed: a yearly column each in a landscape table. */
		public static final int MAX_YEARS = 5;

		/** A term's years as written, e.g. {@code 2021-2025} or {@code 2020 – 2025}. */
		static final java.util.regex.Pattern YEARS = java.util.regex.Pattern.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");

		/**
		 * Whether a year falls within the term.
		 * @param year the year
		 * @return {@code true} when it does
		 */
		public boolean contains(int year) {
			return year >= this.first && year <= this.last;
		}

		/**
		 * Reads the term setting.
		 * @param text the setting, e.g. {@code 2021-2025}; empty when none
		 * @param name the setting {@code term.name}, empty for the default name
		 * @param where the file and line of the setting, for the message of a bad one
		 * @param messages the words of the message
		 * @return the term, {@code null} when none is set
		 */
		static Term parse(String text, String name, String where, Messages messages) {
			if (text.isEmpty()) {
				return null;
			}
			java.util.regex.Matcher matcher = YEARS.matcher(text);
			if (!matcher.matches()) {
				throw new SettingsException(messages.get("settings.badTerm", where, Text.visible(text), MAX_YEARS));
			}
			int first = Integer.parseInt(matcher.group(1));
			int last = Integer.parseInt(matcher.group(2));
			if (last <= first || last - first + 1 > MAX_YEARS) {
				throw new SettingsException(messages.get("settings.badTerm", where, Text.visible(text), MAX_YEARS));
			}
			return new Term(first, last, name.isEmpty()
					? messages.get("term.defaultName", String.valueOf(first), String.valueOf(last)) : name);
		}

	}

	/**
	 * The draft mark of the committee's documents: "Dự thảo lần N" when the planner set a
	 * draft number, "Dự thảo" while a setting the documents need is missing.
	 * @param messages the words of the documents' language
	 * @return the mark, {@code null} for a final document
	 */
	public String draftMark(Messages messages) {
		if (!this.draft.isEmpty()) {
			return messages.get("review.draft", this.draft);
		}
		return this.missing.isEmpty() ? null : messages.get("review.draft.unnumbered");
	}

	/**
	 * The raw settings of an input folder, checked for unknown keys.
	 * @param inputFolder the drop folder
	 * @param messages for error messages
	 * @return the properties, empty when the file is absent
	 * @throws SettingsException when the file cannot be used
	 */
	public static Properties properties(Path inputFolder, Messages messages) {
		return properties(SourceFolder.of(inputFolder), messages);
	}

	/**
	 * The raw settings of an input folder, read from where the run reads them.
	 * @param inputFolder the drop folder, read from the run's copy
	 * @param messages for error messages
	 * @return the properties, empty when the file is absent
	 * @throws SettingsException when the file cannot be used
	 */
	public static Properties properties(SourceFolder inputFolder, Messages messages) {
		return SettingsFile.read(inputFolder.file(FILE), inputFolder.shown(FILE), messages).properties();
	}

	/**
	 * Where a setting is written, for a message about it.
	 * @param inputFolder the drop folder, read from the run's copy
	 * @param key the key
	 * @param messages the words of the message
	 * @return the settings file and the line of the key, or the file alone when the key
	 * is not in it
	 * @throws SettingsException when the file cannot be used
	 */
	public static String where(SourceFolder inputFolder, String key, Messages messages) {
		return SettingsFile.read(inputFolder.file(FILE), inputFolder.shown(FILE), messages).where(key, messages);
	}

	/** The settings file cannot be used. */
	public static class SettingsException extends RuntimeException {

		public SettingsException(String message) {
			super(message);
		}

	}

}
