package vn.yearendreview.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.model.Digests;
import vn.yearendreview.publish.Manifest;
import vn.yearendreview.submission.InputFolder;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.LibreOffice;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.WordFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's path after the conference: the Word draft edited, saved as PDF into
 * {@code input/ban-chinh-thuc/}, and the next run makes the copies from these approved
 * finals; and the finals that cannot be used, each named in the data check.
 */
class ApprovedFinalsEndToEndTests {

	private static final String EDITED = "Hội nghị thống nhất bổ sung: tập trung tháo gỡ vướng mắc cho các dự án"
			+ " trọng điểm ngay từ đầu năm 2024.";

	private static final List<String> DOCUMENTS = List.of("bao-cao-tong-hop-2023.pdf", "nghi-quyet-2024.pdf",
			"chuong-trinh-cong-tac-2024.pdf");

	@TempDir
	static Path work;

	static Path input;

	static Path output;

	static Path drafts;

	static ReviewCommand.Result withFinals;

	@BeforeAll
	static void editTheDraftsAndRunAgainWithTheirFinals() throws IOException {
		input = ReviewCommand.copySample(work.resolve("input"));
		output = work.resolve("output");
		assertThat(ReviewCommand.run(input, output).exitCode()).isZero();
		Path year = output.resolve("2023");
		drafts = work.resolve("drafts");
		ReviewCommand.copyFolder(year, drafts);
		Path edited = work.resolve("edited");
		Files.createDirectories(edited);
		Path resolution = edited.resolve("nghi-quyet-2024.docx");
		editLastParagraphOfThePreamble(year.resolve("nghi-quyet-2024.docx"), resolution);
		Path finals = input.resolve(InputFolder.FINALS);
		LibreOffice.toPdf(resolution, finals);
		LibreOffice.toPdf(year.resolve("bao-cao-tong-hop-2023.docx"), finals);
		LibreOffice.toPdf(year.resolve("chuong-trinh-cong-tac-2024.docx"), finals);
		withFinals = ReviewCommand.run(input, output);
	}

	/**
	 * What a clerk does in Word: the sentence before part I of the resolution rewritten.
	 */
	private static void editLastParagraphOfThePreamble(Path draft, Path edited) throws IOException {
		try (XWPFDocument document = WordFiles.open(draft)) {
			XWPFParagraph lead = document.getParagraphs()
				.stream()
				.filter((p) -> p.getText().startsWith("Ban Chấp hành Đảng bộ tỉnh thống nhất xác định"))
				.findFirst()
				.orElseThrow();
			List<XWPFRun> runs = lead.getRuns();
			runs.get(0).setText(EDITED, 0);
			for (int i = runs.size() - 1; i > 0; i--) {
				lead.removeRun(i);
			}
			try (OutputStream out = Files.newOutputStream(edited)) {
				document.write(out);
			}
		}
	}

	@Test
	void everyPersonalCopyHoldsTheApprovedTextWithItsCopyMarkOnEveryPage() throws IOException {
		assertThat(withFinals.exitCode()).as(withFinals.out()).isZero();
		List<Map<String, String>> register = CsvFiles.read(output.resolve("2023/so-phat-hanh-2023.csv"));
		assertThat(register).hasSize(6);
		for (Map<String, String> copy : register) {
			String number = String.format("%02d", Integer.parseInt(copy.get("copy")));
			Path folder = output.resolve("2023").resolve(copy.get("folder"));
			assertThat(Pdfs.words(folder.resolve("nghi-quyet-2024.pdf"))).contains(EDITED)
				.doesNotContain("Ban Chấp hành Đảng bộ tỉnh thống nhất xác định");
			for (String document : DOCUMENTS) {
				assertThat(Pdfs.pages(folder.resolve(document))).as(document)
					.allSatisfy((page) -> assertThat(page.replaceAll("\\s+", " "))
						.contains("Bản số " + number + "/06 – " + copy.get("recipient")));
			}
		}
	}

