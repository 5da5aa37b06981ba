package vn.yearendreview.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the digital signatures of a PDF independently of how they were made: the CMS
 * signature (read up to its end, without the zero padding of the reserved space) over the
 * signed byte ranges, verified with Bouncy Castle.
 */
public final class Signatures {

	private Signatures() {
	}

	/**
	 * The signatures of a PDF file as it is on disk.
	 * @param file the PDF
	 * @return one check per signature
	 */
	public static List<Check> check(Path file) {
		try {
			return check(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The signatures of a PDF's bytes.
	 * @param pdf the bytes
	 * @return one check per signature
	 */
	public static List<Check> check(byte[] pdf) {
		List<Check> checks = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDSignature signature : document.getSignatureDictionaries()) {
				int[] range = signature.getByteRange();
				byte[] content = signature.getSignedContent(pdf);
				ContentInfo info;
				try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
					info = ContentInfo.getInstance(in.readObject());
				}
				CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content), info);
				SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
				@SuppressWarnings("unchecked")
				X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
					.getMatches(signer.getSID())
					.iterator()
					.next();
				boolean valid;
				try {
					valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
				}
				catch (Exception ex) {
					valid = false;
				}
				checks.add(new Check(signature.getSubFilter(), valid,
						range[0] == 0 && (long) range[2] + range[3] == pdf.length,
						zeroPadded(pdf, range, info.getEncoded("DER").length),
						signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null,
						signer.getSignedAttributes().get(CMSAttributes.signingTime) != null,
						new JcaX509CertificateConverter().getCertificate(holder)));
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot read the signatures: " + ex.getMessage(), ex);
		}
		return checks;
	}

	/**
	 * Whether the bytes left out of the signed ranges are exactly the hex signature
	 * between angle brackets, the unused reserved space written as zeros.
	 */
	private static boolean zeroPadded(byte[] pdf, int[] range, int signatureLength) {
		int start = range[1];
		int end = range[2];
		if (pdf[start] != '<' || pdf[end - 1] != '>') {
			return false;
		}
		for (int i = start + 1 + 2 * signatureLength; i < end - 1; i++) {
			if (pdf[i] != '0') {
				return false;
			}
		}
		return true;
	}

	/**
	 * What was found of one signature.
	 *
	 * @param subFilter the signature's format, {@code ETSI.CAdES.detached} for PAdES
	 * @param valid whether the CMS signature verifies over the signed bytes
	 * @param coversWholeFile whether the signed ranges reach from the first byte to the
	 * last, leaving out only the signature itself
	 * @param reservedSpaceZeroed whether the space reserved for the signature and not
	 * used by it holds zeros
	 * @param namesItsCertificate whether a signed signing-certificate-v2 attribute names
	 * the signer's certificate (required by PAdES)
	 * @param hasSigningTimeAttribute whether the CMS carries a signing-time attribute
	 * (PAdES leaves it to the signature dictionary)
	 * @param certificate the signer's certificate
	 */
	public record Check(String subFilter, boolean valid, boolean coversWholeFile, boolean reservedSpaceZeroed,
			boolean namesItsCertificate, boolean hasSigningTimeAttribute, X509Certificate certificate) {

	}

}
