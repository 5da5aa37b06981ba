package vn.yearendreview.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A PKCS#12 key store made for a test: an RSA key and a self-signed certificate of a
 * made-up office. Nothing of it is kept in the repository.
 */
public final class TestKeyStore {

	/** The common name of the test certificate. */
	public static final String COMMON_NAME = "Văn phòng Tỉnh ủy Ninh Thuận (thử nghiệm)";

	private TestKeyStore() {
	}

	/**
	 * Writes a key store valid from yesterday for a year.
	 * @param file where to write it
	 * @param password its password
	 * @return the certificate
	 */
	public static X509Certificate create(Path file, String password) {
		return create(file, password, Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(365)));
	}

	/**
	 * Writes a key store whose certificate is valid in a given period.
	 * @param file where to write it
	 * @param password its password
	 * @param notBefore start of validity
	 * @param notAfter end of validity
	 * @return the certificate
	 */
	public static X509Certificate create(Path file, String password, Instant notBefore, Instant notAfter) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			X500Name name = new X500Name("CN=" + COMMON_NAME + ", O=Tỉnh ủy Ninh Thuận, C=VN");
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
						Date.from(notBefore), Date.from(notAfter), name, pair.getPublic())
					.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("office", pair.getPrivate(), password.toCharArray(), new Certificate[] { certificate });
			try (OutputStream out = Files.newOutputStream(file)) {
				store.store(out, password.toCharArray());
			}
			return certificate;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
