package vn.yearendreview.settings;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.SourceFolder;
import vn.yearendreview.model.Text;

/**
 * What the planner writes once for the documents, in
 * {@code input/catalog/report.properties} (UTF-8, Vietnamese typed as is): the issuing
 * body, number, place and date, signer, marks, and optional texts and thresholds. Every
 * key is optional; an unknown key is refused so a misspelt one is not silently ignored.
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
	private static final List<String> KEYS = List.of("issuer", "parent", "party", "number", "symbol", "place", "date",
			"reporting_body", "area", "signer.mandate", "signer.title", "signer.name", "draft", "scope",
			"confidentiality", "urgency", "archive", "intro", "directions", "nearly_achieved_percent",
			"resolution.number", "resolution.goal", "resolution.forecast", "resolution.implementation",
			"resolution.signer.mandate", "term", "term.name", "plan_year", "deadline", "keep_sets");

	/**
	 * Keys for handing out copies (the office's signing key), read by the distribution,
	 * not by the documents. The password keys are known only to be refused with a pointer
	 * to the environment variable that takes them.
	 */
	public static final List<String> DISTRIBUTION_KEYS = List.of("sign.keystore", "sign.alias", "sign.reason",
			"sign.location");

	private static final List<String> REFUSED_KEYS = List.of("protect.owner_password", "sign.password");

	/** Keys whose text may be given per language, as {@code issuer.en}. */
	private static final List<String> TEXTS = List.of("issuer", "parent", "party", "place", "reporting_body", "area",
			"signer.mandate", "signer.title", "signer.name", "scope", "confidentiality", "urgency", "archive", "intro",
			"directions", "resolution.goal", "resolution.forecast", "resolution.implementation",
			"resolution.signer.mandate", "term.name");

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
		SettingsFile source = read(inputFolder.file(FILE), file, messages);
		Properties properties = source.properties();
		String language = messages.locale().getLanguage();
		boolean base = language.equals("vi");
		Map<String, String> values = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String key : NEEDED) {
			String given = properties.getProperty(key + "." + language, properties.getProperty(key));
			if (given == null || (!key.equals("number") && Text.isBlank(given))) {
				missing.add(key);
			}
		}
		for (String key : KEYS) {
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
	 * The party committees an issuer's Vietnamese name can start with, without accents.
	 */
	private static final java.util.regex.Pattern COMMITTEE = java.util.regex.Pattern
		.compile("(tinh|thanh|huyen|quan|thi) uy (.+)");

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
			// which
			// may differ from the term's first year of figures (term=2021-2025)
			java.util.regex.Matcher years = Term.YEARS.matcher(Text.nfc(termName));
			if (years.find()) {
				values.put("term.name", messages.get("term.defaultName.years", years.group()));
			}
		}
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

		private static final java.util.regex.Pattern YEARS = java.util.regex.Pattern
			.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");

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
		return read(inputFolder.file(FILE), inputFolder.shown(FILE), messages).properties();
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
		return read(inputFolder.file(FILE), inputFolder.shown(FILE), messages).where(key, messages);
	}

	/**
	 * The settings file as read: its settings and the line each key is written on.
	 *
	 * @param file the file as the planner knows it
	 * @param properties the settings
	 * @param lines the line of each key, its last if it is written twice, as the value is
	 */
	private record SettingsFile(Path file, Properties properties, Map<String, Integer> lines) {

		String where(String key, Messages messages) {
			Integer line = this.lines.get(key);
			return (line != null) ? messages.get("catalog.whereLine", this.file, line) : this.file.toString();
		}

	}

	/**
	 * Reads the settings from where the run reads them, naming the file as the planner
	 * knows it.
	 */
	private static SettingsFile read(Path read, Path file, Messages messages) {
		if (!Files.isRegularFile(read)) {
			return new SettingsFile(file, new Properties(), Map.of());
		}
		String text;
		try {
			byte[] bytes = Files.readAllBytes(read);
			// Saved by Windows Notepad, the file may start with a byte-order mark: it is
			// not part of the first key.
			int start = (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
					&& bytes[2] == (byte) 0xBF) ? 3 : 0;
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new SettingsException(messages.get("settings.notUtf8", file));
		}
		catch (IOException ex) {
			throw new SettingsException(messages.get("settings.unreadable", file, ex.getMessage()));
		}
		// NULs between the letters: saved as "Unicode" (UTF-16) without its mark
		if (text.indexOf('\0') >= 0) {
			throw new SettingsException(messages.get("settings.notUtf8", file));
		}
		Properties properties = new Properties();
		Map<String, Integer> lines = new LinkedHashMap<>();
		// Each setting is read by Properties itself, one at a time, so that the line it
		// is
		// written on is known.
		StringBuilder setting = null;
		int first = 0;
		int number = 0;
		for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
			number++;
			if (setting == null) {
				String content = line.replaceFirst("^[ \t\f]+", "");
				if (content.isEmpty() || content.startsWith("#") || content.startsWith("!")) {
					continue;
				}
				setting = new StringBuilder();
				first = number;
			}
			setting.append(line).append('\n');
			if (!continues(line)) {
				load(setting, file, first, properties, lines, messages);
				setting = null;
			}
		}
		if (setting != null) {
			load(setting, file, first, properties, lines, messages);
		}
		Set<String> allowed = new TreeSet<>(KEYS);
		allowed.addAll(DISTRIBUTION_KEYS);
		allowed.addAll(REFUSED_KEYS);
		for (String key : TEXTS) {
			allowed.add(key + ".vi");
			allowed.add(key + ".en");
		}
		Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
		unknown.removeAll(allowed);
		if (!unknown.isEmpty()) {
			throw new SettingsException(messages.get("settings.unknownKeys", file,
					String.join(", ",
							unknown.stream()
								.map((key) -> messages.get("settings.keyOnLine", Text.visible(key), lines.get(key)))
								.toList()),
					String.join(", ", KEYS) + ", " + String.join(", ", DISTRIBUTION_KEYS)));
		}
		return new SettingsFile(file, properties, lines);
	}

	/** Whether a line goes on on the next: it ends with an odd number of backslashes. */
	private static boolean continues(String line) {
		int backslashes = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

	/** Reads one setting, its continued lines included, written from a given line on. */
	private static void load(StringBuilder setting, Path file, int line, Properties properties,
			Map<String, Integer> lines, Messages messages) {
		Properties one = new Properties();
		try {
			one.load(new StringReader(setting.toString()));
		}
		catch (IOException ex) {
			throw new SettingsException(messages.get("settings.unreadable", file, ex.getMessage()));
		}
		catch (IllegalArgumentException ex) {
			// a backslash and u not followed by four hexadecimal digits
			throw new SettingsException(
					messages.get("settings.badEscape", messages.get("catalog.whereLine", file, line)));
		}
		for (String key : one.stringPropertyNames()) {
			properties.setProperty(key, one.getProperty(key));
			lines.put(key, line);
		}
	}

	/** The settings file cannot be used. */
	public static class SettingsException extends RuntimeException {

		public SettingsException(String message) {
			super(message);
		}

	}

}
