package vn.yearendreview;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
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
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import vn.yearendreview.submission.Text;

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
 */
public record ReportSettings(String issuer, String parent, String party, String number, String symbol, String place,
		LocalDate date, String reportingBody, String area, String signerMandate, String signerTitle, String signerName,
		String draft, String scope, String confidentiality, String urgency, String archive, String intro,
		List<String> directions, BigDecimal nearlyAchievedPercent) {

	/** The settings file, relative to the input folder. */
	public static final String FILE = "catalog/report.properties";

	private static final Map<String, String> DEFAULTS = defaults();

	/**
	 * Reads the settings of an input folder; defaults where the file or a key is absent.
	 * @param inputFolder the drop folder
	 * @param today the date used when none is set
	 * @param messages for error messages
	 * @return the settings
	 * @throws SettingsException when the file cannot be used
	 */
	public static ReportSettings load(Path inputFolder, LocalDate today, Messages messages) {
		Path file = inputFolder.resolve(FILE);
		Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
		if (Files.isRegularFile(file)) {
			Properties properties = new Properties();
			try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file),
					StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
				properties.load(reader);
			}
			catch (CharacterCodingException ex) {
				throw new SettingsException(messages.get("settings.notUtf8", file));
			}
			catch (IOException | IllegalArgumentException ex) {
				throw new SettingsException(messages.get("settings.unreadable", file, ex.getMessage()));
			}
			Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
			unknown.removeAll(DEFAULTS.keySet());
			if (!unknown.isEmpty()) {
				throw new SettingsException(messages.get("settings.unknownKeys", file, String.join(", ", unknown),
						String.join(", ", DEFAULTS.keySet())));
			}
			for (String key : properties.stringPropertyNames()) {
				values.put(key, Text.nfc(Text.trim(properties.getProperty(key))));
			}
		}
		LocalDate date = today;
		if (!values.get("date").isEmpty()) {
			try {
				date = LocalDate.parse(values.get("date"));
			}
			catch (DateTimeParseException ex) {
				throw new SettingsException(messages.get("settings.badDate", file, values.get("date")));
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
				throw new SettingsException(messages.get("settings.badThreshold", file, threshold));
			}
		}
		String draft = values.get("draft");
		if (!draft.isEmpty() && !draft.matches("\\d{1,2}")) {
			throw new SettingsException(messages.get("settings.badDraft", file, draft));
		}
		List<String> directions = new ArrayList<>();
		for (String paragraph : values.get("directions").split("\\\\n|\\n")) {
			if (!paragraph.isBlank()) {
				directions.add(paragraph.strip());
			}
		}
		return new ReportSettings(values.get("issuer"), values.get("parent"), values.get("party"), values.get("number"),
				values.get("symbol"), values.get("place"), date, values.get("reporting_body"), values.get("area"),
				values.get("signer.mandate"), values.get("signer.title"), values.get("signer.name"), draft,
				values.get("scope"), values.get("confidentiality"), values.get("urgency"), values.get("archive"),
				values.get("intro"), List.copyOf(directions), nearly);
	}

	private static Map<String, String> defaults() {
		Map<String, String> d = new LinkedHashMap<>();
		d.put("issuer", "TỈNH ỦY");
		d.put("parent", "");
		d.put("party", "ĐẢNG CỘNG SẢN VIỆT NAM");
		d.put("number", "");
		d.put("symbol", "BC/TU");
		d.put("place", "");
		d.put("date", "");
		d.put("reporting_body", "Ban Thường vụ Tỉnh ủy");
		d.put("area", "toàn tỉnh");
		d.put("signer.mandate", "T/M BAN THƯỜNG VỤ");
		d.put("signer.title", "BÍ THƯ");
		d.put("signer.name", "");
		d.put("draft", "");
		d.put("scope", "");
		d.put("confidentiality", "");
		d.put("urgency", "");
		d.put("archive", "Lưu Văn phòng Tỉnh ủy.");
		d.put("intro", "");
		d.put("directions", "");
		d.put("nearly_achieved_percent", "");
		return d;
	}

	/** The settings file cannot be used. */
	public static class SettingsException extends RuntimeException {

		public SettingsException(String message) {
			super(message);
		}

	}

}
