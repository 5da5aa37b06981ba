package vn.yearendreview.job;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.yearendreview.model.Digests;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbered personal copies of the committee's documents (the review and the draft
 * resolution) for the fifteen members of a Standing Committee, the distribution register
 * and the print bundle, on the sample set with the recipients list of
 * {@code fixtures/distribution/}.
 */
class DistributionEndToEndTests {

	private static final int MEMBERS = 15;

	private static final List<String> DOCUMENTS = List.of("bao-cao-tong-hop-2023.pdf", "nghi-quyet-2024.pdf",
			"chuong-trinh-cong-tac-2024.pdf");

	@TempDir
	static Path work;

	static Path year;

	static int exitCode;

	static List<Map<String, String>> register;

	@BeforeAll
	static void runOnce() throws Exception {
		Path input = ReviewCommand.copySample(work.resolve("input"));
		Files.copy(ReviewCommand.fixture("distribution/recipients.csv"), input.resolve("catalog/recipients.csv"),
				StandardCopyOption.REPLACE_EXISTING);
		exitCode = ReviewCommand.run(input, work.resolve("out")).exitCode();
		year = work.resolve("out/2023");
		register = CsvFiles.read(year.resolve("so-phat-hanh-2023.csv"));
	}

	@Test
	void oneNumberedCopyPerMemberWithAsciiNames() throws Exception {
		assertThat(exitCode).isZero();
		List<String> folders = CsvFiles.read(ReviewCommand.fixture("distribution/expected/so-phat-hanh-2023.csv"))
			.stream()
			.map((row) -> row.get("folder").substring("phat-hanh/".length()))
			.toList();
		try (Stream<Path> files = Files.walk(year.resolve("phat-hanh"))) {
			assertThat(files.filter(Files::isRegularFile)
				.map((file) -> year.resolve("phat-hanh").relativize(file).toString().replace('\\', '/')))
				.containsExactlyInAnyOrderElementsOf(Stream
					.concat(folders.stream().flatMap((folder) -> DOCUMENTS.stream().map((doc) -> folder + "/" + doc)),
							Stream.of("ban-in-2023.pdf"))
					.toList());
		}
		assertThat(folders).hasSize(MEMBERS)
			.doesNotHaveDuplicates()
			.contains("05-nguyen-van-hung", "08-nguyen-van-hung", "06-dang-thi-anh-tuyet", "14-chamalea-dieu")
			.allMatch((name) -> name.matches("[0-9]{2}-[a-z0-9-]+"));
	}

	@Test
	void everyPageOfACopyCarriesItsNumberAndRecipient() {
		assertThat(register).hasSize(MEMBERS);
		for (Map<String, String> row : register) {
			String number = String.format("%02d", Integer.parseInt(row.get("copy")));
			for (String document : DOCUMENTS) {
				Path copy = year.resolve(row.get("folder")).resolve(document);
				List<String> pages = Pdfs.pages(copy);
				assertThat(pages).as(copy.toString()).hasSize(Pdfs.pages(year.resolve(document)).size());
				assertThat(pages).as(copy.toString())
					.allSatisfy(
							(page) -> assertThat(page).contains("Bản số " + number + "/15 – " + row.get("recipient")));
			}
		}
	}

	@Test
	void registerHasOneLinePerCopyWithTheSha256OfEachOfItsDocuments() throws Exception {
		// given the sample set with fifteen members, each given one copy of three
		// documents

		// then the CSV register has one line per copy, each document's SHA-256 in its own
		// column
		List<Map<String, String>> golden = CsvFiles
			.read(ReviewCommand.fixture("distribution/expected/so-phat-hanh-2023.csv"));
		assertThat(Files.readAllLines(year.resolve("so-phat-hanh-2023.csv")).get(0)).isEqualTo("\uFEFFcopy,recipient,"
				+ "title,folder,edition,sha256 bao-cao-tong-hop-2023.pdf,sha256 nghi-quyet-2024.pdf,"
				+ "sha256 chuong-trinh-cong-tac-2024.pdf,time");
		assertThat(register).hasSize(golden.size());
		for (int i = 0; i < golden.size(); i++) {
			Map<String, String> row = register.get(i);
			for (String column : List.of("copy", "recipient", "title", "folder", "edition")) {
				assertThat(row.get(column)).as(column + " of copy " + (i + 1)).isEqualTo(golden.get(i).get(column));
			}
			for (String document : DOCUMENTS) {
				assertThat(row.get("sha256 " + document)).as(document + " of copy " + (i + 1))
					.isEqualTo(Digests.sha256(year.resolve(row.get("folder")).resolve(document)));
			}
			assertThat(OffsetDateTime.parse(row.get("time"))).isNotNull();
		}

		// and the PDF register lists each copy once, with every document and its SHA-256
		Path pdf = year.resolve("so-phat-hanh-2023.pdf");
		String words = Pdfs.words(pdf);
		assertThat(words).contains("SỔ PHÁT HÀNH", "Báo cáo số 125-BC/TU ngày 05/12/2023",
				"Dự thảo Nghị quyết về phương hướng, nhiệm vụ năm 2024", "Chương trình công tác năm 2024", "15 bản",
				"ký một lần cho cả bản", "Ký nhận", "phat-hanh/ban-in-2023.pdf");
		for (Map<String, String> row : register) {
			assertThat(words).containsOnlyOnce(row.get("folder") + "/");
			assertThat(words).containsSubsequence(row.get("recipient"), row.get("folder") + "/",
					DOCUMENTS.get(0) + " " + row.get("sha256 " + DOCUMENTS.get(0)),
					DOCUMENTS.get(1) + " " + row.get("sha256 " + DOCUMENTS.get(1)),
					DOCUMENTS.get(2) + " " + row.get("sha256 " + DOCUMENTS.get(2)));
		}
	}

