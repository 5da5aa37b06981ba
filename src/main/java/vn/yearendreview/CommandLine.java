package vn.yearendreview;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import vn.yearendreview.model.Messages;

/**
 * The options of the command, turned into the {@code yearend.*} properties of a run.
 * Spring settings may be passed through as {@code --spring.*=...} (for example another
 * database).
 *
 * @param language the language asked for, {@code vi} or {@code en}
 * @param help whether the usage was asked for
 * @param verify the file to verify against the published sets, {@code null} for a run
 * @param templates whether the departments' templates were asked for instead of a run
 * @param sample whether the sample set shipped with the program was asked for instead of
 * the input folder
 * @param properties the properties of the run
 */
record CommandLine(String language, boolean help, String verify, boolean templates, boolean sample,
		Map<String, String> properties) {

	private static final Set<String> LANGUAGES = Set.of("vi", "en");

	/**
	 * Options that take a value, which may follow as the next argument, as many tools
	 * accept ({@code --year 2023}), or after {@code =} ({@code --year=2023}).
	 */
	private static final Set<String> VALUE_OPTIONS = Set.of("--input", "--output", "--year", "--lang", "--verify");

	/** An example value of each option that takes one, for messages. */
	private static final Map<String, String> EXAMPLES = Map.of("--input", "input", "--output", "output", "--year",
			"2023", "--lang", "en", "--verify", "output/2023/bao-cao-tong-hop-2023.pdf");

	/**
	 * Reads the arguments.
	 * @param args the command-line arguments
	 * @return the parsed command line
	 * @throws UsageException naming the first argument that is not understood
	 */
	static CommandLine parse(String[] args) throws UsageException {
		String language = languageOf(args);
		Messages messages = Messages.of(language);
		Map<String, String> properties = new LinkedHashMap<>();
		boolean help = false;
		String verify = null;
		boolean templates = false;
		boolean sample = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg;
			String value = null;
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				name = arg.substring(0, equals);
				value = arg.substring(equals + 1);
			}
			else if (VALUE_OPTIONS.contains(arg) && i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			switch (name) {
				case "--help", "-h", "-?" -> help = true;
				case "--input" -> properties.put("yearend.input", required(messages, name, value));
				case "--output" -> properties.put("yearend.output", required(messages, name, value));
				case "--year" -> properties.put("yearend.year", year(messages, value));
				case "--lang" -> properties.put("yearend.lang", language);
				case "--validate-only" -> properties.put("yearend.validate-only", flag(messages, name, value));
				case "--strict" -> properties.put("yearend.strict", flag(messages, name, value));
				case "--verify" -> verify = required(messages, name, value);
				case "--templates" -> templates = Boolean.parseBoolean(flag(messages, name, value));
				case "--sample" -> sample = Boolean.parseBoolean(flag(messages, name, value));
				default -> {
					if ((name.startsWith("--spring.") || name.startsWith("--yearend.") || name.startsWith("--logging."))
							&& value != null) {
						properties.put(name.substring(2), value);
					}
					else {
						throw new UsageException(messages.get("usage.unknownOption", arg));
					}
				}
			}
		}
		properties.putIfAbsent("yearend.lang", language);
		if (templates && !help) {
			if (verify != null || "true".equals(properties.get("yearend.validate-only"))) {
				throw new UsageException(messages.get("usage.templatesAlone"));
			}
			if (!properties.containsKey("yearend.year")) {
				throw new UsageException(messages.get("usage.templatesYear"));
			}
			year(messages, properties.get("yearend.year"));
		}
		if (sample && !help && (templates || verify != null || properties.containsKey("yearend.input"))) {
			throw new UsageException(messages.get("usage.sampleAlone"));
		}
		return new CommandLine(language, help, verify, templates, sample, properties);
	}

	private static String languageOf(String[] args) throws UsageException {
		String language = "vi";
		for (int i = 0; i < args.length; i++) {
			String value = null;
			if (args[i].startsWith("--lang=")) {
				value = args[i].substring("--lang=".length());
			}
			else if (args[i].equals("--lang") && i + 1 < args.length) {
				value = args[i + 1];
			}
			if (value != null) {
				if (!LANGUAGES.contains(value)) {
					throw new UsageException(Messages.of("vi").get("usage.badLanguage", value));
				}
				language = value;
			}
		}
		return language;
	}

	private static String required(Messages messages, String name, String value) throws UsageException {
		if (value == null || value.isBlank()) {
			throw new UsageException(messages.get("usage.missingValue", name, name + "=" + EXAMPLES.get(name)));
		}
		return value;
	}

	private static String year(Messages messages, String value) throws UsageException {
		if (!required(messages, "--year", value).matches("\\d{4}")) {
			throw new UsageException(messages.get("usage.badYear", value));
		}
		return value;
	}

	private static String flag(Messages messages, String name, String value) throws UsageException {
		if (value == null) {
			return "true";
		}
		if (value.equals("true") || value.equals("false")) {
			return value;
		}
		throw new UsageException(messages.get("usage.badFlag", name, value));
	}

}
