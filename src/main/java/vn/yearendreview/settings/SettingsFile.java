package vn.yearendreview.settings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Text;
import vn.yearendreview.settings.ReportSettings.SettingsException;

/**
 * The settings file as read: its settings and the line each key is written on. The file
 * is UTF-8, with or without a byte-order mark; each setting is read by {@link Properties}
 * itself, one at a time, so that a message can name its line; a key the file may not hold
 * is refused.
 *
 * @param file the file as the planner knows it
 * @param properties the settings
 * @param lines the line of each key, its last if it is written twice, as the value is
 */
record SettingsFile(Path file, Properties properties, Map<String, Integer> lines) {

	/**
	 * Keys whose values are passwords: known only to be refused with a pointer to the
	 * environment variable that takes them.
	 */
	private static final List<String> REFUSED_KEYS = List.of("protect.owner_password", "sign.password");

	/** Keys whose text may be given per language, as {@code issuer.en}. */
	private static final List<String> TEXTS = List.of("issuer", "parent", "party", "place", "reporting_body", "area",
			"signer.mandate", "signer.title", "signer.name", "scope", "confidentiality", "urgency", "archive", "intro",
			"directions", "resolution.goal", "resolution.forecast", "resolution.implementation",
			"resolution.signer.mandate", "term.name");

	/**
	 * Where a setting is written, for a message about it.
	 * @param key the key
	 * @param messages the words of the message
	 * @return the file and the line of the key, or the file alone when the key is not in
	 * it
	 */
	String where(String key, Messages messages) {
		Integer line = this.lines.get(key);
		return (line != null) ? messages.get("catalog.whereLine", this.file, line) : this.file.toString();
	}

	/**
	 * Reads the settings from where the run reads them, naming the file as the planner
	 * knows it.
	 * @param read the file to read
	 * @param file the file as the planner knows it
	 * @param messages for error messages
	 * @return the settings, none when the file is absent
	 * @throws SettingsException when the file cannot be used
	 */
	static SettingsFile read(Path read, Path file, Messages messages) {
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
		// is written on is known.
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
		Set<String> allowed = new TreeSet<>(ReportSettings.KEYS);
		allowed.addAll(ReportSettings.DISTRIBUTION_KEYS);
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
					String.join(", ", ReportSettings.KEYS) + ", "
							+ String.join(", ", ReportSettings.DISTRIBUTION_KEYS)));
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

}