	@Test
	void theRegisterLeavesAtLeast35MillimetresToSignOnEveryPage() {
		Path pdf = year.resolve("so-phat-hanh-2023.pdf");
		List<String> pages = Pdfs.pages(pdf);
		for (int page = 1; page <= pages.size(); page++) {
			float points = Pdfs.columnWidth(pdf, page, "Ký nhận");
			assertThat(points * 25.4f / 72).as("signature column on page " + page).isGreaterThanOrEqualTo(35f);
		}
	}

	@Test
	void inEveryCopyTheSignatureStandsBelowLinesOfTheBody() throws Exception {
		try (Stream<Path> files = Files.walk(year.resolve("phat-hanh"))) {
			for (Path copy : files.filter((file) -> file.getFileName().toString().equals(DOCUMENTS.get(0))).toList()) {
				String signed = Pdfs.pages(copy)
					.stream()
					.filter((page) -> page.contains("T/M BAN THƯỜNG VỤ"))
					.findFirst()
					.orElseThrow();
				String above = signed.substring(0, signed.indexOf("Nơi nhận:"));
				assertThat(above.lines().map(String::strip).filter((line) -> line.length() > 20).count())
					.as(copy.getFileName().toString())
					.isGreaterThan(0);
			}
		}
	}

	@Test
	void printBundleHoldsEveryCopyInNumberOrder() {
		int review = Pdfs.pages(year.resolve(DOCUMENTS.get(0))).size();
		int resolution = Pdfs.pages(year.resolve(DOCUMENTS.get(1))).size();
		int programme = Pdfs.pages(year.resolve(DOCUMENTS.get(2))).size();
		int perCopy = review + resolution + programme;
		List<String> bundle = Pdfs.pages(year.resolve("phat-hanh/ban-in-2023.pdf"));
		assertThat(bundle).hasSize(MEMBERS * perCopy);
		for (int copy = 1; copy <= MEMBERS; copy++) {
			for (int page = 0; page < perCopy; page++) {
				assertThat(bundle.get((copy - 1) * perCopy + page)).contains(String.format("Bản số %02d/15", copy));
			}
			assertThat(bundle.get((copy - 1) * perCopy)).contains("BÁO CÁO");
			assertThat(bundle.get((copy - 1) * perCopy + review)).contains("NGHỊ QUYẾT");
			assertThat(bundle.get((copy - 1) * perCopy + review + resolution))
				.contains("CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024");
		}
	}

	@Test
	void copiesAreListedInTheManifestAndNotProtectedByDefault() throws Exception {
		JsonNode manifest = new ObjectMapper().readTree(year.resolve("manifest.json").toFile());
		assertThat(manifest.toString()).contains("phat-hanh/03-tran-quoc-nam/bao-cao-tong-hop-2023.pdf",
				"phat-hanh/03-tran-quoc-nam/nghi-quyet-2024.pdf", "so-phat-hanh-2023.csv", "so-phat-hanh-2023.pdf",
				"phat-hanh/ban-in-2023.pdf");
		for (String document : DOCUMENTS) {
			Path copy = year.resolve("phat-hanh/03-tran-quoc-nam/" + document);
			assertThat(Pdfs.protection(copy).encrypted()).isFalse();
			assertThat(Pdfs.fonts(copy)).allMatch((font) -> font.endsWith("embedded=true"));
		}
	}

