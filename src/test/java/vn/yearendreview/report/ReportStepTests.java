package vn.yearendreview.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.yearendreview.model.Scoreboard;
import vn.yearendreview.settings.CommitteeFile;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.staging.ScoreTable;
import vn.yearendreview.support.CsvFiles;
import vn.yearendreview.support.JobSteps;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.StepRuns;
import vn.yearendreview.support.StepTest;
import vn.yearendreview.support.WordFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps that write the documents, on the sample set, after the steps before them: the
 * committee's documents (the review, the draft resolution, the work programme, each as a
 * PDF and a Word draft), one evaluation per department and the data check are written
 * into the run's staging folder, none published yet; the review and the resolution print
 * the headline the scoring stored, and the data check's counts add up.
 */
@StepTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportStepTests {

	private static final Path WORK = StepRuns.workFolder("report-steps");

	private static final Map<String, String> GROUP_LABELS = Map.of("kinh_te", "Kinh tế", "van_hoa_xa_hoi",
			"Văn hóa – xã hội", "moi_truong", "Môi trường", "quoc_phong_an_ninh", "Quốc phòng – an ninh",
			"xay_dung_dang", "Xây dựng Đảng");

	@Autowired
	private JobSteps steps;

	@Autowired
	private ReviewProperties properties;

	@Autowired
	private ScoreTable scores;

	private StepRuns.Run run;

	private Path staging;

	private int year;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		StepRuns.properties(registry, WORK);
		ReviewCommand.copySample(WORK.resolve("input"));
	}

	/** One run for the class: writing the documents takes seconds. */
	@BeforeAll
	void writeTheDocuments() throws Exception {
		this.run = this.steps.upTo("renderProgrammeStep")
			.then("renderDepartmentReportsStep", "renderDataCheckStep")
			.start(WORK.resolve("input"), false);
		assertThat(this.run.execution().getStatus()).as(this.run.execution().getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		this.year = this.run.facts().decidedYear();
		this.staging = this.properties.layout().stagingFolder(this.run.instance());
	}

	@Test
	void eachCommitteeDocumentIsWrittenAsPdfAndWordDraftInTheStagingFolderAndNotPublished() throws IOException {
		assertThat(this.year).isEqualTo(2023);
		for (CommitteeFile document : CommitteeFile.values()) {
			assertThat(startOf(this.staging.resolve(document.pdf(this.year)))).as(document.pdf(this.year))
				.isEqualTo("%PDF");
			assertThat(startOf(this.staging.resolve(document.word(this.year)))).as(document.word(this.year))
				.isEqualTo("PK\u0003\u0004");
		}
		assertThat(this.properties.publishedFolder(this.year)).doesNotExist();
	}

	@Test
	void theReviewAndTheResolutionPrintTheHeadlineTheScoringStored() {
		Scoreboard scoreboard = this.scores.scoreboard(this.run.instance());
		String headline = scoreboard.overall().achieved() + "/" + scoreboard.overall().total();
		assertThat(headline).as("the sample's headline").isEqualTo("18/22");

		String review = Pdfs.words(this.staging.resolve(CommitteeFile.REVIEW.pdf(this.year)));
		assertThat(review).contains("đạt và vượt " + headline + " chỉ tiêu chủ yếu của Nghị quyết");
		scoreboard.byGroup()
			.forEach((group, tally) -> assertThat(review).contains(GROUP_LABELS.get(group) + ": đạt và vượt "
					+ tally.achieved() + "/" + tally.total() + " chỉ tiêu."));
		assertThat(String.join(" ", WordFiles.words(this.staging.resolve(CommitteeFile.REVIEW.word(this.year)))))
			.contains("đạt và vượt " + headline + " chỉ tiêu chủ yếu của Nghị quyết");
		assertThat(Pdfs.words(this.staging.resolve(CommitteeFile.RESOLUTION.pdf(this.year)))).contains("Năm "
				+ this.year + ", toàn tỉnh thực hiện đạt và vượt " + headline + " chỉ tiêu chủ yếu của Nghị quyết");
	}

	@Test
	void theProgrammeCountsTheTasksItLists() {
		Map<String, Long> levels = new LinkedHashMap<>();
		for (String level : List.of("BCH", "BTV", "TT")) {
			levels.put(level, 0L);
		}
		for (Map<String, String> task : CsvFiles.read(this.staging.resolve(OutputLayout.programmeCsv(this.year)))) {
			levels.merge(task.get("level"), 1L, Long::sum);
		}
		Map<String, String> labels = Map.of("BCH", "Ban Chấp hành", "BTV", "Ban Thường vụ", "TT", "Thường trực");
		String counts = levels.entrySet()
			.stream()
			.filter((level) -> level.getValue() > 0)
			.map((level) -> labels.get(level.getKey()) + ": " + String.format("%02d", level.getValue()) + " nội dung")
			.collect(Collectors.joining("; "));
		assertThat(Pdfs.words(this.staging.resolve(CommitteeFile.PROGRAMME.pdf(this.year))))
			.contains("Tổng hợp theo cấp xem xét: " + counts + ".");
	}

	@Test
	void eachDepartmentHasOneEvaluationListingItsIndicators() throws IOException {
		Set<String> departments = new TreeSet<>();
		CsvFiles.read(WORK.resolve("input/catalog/departments.csv"))
			.forEach((department) -> departments.add(department.get("department")));
		Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
		for (Map<String, String> row : CsvFiles.read(this.staging.resolve(OutputLayout.results(this.year)))) {
			rows.computeIfAbsent(row.get("department"), (department) -> new ArrayList<>()).add(row);
		}
		departments.addAll(rows.keySet());

		try (Stream<Path> files = Files.list(this.staging.resolve(OutputLayout.DEPARTMENTS))) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(departments.stream().map((code) -> code + ".pdf").toList());
		}
		rows.forEach((department, indicators) -> {
			String evaluation = Pdfs.words(this.staging.resolve(OutputLayout.DEPARTMENTS).resolve(department + ".pdf"));
			assertThat(evaluation).as(department).contains("(" + department + ")");
			indicators.forEach((row) -> assertThat(evaluation).as(department).contains(row.get("name")));
		});
	}

	@Test
	void theDataChecksRowsAddUpForEachFileAndInItsSummary() throws IOException {
		List<Map<String, String>> files = CsvFiles.read(this.staging.resolve(OutputLayout.dataCheckCsv(this.year)))
			.stream()
			.filter((row) -> row.get("reason_code").equals("FILE_READ"))
			.toList();
		List<String> inputs = new ArrayList<>();
		try (Stream<Path> all = Files.walk(WORK.resolve("input"))) {
			all.filter(Files::isRegularFile)
				.forEach((file) -> inputs.add(WORK.resolve("input").relativize(file).toString().replace('\\', '/')));
		}
		assertThat(files).extracting((file) -> file.get("file")).containsExactlyInAnyOrderElementsOf(inputs);
		long read = 0;
		long accepted = 0;
		long rejected = 0;
		long withRows = 0;
		for (Map<String, String> file : files) {
			if (file.get("rows_read").isEmpty()) {
				continue;
			}
			long fileRead = Long.parseLong(file.get("rows_read"));
			long fileAccepted = Long.parseLong(file.get("rows_accepted"));
			long fileRejected = Long.parseLong(file.get("rows_rejected"));
			assertThat(fileRead).as(file.get("file"))
				.isEqualTo(fileAccepted + fileRejected)
				.isEqualTo(records(WORK.resolve("input").resolve(file.get("file"))));
			read += fileRead;
			accepted += fileAccepted;
			rejected += fileRejected;
			withRows++;
		}
		assertThat(Pdfs.words(this.staging.resolve(OutputLayout.dataCheckPdf(this.year)))).contains("Đã đọc "
				+ files.size() + " tệp (mục 1: " + withRows + " tệp có dòng số liệu, " + (files.size() - withRows)
				+ " tệp danh mục) với " + read + " dòng: nhận " + accepted + " dòng, từ chối " + rejected + " dòng;");
	}

	/** The first bytes of a file, which say what kind of file it is. */
	private static String startOf(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		return new String(bytes, 0, Math.min(4, bytes.length), StandardCharsets.ISO_8859_1);
	}

	/**
	 * Records in a file of the sample: its non-blank lines after the header and after the
	 * spreadsheet's {@code sep=} line where it has one.
	 */
	private static long records(Path file) throws IOException {
		List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines()
			.filter((line) -> !line.isBlank())
			.toList();
		return lines.size() - (lines.get(0).startsWith("sep=") ? 2 : 1);
	}

}