	@Test
	void theRegisterAndTheManifestRecordEachFinalsSha256() throws IOException {
		List<Map<String, String>> register = CsvFiles.read(output.resolve("2023/so-phat-hanh-2023.csv"));
		Manifest manifest = Manifest.read(output.resolve("2023/manifest.json"));
		assertThat(manifest.copies()).isEqualTo(Manifest.APPROVED);
		for (String document : DOCUMENTS) {
			String sha256 = Digests.sha256(input.resolve(InputFolder.FINALS).resolve(document));
			assertThat(register).allSatisfy((copy) -> {
				assertThat(copy.get("final sha256 " + document)).isEqualTo(sha256);
				assertThat(copy.get("sha256 " + document))
					.isEqualTo(sha256(output.resolve("2023").resolve(copy.get("folder")).resolve(document)));
			});
			assertThat(manifest.inputs()).anySatisfy((in) -> {
				assertThat(in.file()).isEqualTo(InputFolder.FINALS + "/" + document);
				assertThat(in.kind()).isEqualTo(Manifest.FINAL);
				assertThat(in.sha256()).isEqualTo(sha256);
			});
		}
		assertThat(Pdfs.words(output.resolve("2023/so-phat-hanh-2023.pdf")))
			.contains("bản chính thức đã được thông qua");
	}

	@Test
	void verifyNamesTheCopyAndTheApprovedFinalItWasMadeFrom() {
		Path copy = output.resolve("2023/phat-hanh/03-nguyen-duc-thanh/nghi-quyet-2024.pdf");

		ReviewCommand.Result verified = ReviewCommand.run("--output=" + output, "--verify=" + copy);

		assertThat(verified.exitCode()).isZero();
		assertThat(verified.out()).contains("bản cá nhân số 03/06 của Nguyễn Đức Thanh")
			.contains("bản chính thức đã được thông qua: ban-chinh-thuc/nghi-quyet-2024.pdf");
	}

