package vn.yearendreview.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import vn.yearendreview.model.Digests;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.SourceFolder;
import vn.yearendreview.model.Text;
import vn.yearendreview.settings.ReportSettings.SettingsException;
import vn.yearendreview.settings.ReportSettings;

/**
 * How issued copies are protected, both optional: an owner password (readers may open and
 * print, not edit or copy text) and the office's digital signature from a PKCS#12 key
 * store. Each value comes from {@code catalog/report.properties} or, when the file leaves
 * it out, from the environment ({@code YEAREND_OWNER_PASSWORD},
 * {@code YEAREND_SIGN_KEYSTORE}, {@code YEAREND_SIGN_PASSWORD}), so passwords need not be
 * written in the input folder.
 *
 * @param ownerPassword the owner password, {@code null} for no encryption
 * @param signer the office's signing key, {@code null} for no signature
 * @param identity a digest of the protection for the run's fingerprint; it does not
 * reveal the passwords
 */
public record Protection(String ownerPassword, OfficeSigner signer, String identity) {

	/** Environment variable for the owner password. */
	public static final String OWNER_PASSWORD_ENV = "YEAREND_OWNER_PASSWORD";

	/** Environment variable for the key store path. */
	public static final String KEYSTORE_ENV = "YEAREND_SIGN_KEYSTORE";

	/** Environment variable for the key store password. */
	public static final String KEYSTORE_PASSWORD_ENV = "YEAREND_SIGN_PASSWORD";

	private static final Protection NONE = new Protection(null, null, "none");

	/** Password keys refused in the settings file, with the variable to use instead. */
	private static final Map<String, String> PASSWORD_KEYS = Map.of("protect.owner_password", OWNER_PASSWORD_ENV,
			"sign.password", KEYSTORE_PASSWORD_ENV);

	/**
	 * Whether the copies are encrypted.
	 * @return true with an owner password
	 */
	public boolean encrypts() {
		return this.ownerPassword != null;
	}

	/**
	 * Whether the copies are signed.
	 * @return true with a signing key
	 */
	public boolean signs() {
		return this.signer != null;
	}

	/**
	 * Reads the protection of an input folder and opens the key store, so a wrong path or
	 * password stops the run before any work.
	 * @param inputFolder the drop folder
	 * @param messages for error messages and the default reason
	 * @param environment the process environment
	 * @param defaultLocation where the signature is made when not set, e.g. the place
	 * @return the protection, none when nothing is set
	 * @throws SettingsException when a value cannot be used
	 */
	public static Protection load(Path inputFolder, Messages messages, Map<String, String> environment,
			String defaultLocation) {
		return load(SourceFolder.of(inputFolder), messages, environment, defaultLocation);
	}

	/**
	 * Reads the protection of an input folder from where the run reads it, as
	 * {@link #load(Path, Messages, Map, String)} does.
	 * @param inputFolder the drop folder, read from the run's copy
	 * @param messages for error messages and the default reason
	 * @param environment the process environment
	 * @param defaultLocation where the signature is made when not set, e.g. the place
	 * @return the protection, none when nothing is set
	 * @throws SettingsException when a value cannot be used
	 */
	public static Protection load(SourceFolder inputFolder, Messages messages, Map<String, String> environment,
			String defaultLocation) {
		Properties properties = ReportSettings.properties(inputFolder, messages);
		for (String key : PASSWORD_KEYS.keySet()) {
			if (properties.containsKey(key)) {
				throw new SettingsException(messages.get("protection.passwordInSettings",
						ReportSettings.where(inputFolder, key, messages), key, PASSWORD_KEYS.get(key)));
			}
		}
		String ownerPassword = secret(environment, OWNER_PASSWORD_ENV);
		String keystore = value(properties, "sign.keystore", environment, KEYSTORE_ENV);
		String keystorePassword = secret(environment, KEYSTORE_PASSWORD_ENV);
		if (ownerPassword == null && keystore == null) {
			return NONE;
		}
		OfficeSigner signer = null;
		String keystoreDigest = "";
		if (keystore != null) {
			if (keystorePassword == null) {
				throw new ProtectionException(messages.get("protection.noKeystorePassword",
						properties.containsKey("sign.keystore")
								? ReportSettings.where(inputFolder, "sign.keystore", messages) : KEYSTORE_ENV,
						KEYSTORE_PASSWORD_ENV));
			}
			Path path = Path.of(keystore).toAbsolutePath();
			String alias = value(properties, "sign.alias", Map.of(), "");
			String reason = value(properties, "sign.reason", Map.of(), "");
			String location = value(properties, "sign.location", Map.of(), "");
			signer = open(path, keystorePassword.toCharArray(), alias, messages);
			signer = signer.describedAs(reason != null ? reason : messages.get("protection.defaultReason"),
					location != null ? location : defaultLocation);
			keystoreDigest = sha256(path, messages);
		}
		String identity = stretch("owner=" + (ownerPassword == null ? "" : ownerPassword) + "\nkeystore="
				+ keystoreDigest + "\nsigner=" + (signer == null ? "" : signer.describe()));
		return new Protection(ownerPassword, signer, identity);
	}

