package vn.yearendreview.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the program in one language: labels of the documents, messages of the data
 * check, lines printed while running. They live in
 * {@code reports/i18n/messages*.properties} (Vietnamese in the base file, English in
 * {@code _en}), UTF-8, editable without rebuilding.
 */
public final class Messages {

	/**
	 * Base name of the bundle on the class path (the file is
	 * {@code reports/i18n/messages.properties}).
	 */
	public static final String BUNDLE = "reports/i18n/messages";

	private final ResourceBundle bundle;

	private final Locale locale;

	public Messages(ResourceBundle bundle, Locale locale) {
		this.bundle = bundle;
		this.locale = locale;
	}

	/**
	 * Loads the bundle of a language with no fallback to the machine's default language.
	 * @param locale the language
	 * @param loader where the bundle lives
	 * @return the messages
	 */
	public static Messages load(Locale locale, ClassLoader loader) {
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, loader,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new Messages(bundle, locale);
	}

	/**
	 * The Vietnamese or English words bundled with the program.
	 * @param language {@code vi} or {@code en}
	 * @return the messages
	 */
	public static Messages of(String language) {
		return load(Locale.forLanguageTag(language), Messages.class.getClassLoader());
	}

	public ResourceBundle bundle() {
		return this.bundle;
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * A message with its placeholders filled. Arguments are used as given: format numbers
	 * and dates before.
	 * @param key the key in the bundle
	 * @param args the values of {@code {0}}, {@code {1}}...
	 * @return the text
	 */
	public String get(String key, Object... args) {
		String pattern;
		try {
			pattern = this.bundle.getString(key);
		}
		catch (MissingResourceException ex) {
			throw new IllegalStateException("no text for '" + key + "' in " + BUNDLE + " (" + this.locale + ")", ex);
		}
		if (args.length == 0) {
			return pattern;
		}
		// Arguments are printed as given (a year is not "2,023"), except the numbers of a
		// pattern that formats them itself: words chosen by number ("1 row", "2 rows") or
		// digits grouped the edition's way.
		boolean plurals = pattern.contains(",choice,") || pattern.contains(",number");
		Object[] texts = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			texts[i] = (plurals && args[i] instanceof Number) ? args[i]
					: (args[i] != null) ? String.valueOf(args[i]) : "";
		}
		return new MessageFormat(pattern, this.locale).format(texts);
	}

	/**
	 * Whether the bundle has a text for a key.
	 * @param key the key
	 * @return {@code true} when it does
	 */
	public boolean has(String key) {
		return this.bundle.containsKey(key);
	}

}