	@Test
	void nothingElseIsRepublishedDifferently() throws IOException {
		Path year = output.resolve("2023");
		try (Stream<Path> files = Files.walk(drafts)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String name = drafts.relativize(file).toString().replace('\\', '/');
				if (name.startsWith("phat-hanh/") || name.startsWith("so-phat-hanh-")
						|| name.startsWith("kiem-tra-du-lieu-") || name.equals("manifest.json")) {
					continue;
				}
				assertThat(Files.readAllBytes(year.resolve(name))).as(name).isEqualTo(Files.readAllBytes(file));
			}
		}
		// the data check lists the finals read, with their SHA-256
		assertThat(CsvFiles.read(year.resolve("kiem-tra-du-lieu-2023.csv")))
			.anySatisfy((row) -> assertThat(row.get("file")).isEqualTo("ban-chinh-thuc/nghi-quyet-2024.pdf"));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void addingReplacingOrRemovingAFinalStartsANewRun(CapturedOutput console) throws IOException {
		Path again = ReviewCommand.copyFolder(input, work.resolve("again-input"));
		Path out = work.resolve("again-output");
		ReviewCommand.copyFolder(output, out);
		ReviewCommand.run(again, out);
		assertThat(console.getOut()).contains("đã cập nhật với đúng các tệp đầu vào này");

		Path finals = again.resolve(InputFolder.FINALS);
		Files.copy(drafts.resolve("nghi-quyet-2024.pdf"), finals.resolve("nghi-quyet-2024.pdf"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		int before = console.getOut().length();
		ReviewCommand.Result replaced = ReviewCommand.run(again, out);
		assertThat(replaced.exitCode()).isZero();
		assertThat(console.getOut().substring(before)).doesNotContain("đã cập nhật với đúng các tệp đầu vào này");
		assertThat(Pdfs.words(out.resolve("2023/phat-hanh/01-ban-bi-thu-trung-uong-dang/nghi-quyet-2024.pdf")))
			.doesNotContain(EDITED);

		for (String document : DOCUMENTS) {
			Files.delete(finals.resolve(document));
		}
		Files.delete(finals);
		ReviewCommand.Result removed = ReviewCommand.run(again, out);
		assertThat(removed.exitCode()).isZero();
		assertThat(Manifest.read(out.resolve("2023/manifest.json")).copies()).isEqualTo(Manifest.DRAFTS);
	}

	@Test
	void aFinalThatIsNotAReadablePdfIsNamedAndNoCopyIsMadeWithoutFinals() throws IOException {
		Path folder = finalsOnly("unreadable");
		Files.writeString(folder.resolve(InputFolder.FINALS).resolve("nghi-quyet-2024.pdf"), "bản chính thức",
				StandardCharsets.UTF_8);

		ReviewCommand.Result result = ReviewCommand.run(folder, work.resolve("unreadable-out"));

		assertThat(result.exitCode()).isEqualTo(3);
		Path year = work.resolve("unreadable-out/2023");
		assertThat(problems(year)).anySatisfy((row) -> {
			assertThat(row.get("reason_code")).isEqualTo("FINAL_UNREADABLE");
			assertThat(row.get("file")).isEqualTo("ban-chinh-thuc/nghi-quyet-2024.pdf");
			assertThat(row.get("message")).contains("lưu thành PDF");
		});
		assertThat(problems(year)).filteredOn((row) -> row.get("reason_code").equals("FINAL_MISSING")).hasSize(3);
		assertThat(year.resolve("phat-hanh")).doesNotExist();
	}

	@Test
	void anEncryptedFinalIsNamed() throws IOException {
		Path folder = finalsOnly("encrypted");
		try (PDDocument document = Loader.loadPDF(drafts.resolve("nghi-quyet-2024.pdf").toFile())) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(folder.resolve(InputFolder.FINALS).resolve("nghi-quyet-2024.pdf").toFile());
		}

		ReviewCommand.Result result = ReviewCommand.run(folder, work.resolve("encrypted-out"));

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(problems(work.resolve("encrypted-out/2023"))).anySatisfy((row) -> {
			assertThat(row.get("reason_code")).isEqualTo("FINAL_ENCRYPTED");
			assertThat(row.get("file")).isEqualTo("ban-chinh-thuc/nghi-quyet-2024.pdf");
		});
	}

	@Test
	void aFinalMatchingNoDocumentOfTheRunIsNamed() throws IOException {
		Path folder = finalsOnly("unmatched");
		Path finals = folder.resolve(InputFolder.FINALS);
		for (String document : DOCUMENTS) {
			Files.copy(drafts.resolve(document), finals.resolve(document));
		}
		Files.copy(drafts.resolve("nghi-quyet-2024.pdf"), finals.resolve("nghi-quyet-2025.pdf"));

		ReviewCommand.Result result = ReviewCommand.run(folder, work.resolve("unmatched-out"));

		assertThat(result.exitCode()).isEqualTo(3);
		assertThat(problems(work.resolve("unmatched-out/2023"))).singleElement().satisfies((row) -> {
			assertThat(row.get("reason_code")).isEqualTo("FINAL_UNMATCHED");
			assertThat(row.get("file")).isEqualTo("ban-chinh-thuc/nghi-quyet-2025.pdf");
			assertThat(row.get("message")).contains("bao-cao-tong-hop-2023.pdf, nghi-quyet-2024.pdf");
		});
		assertThat(work.resolve("unmatched-out/2023/phat-hanh/01-ban-bi-thu-trung-uong-dang")).isDirectory();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aDocumentWithoutAFinalIsLeftOutOfTheCopiesAndNamed(CapturedOutput console) throws IOException {
		Path folder = finalsOnly("missing");
		Files.copy(drafts.resolve("bao-cao-tong-hop-2023.pdf"),
				folder.resolve(InputFolder.FINALS).resolve("bao-cao-tong-hop-2023.pdf"));

		ReviewCommand.Result result = ReviewCommand.run(folder, work.resolve("missing-out"));

		assertThat(result.exitCode()).isEqualTo(3);
		Path year = work.resolve("missing-out/2023");
		assertThat(problems(year)).extracting((row) -> row.get("reason_code") + " " + row.get("value"))
			.containsExactly("FINAL_MISSING nghi-quyet-2024.pdf", "FINAL_MISSING chuong-trinh-cong-tac-2024.pdf");
		try (Stream<Path> held = Files.list(year.resolve("phat-hanh/01-ban-bi-thu-trung-uong-dang"))) {
			assertThat(held.map((file) -> file.getFileName().toString())).containsExactly("bao-cao-tong-hop-2023.pdf");
		}
		assertThat(CsvFiles.read(year.resolve("so-phat-hanh-2023.csv")).get(0))
			.containsKey("final sha256 bao-cao-tong-hop-2023.pdf")
			.doesNotContainKey("sha256 nghi-quyet-2024.pdf");
		assertThat(console.getOut()).contains("Chưa có bản chính thức của nghi-quyet-2024.pdf");
	}

	/** A copy of the sample with an empty folder of finals to fill. */
	private static Path finalsOnly(String name) throws IOException {
		Path folder = ReviewCommand.copySample(work.resolve(name));
		Files.createDirectories(folder.resolve(InputFolder.FINALS));
		return folder;
	}

	private static List<Map<String, String>> problems(Path year) {
		return CsvFiles.problems(year.resolve("kiem-tra-du-lieu-2023.csv"))
			.stream()
			.filter((row) -> row.get("reason_code").startsWith("FINAL_"))
			.toList();
	}

	private static String sha256(Path file) {
		try {
			return Digests.sha256(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