	/** No protection: copies are neither encrypted nor signed. */
	public static Protection none() {
		return NONE;
	}

	private static OfficeSigner open(Path path, char[] password, String alias, Messages messages) {
		if (!Files.isRegularFile(path)) {
			throw new ProtectionException(messages.get("protection.noKeystore", path));
		}
		KeyStore store;
		try (InputStream in = Files.newInputStream(path)) {
			store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new ProtectionException(messages.get("protection.badKeystore", path));
		}
		try {
			String name = alias;
			if (name == null) {
				for (String candidate : Collections.list(store.aliases())) {
					if (store.isKeyEntry(candidate)) {
						name = candidate;
						break;
					}
				}
			}
			if (name == null || !store.isKeyEntry(name)) {
				throw new ProtectionException(messages.get("protection.noKey", path, alias == null ? "" : alias));
			}
			PrivateKey key = (PrivateKey) store.getKey(name, password);
			Certificate[] chain = store.getCertificateChain(name);
			if (key == null || chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
				throw new ProtectionException(messages.get("protection.noKey", path, name));
			}
			if (!"RSA".equals(key.getAlgorithm()) && !"EC".equals(key.getAlgorithm())) {
				throw new ProtectionException(messages.get("protection.unsupportedKey", path, key.getAlgorithm()));
			}
			X509Certificate certificate = (X509Certificate) chain[0];
			try {
				certificate.checkValidity();
			}
			catch (CertificateExpiredException | CertificateNotYetValidException ex) {
				throw new ProtectionException(messages.get("protection.certificateNotValid", path,
						certificate.getNotBefore().toInstant().atZone(ZoneId.systemDefault()).toLocalDate(),
						certificate.getNotAfter().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()));
			}
			return new OfficeSigner(key, chain, "", "");
		}
		catch (GeneralSecurityException ex) {
			throw new ProtectionException(messages.get("protection.badKeystore", path));
		}
	}

	/**
	 * A password from the environment, exactly as given; {@code null} when unset or
	 * empty.
	 */
	private static String secret(Map<String, String> environment, String variable) {
		String value = environment.get(variable);
		return (value == null || value.isEmpty()) ? null : value;
	}

	private static String value(Properties properties, String key, Map<String, String> environment, String variable) {
		String value = properties.getProperty(key);
		if (value == null) {
			value = environment.get(variable);
		}
		return (value == null || Text.isBlank(value)) ? null : Text.nfc(value.strip());
	}

	private static String sha256(Path file, Messages messages) {
		try {
			return Digests.sha256(file);
		}
		catch (IOException ex) {
			throw new ProtectionException(messages.get("protection.badKeystore", file));
		}
	}

	/**
	 * A slow digest, so the fingerprint kept in the job repository cannot be turned back
	 * into a password by trying many.
	 */
	private static String stretch(String secret) {
		try {
			PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(),
					"yearend-review protection".getBytes(StandardCharsets.UTF_8), 120_000, 256);
			return HexFormat.of()
				.formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
		}
		catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Neither password nor key is shown. */
	@Override
	public String toString() {
		return "Protection[encrypts=" + encrypts() + ", signs=" + signs() + "]";
	}

	/**
	 * The copies cannot be protected or signed as asked: a key, its password or its
	 * certificate cannot be used. Not a fault of the settings file unless it names the
	 * key.
	 */
	public static class ProtectionException extends SettingsException {

		public ProtectionException(String message) {
			super(message);
		}

	}

}
