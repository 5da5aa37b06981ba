package vn.yearendreview.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.distribution.Protection;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.Signatures;
import vn.yearendreview.support.TestKeyStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Copies protected as the settings ask: encrypted with an owner password (read and print,
 * no editing, no copying of text) and signed by the office in the PAdES form, with a key
 * store made by the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ProtectedCopiesEndToEndTests {

	private static final String KEYSTORE_PASSWORD = " mat khau ky so ";

	private static final String OWNER_PASSWORD = "chỉ-văn-phòng-biết";

	private static final Map<String, String> PASSWORDS = Map.of(Protection.OWNER_PASSWORD_ENV, OWNER_PASSWORD,
			Protection.KEYSTORE_PASSWORD_ENV, KEYSTORE_PASSWORD);

	@TempDir
	static Path work;

	static Path year;

	static X509Certificate certificate;

	static List<Path> copies;

	@BeforeAll
	static void runOnce() throws IOException {
		Path input = ReviewCommand.copySample(work.resolve("input"));
		Path keystore = work.resolve("van-phong.p12");
		certificate = TestKeyStore.create(keystore, KEYSTORE_PASSWORD);
		settings(input, "sign.keystore=" + keystore);
		assertThat(ReviewCommand.runWith(PASSWORDS, "--input=" + input, "--output=" + work.resolve("out")).exitCode())
			.isZero();
		year = work.resolve("out/2023");
		try (Stream<Path> files = Files.walk(year.resolve("phat-hanh"))) {
			copies = files.filter(Files::isRegularFile).sorted().toList();
		}
		// six recipients, each with the review, the draft resolution and the work
		// programme,
		// and the print bundle
		assertThat(copies).hasSize(19);
	}

	@Test
	void copiesAreEncryptedAgainstEditingAndCopying() {
		for (Path copy : copies) {
			assertThat(Pdfs.protection(copy)).as(copy.getFileName().toString())
				.isEqualTo(new Pdfs.Protection(true, false, false, true, 256));
			assertThat(Pdfs.pages(copy)).allSatisfy((page) -> assertThat(page).contains("Bản số"));
		}
	}

	@Test
	void copiesCarryAValidPadesSignatureOfTheOffice() {
		for (Path copy : copies) {
			List<Signatures.Check> signatures = Signatures.check(copy);
			assertThat(signatures).as(copy.getFileName().toString()).hasSize(1);
			Signatures.Check signature = signatures.get(0);
			assertThat(signature.subFilter()).isEqualTo("ETSI.CAdES.detached");
			assertThat(signature.valid()).isTrue();
			assertThat(signature.coversWholeFile()).isTrue();
			assertThat(signature.reservedSpaceZeroed()).isTrue();
			assertThat(signature.namesItsCertificate()).isTrue();
			assertThat(signature.hasSigningTimeAttribute()).isFalse();
			assertThat(signature.certificate()).isEqualTo(certificate);
		}
	}

	@Test
	void aChangedByteBreaksTheSignature() throws IOException {
		byte[] pdf = Files.readAllBytes(year.resolve("phat-hanh/03-nguyen-duc-thanh/bao-cao-tong-hop-2023.pdf"));
		pdf[200] ^= 0x01;
		assertThat(Signatures.check(pdf)).singleElement().satisfies((check) -> assertThat(check.valid()).isFalse());
	}

	@Test
	void registerNamesTheProtection() {
		assertThat(Pdfs.words(year.resolve("so-phat-hanh-2023.pdf"))).contains("khóa bằng mật khẩu", "chữ ký số của",
				TestKeyStore.COMMON_NAME);
	}

	@Test
	void popplerAgrees() throws Exception {
		assumeTrue(onPath("pdfinfo") && onPath("pdfsig"), "poppler-utils not installed");
		Path copy = year.resolve("phat-hanh/03-nguyen-duc-thanh/bao-cao-tong-hop-2023.pdf");
		assertThat(run("pdfinfo", copy.toString())).contains("Encrypted:", "yes (print:yes copy:no change:no");
		assertThat(run("pdfsig", copy.toString())).contains("ETSI.CAdES.detached", "Total document signed",
				"Signature is Valid.");
	}

	@Test
	void passwordsAppearInNoFileTheRunWrites() throws IOException {
		try (Stream<Path> files = Files.walk(work.resolve("out"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				for (String password : PASSWORDS.values()) {
					assertThat(bytes).as(file.toString())
						.doesNotContain(
								new String(password.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
				}
			}
		}
	}

	@Test
	void wrongKeystorePasswordStopsTheRunBeforeAnyWork(CapturedOutput output) throws IOException {
		Path input = ReviewCommand.copySample(work.resolve("wrong/input"));
		Path keystore = work.resolve("wrong/van-phong.p12");
		TestKeyStore.create(keystore, KEYSTORE_PASSWORD);
		settings(input, "sign.keystore=" + keystore);
		assertThat(ReviewCommand
			.runWith(Map.of(Protection.KEYSTORE_PASSWORD_ENV, "nhầm mật khẩu"), "--input=" + input,
					"--output=" + work.resolve("wrong/out"))
			.exitCode()).isEqualTo(2);
		assertThat(output).contains("Không mở được tệp chữ ký số", keystore.toString(), "sai mật khẩu");
		assertNothingDone(work.resolve("wrong/out"));
	}

	@Test
	void passwordInTheSettingsFileIsRefused(CapturedOutput output) throws IOException {
		Path input = ReviewCommand.copySample(work.resolve("insettings/input"));
		settings(input, "protect.owner_password=123456");
		assertThat(ReviewCommand.run(input, work.resolve("insettings/out")).exitCode()).isEqualTo(2);
		assertThat(output).contains("protect.owner_password", "YEAREND_OWNER_PASSWORD", "manifest.json");
		assertNothingDone(work.resolve("insettings/out"));
	}

	@Test
	void expiredCertificateIsRefused(CapturedOutput output) throws IOException {
		Path input = ReviewCommand.copySample(work.resolve("expired/input"));
		Path keystore = work.resolve("expired/van-phong.p12");
		TestKeyStore.create(keystore, KEYSTORE_PASSWORD, Instant.now().minus(Duration.ofDays(400)),
				Instant.now().minus(Duration.ofDays(35)));
		settings(input, "sign.keystore=" + keystore);
		assertThat(ReviewCommand.runWith(PASSWORDS, "--input=" + input, "--output=" + work.resolve("expired/out"))
			.exitCode()).isEqualTo(2);
		assertThat(output).contains("Chứng thư trong tệp chữ ký số", "chỉ có hiệu lực");
		assertNothingDone(work.resolve("expired/out"));
	}

	@Test
	void keystoreWithoutPasswordIsRefused(CapturedOutput output) throws IOException {
		Path input = ReviewCommand.copySample(work.resolve("nopass/input"));
		settings(input, "sign.keystore=" + work.resolve("van-phong.p12"));
		assertThat(ReviewCommand.run(input, work.resolve("nopass/out")).exitCode()).isEqualTo(2);
		assertThat(output).contains("thiếu mật khẩu", "YEAREND_SIGN_PASSWORD");
		assertNothingDone(work.resolve("nopass/out"));
	}

	/** Refused before any work: nothing staged, nothing published. */
	private static void assertNothingDone(Path out) {
		assertThat(out.resolve("2023")).doesNotExist();
		assertThat(out.resolve(".state/staging")).doesNotExist();
	}

	private static void settings(Path input, String... lines) throws IOException {
		Files.writeString(input.resolve("catalog/report.properties"), "\n" + String.join("\n", lines) + "\n",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	private static boolean onPath(String tool) {
		return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
			.anyMatch((folder) -> Files.isExecutable(Path.of(folder, tool)));
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return text;
	}

}
