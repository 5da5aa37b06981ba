package vn.yearendreview.distribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.GregorianCalendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The office's digital signature on a PDF, in the PAdES baseline form: a detached CAdES
 * signature ({@code ETSI.CAdES.detached}) that names its certificate in a signed
 * signing-certificate-v2 attribute and leaves the signing time to the PDF's signature
 * dictionary.
 *
 * @param key the private key
 * @param chain its certificate chain, the signer's certificate first
 * @param reason the reason shown by PDF readers
 * @param location the place shown by PDF readers
 */
record OfficeSigner(PrivateKey key, Certificate[] chain, String reason, String location) {

	/**
	 * The same key with another reason and location.
	 * @param reason the reason
	 * @param location the place
	 * @return a new signer
	 */
	OfficeSigner describedAs(String reason, String location) {
		return new OfficeSigner(this.key, this.chain, reason, location);
	}

	/**
	 * The signer's certificate.
	 * @return the first certificate of the chain
	 */
	public X509Certificate certificate() {
		return (X509Certificate) this.chain[0];
	}

	/**
	 * What identifies this signature's settings: certificate, reason and place.
	 * @return a text for the run's fingerprint
	 */
	String describe() {
		return certificate().getSubjectX500Principal().getName() + "|" + certificate().getSerialNumber() + "|"
				+ this.reason + "|" + this.location;
	}

	/**
	 * Signs a PDF, adding the signature as an incremental update so the signed bytes stay
	 * as they are.
	 * @param pdf the document file, encrypted or not
	 * @param ownerPassword its owner password, {@code null} when not encrypted
	 * @param signedAt the signing time
	 * @param out the file the signed document is written to
	 * @throws IOException when the document cannot be read or signed
	 */
	public void sign(Path pdf, String ownerPassword, ZonedDateTime signedAt, Path out) throws IOException {
		Cades cades = new Cades();
		int[] byteRange;
		try (PDDocument document = Loader.loadPDF(pdf.toFile(), (ownerPassword != null) ? ownerPassword : "", null,
				null, IOUtils.createTempFileOnlyStreamCache());
				SignatureOptions options = new SignatureOptions();
				OutputStream target = Files.newOutputStream(out)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(commonName());
			signature.setReason(this.reason);
			signature.setLocation(this.location);
			signature.setSignDate(GregorianCalendar.from(signedAt));
			options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE + signatureRoom());
			document.addSignature(signature, cades, options);
			document.saveIncremental(target);
			byteRange = signature.getByteRange();
		}
		zeroPadding(out, byteRange, cades.length);
	}

	/**
	 * Writes zeros over the reserved space after the signature in {@code /Contents}. In
	 * an encrypted document the reserved space is written encrypted, which readers take
	 * for part of the signature; it lies outside the signed bytes, so the signature stays
	 * valid.
	 */
	private static void zeroPadding(Path file, int[] byteRange, int signatureLength) throws IOException {
		long from = byteRange[1] + 1L + 2L * signatureLength;
		long to = byteRange[2] - 1L;
		if (signatureLength <= 0 || from >= to) {
			return;
		}
		byte[] zeros = new byte[(int) (to - from)];
		Arrays.fill(zeros, (byte) '0');
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.write(ByteBuffer.wrap(zeros), from);
		}
	}

	/** Room for the certificates, which the signature carries. */
	private int signatureRoom() {
		int room = 0;
		for (Certificate certificate : this.chain) {
			try {
				room += certificate.getEncoded().length;
			}
			catch (GeneralSecurityException ex) {
				room += 4096;
			}
		}
		return room;
	}

	private String commonName() {
		X500Name subject = X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded());
		RDN[] names = subject.getRDNs(BCStyle.CN);
		return (names.length > 0) ? IETFUtils.valueToString(names[0].getFirst().getValue()) : subject.toString();
	}

	/** Builds the CMS signature over the bytes PDFBox hands it. */
	private final class Cades implements SignatureInterface {

		private int length;

		@Override
		public byte[] sign(InputStream content) throws IOException {
			try {
				X509Certificate certificate = certificate();
				X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
				ESSCertIDv2 id = new ESSCertIDv2(hash, new IssuerSerial(
						new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
				ASN1EncodableVector attributes = new ASN1EncodableVector();
				attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
						new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id }))));
				DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(
						new AttributeTable(attributes));
				CMSAttributeTableGenerator withoutSigningTime = (parameters) -> standard.getAttributes(parameters)
					.remove(CMSAttributes.signingTime);
				String algorithm = "EC".equals(OfficeSigner.this.key.getAlgorithm()) ? "SHA256withECDSA"
						: "SHA256withRSA";
				SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(
						new JcaDigestCalculatorProviderBuilder().build())
					.setSignedAttributeGenerator(withoutSigningTime)
					.build(new JcaContentSignerBuilder(algorithm).build(OfficeSigner.this.key), certificate);
				CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
				generator.addSignerInfoGenerator(signerInfo);
				generator.addCertificates(new JcaCertStore(Arrays.asList(OfficeSigner.this.chain)));
				CMSSignedData signed = generator.generate(new StreamedContent(content), false);
				byte[] encoded = signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
				this.length = encoded.length;
				return encoded;
			}
			catch (GeneralSecurityException | OperatorCreationException | CMSException ex) {
				throw new IOException("cannot sign: " + ex.getMessage(), ex);
			}
		}

	}

	/** The signed bytes as PDFBox hands them, read once while they are digested. */
	private record StreamedContent(InputStream content) implements CMSTypedData {

		@Override
		public ASN1ObjectIdentifier getContentType() {
			return CMSObjectIdentifiers.data;
		}

		@Override
		public Object getContent() {
			return this.content;
		}

		@Override
		public void write(OutputStream out) throws IOException {
			this.content.transferTo(out);
		}

	}

	/** The key is not shown. */
	@Override
	public String toString() {
		return "OfficeSigner[" + certificate().getSubjectX500Principal().getName() + "]";
	}

}
