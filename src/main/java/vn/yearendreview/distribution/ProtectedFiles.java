package vn.yearendreview.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Writes a finished PDF where it is published, protected as the settings ask: encrypted
 * with the owner password (printing allowed, changes and copying not), then signed, with
 * PDFBox. The file appears under its name only when complete.
 */
final class ProtectedFiles {

	private final Protection protection;

	ProtectedFiles(Protection protection) {
		this.protection = protection;
	}

	/**
	 * Writes a document protected as the settings ask: encrypted with the owner password,
	 * then signed.
	 * @param source the document
	 * @param target where the protected document goes (the source itself is left)
	 * @param signedAt the signing time
	 * @throws IOException when it cannot be read or written
	 */
	void write(Path source, Path target, ZonedDateTime signedAt) throws IOException {
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		if (this.protection.encrypts()) {
			Path encrypted = this.protection.signs() ? target.resolveSibling(target.getFileName() + ".encrypted")
					: partial;
			try (PDDocument document = Loader.loadPDF(source.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
				AccessPermission permissions = new AccessPermission();
				permissions.setCanModify(false);
				permissions.setCanExtractContent(false);
				permissions.setCanModifyAnnotations(false);
				permissions.setCanFillInForm(false);
				permissions.setCanAssembleDocument(false);
				permissions.setCanPrint(true);
				permissions.setCanPrintFaithful(true);
				permissions.setCanExtractForAccessibility(true);
				StandardProtectionPolicy policy = new StandardProtectionPolicy(this.protection.ownerPassword(), "",
						permissions);
				policy.setEncryptionKeyLength(256);
				document.protect(policy);
				document.save(encrypted.toFile());
			}
			if (this.protection.signs()) {
				sign(encrypted, partial, signedAt);
				Files.delete(encrypted);
			}
		}
		else if (this.protection.signs()) {
			sign(source, partial, signedAt);
		}
		else {
			Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private void sign(Path source, Path target, ZonedDateTime signedAt) throws IOException {
		this.protection.signer().sign(source, this.protection.ownerPassword(), signedAt, target);
	}

}