	@Test
	void membersOfOneBodyShareALineInTheRecipientsBlock() {
		String review = Pdfs.words(year.resolve("bao-cao-tong-hop-2023.pdf"));
		assertThat(review).containsOnlyOnce("- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,");
	}

	/** Recipients lists a planner gets wrong: the documents are still produced. */
	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	@TestInstance(TestInstance.Lifecycle.PER_METHOD)
	class UnusableRecipients {

		@TempDir
		Path folder;

		@Test
		void everyBadLineIsNamedInTheDataCheckAndOtherDocumentsArePublished(CapturedOutput output) throws Exception {
			Path input = ReviewCommand.copySample(this.folder.resolve("input"));
			Files.writeString(input.resolve("catalog/recipients.csv"), """
					name,title,copies
					Nguyễn Đức Thanh,Bí thư Tỉnh ủy,1
					Phạm Văn Hậu,Phó Bí thư,nhiều
					,Ủy viên,1
					Trần Quốc Nam,Chủ tịch,0
					""", StandardCharsets.UTF_8);
			ReviewCommand.Result result = ReviewCommand.run(input, this.folder.resolve("out"));
			assertThat(result.exitCode()).isEqualTo(3);
			Path published = this.folder.resolve("out/2023");
			assertThat(published.resolve("bao-cao-tong-hop-2023.pdf")).isRegularFile();
			assertThat(published.resolve("don-vi/SYT.pdf")).isRegularFile();
			assertThat(published.resolve("phat-hanh")).doesNotExist();
			assertThat(published.resolve("so-phat-hanh-2023.csv")).doesNotExist();
			assertThat(output).contains("catalog/recipients.csv dòng 3 cột copies", "«nhiều»",
					"catalog/recipients.csv dòng 4 cột name", "catalog/recipients.csv dòng 5 cột copies",
					"Chưa lập bản cá nhân: danh sách nơi nhận catalog/recipients.csv có 3 dòng cần sửa");
			assertThat(CsvFiles.problems(published.resolve("kiem-tra-du-lieu-2023.csv")))
				.filteredOn((row) -> row.get("file").equals("catalog/recipients.csv"))
				.extracting((row) -> row.get("line") + "," + row.get("column") + "," + row.get("reason_code"))
				.containsExactly("3,copies,BAD_RECIPIENTS", "4,name,BAD_RECIPIENTS", "5,copies,BAD_RECIPIENTS");
		}

		@Test
		void noRecipientsListMeansNoCopies(CapturedOutput output) throws Exception {
			Path input = ReviewCommand.copySample(this.folder.resolve("input"));
			Files.delete(input.resolve("catalog/recipients.csv"));
			ReviewCommand.Result result = ReviewCommand.run(input, this.folder.resolve("out"));
			// the documents are made, with only the office's own line under "Nơi nhận",
			// and the data check says what is missing
			assertThat(result.exitCode()).isEqualTo(3);
			assertThat(this.folder.resolve("out/2023/bao-cao-tong-hop-2023.pdf")).isRegularFile();
			assertThat(this.folder.resolve("out/2023/phat-hanh")).doesNotExist();
			assertThat(output)
				.contains("Không có tệp catalog/recipients.csv: mục «Nơi nhận» của các văn bản chỉ có dòng"
						+ " lưu của Văn phòng");
			String resolution = Pdfs.words(this.folder.resolve("out/2023/nghi-quyet-2024.pdf"));
			assertThat(resolution.substring(resolution.indexOf("Nơi nhận:")))
				.startsWith("Nơi nhận: - Lưu Văn phòng Tỉnh ủy.");
			assertThat(CsvFiles.read(this.folder.resolve("out/2023/kiem-tra-du-lieu-2023.csv")))
				.anySatisfy((problem) -> {
					assertThat(problem.get("reason_code")).isEqualTo("BAD_RECIPIENTS");
					assertThat(problem.get("value")).isEqualTo("catalog/recipients.csv");
				});
		}

		@Test
		void recipientsFileAppendedLaterStartsANewRun() throws Exception {
			Path input = ReviewCommand.copySample(this.folder.resolve("input"));
			Path out = this.folder.resolve("out");
			assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
			Files.writeString(input.resolve("catalog/recipients.csv"), "Lê Văn Bình,Ủy viên,uy_vien_ban_thuong_vu,1,\n",
					StandardCharsets.UTF_8, StandardOpenOption.APPEND);
			assertThat(ReviewCommand.run(input, out).exitCode()).isZero();
			assertThat(CsvFiles.read(out.resolve("2023/so-phat-hanh-2023.csv"))).last()
				.satisfies((row) -> assertThat(row.get("folder")).isEqualTo("phat-hanh/07-le-van-binh"));
		}

	}

}
