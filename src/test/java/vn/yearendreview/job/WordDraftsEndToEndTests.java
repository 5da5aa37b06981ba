package vn.yearendreview.job;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import vn.yearendreview.support.LibreOffice;
import vn.yearendreview.support.Pdfs;
import vn.yearendreview.support.ReviewCommand;
import vn.yearendreview.support.WordFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word drafts of the committee's documents, made from the sample set beside their
 * PDFs, read back with POI as Word would open them and converted with LibreOffice as an
 * office without Word would.
 */
class WordDraftsEndToEndTests {

	private static final List<String> BODY_STYLES = List.of("BodyText", "Heading1", "Heading2", "Heading3", "ListDash");

	@TempDir
	static Path work;

	static Path year;

	@BeforeAll
	static void runTheSample() {
		ReviewCommand.Result result = ReviewCommand.run(Path.of("du-lieu-mau").toAbsolutePath(), work.resolve("out"));
		assertThat(result.exitCode()).as(result.out()).isZero();
		year = work.resolve("out/2023");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bao-cao-tong-hop-2023", "nghi-quyet-2024", "chuong-trinh-cong-tac-2024" })
	void eachDocumentHasAWordDraftWithThePdfsWordsInTheSameOrder(String name) {
		List<String> pdf = WordFiles.pdfWords(year.resolve(name + ".pdf"), year.resolve(name + ".docx"));
		List<String> word = WordFiles.words(year.resolve(name + ".docx"));

		assertThat(WordFiles.inOrder(pdf, word))
			.as("words of the PDF missing from the Word draft, in order: %s", WordFiles.missing(pdf, word))
			.isGreaterThanOrEqualTo(0.99);
		assertThat(String.join(" ", word)).contains("Dự thảo lần 1", "TỈNH ỦY NINH THUẬN", "Nguyễn Đức Thanh",
				"Ninh Thuận, ngày 05 tháng 12 năm 2023");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bao-cao-tong-hop-2023", "nghi-quyet-2024" })
	void theBodyIsParagraphsInNamedStylesNeverTableCells(String name) throws Exception {
		try (XWPFDocument document = WordFiles.open(year.resolve(name + ".docx"))) {
			List<String> bodyStyles = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph && paragraph.getStyle() != null
						&& BODY_STYLES.contains(paragraph.getStyle())) {
					bodyStyles.add(paragraph.getStyle());
				}
				if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						for (XWPFTableCell cell : row.getTableCells()) {
							assertThat(cell.getParagraphs()).extracting(XWPFParagraph::getStyle)
								.as("styles inside a table")
								.doesNotContainAnyElementsOf(BODY_STYLES);
						}
					}
				}
			}
			assertThat(bodyStyles).contains("BodyText", "Heading1", "Heading2", "ListDash");
			assertThat(bodyStyles.size()).isGreaterThan(30);
			for (String style : BODY_STYLES) {
				assertThat(document.getStyles().getStyle(style)).as(style).isNotNull();
			}
			assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
			var body = document.getStyles().getStyle("BodyText").getCTStyle().getPPr();
			assertThat(body.getJc().getVal().toString()).isEqualTo("both");
			assertThat(body.getInd().getFirstLine()).isEqualTo(BigInteger.valueOf(560));
			var defaults = document.getStyle().getDocDefaults().getRPrDefault().getRPr();
			assertThat(defaults.getRFontsArray(0).getAscii()).isEqualTo("Times New Roman");
			assertThat(defaults.getSzArray(0).getVal()).isEqualTo(BigInteger.valueOf(28));
		}
	}

	@Test
	void eachAppendixIsALandscapeSectionOfItsOwnWithARealTableWhoseHeadingRepeats() throws IOException {
		try (XWPFDocument document = WordFiles.open(year.resolve("bao-cao-tong-hop-2023.docx"))) {
			List<CTSectPr> sections = sections(document);
			assertThat(sections).hasSize(3);
			assertThat(sections.get(0).getPgSz().getOrient()).isNotEqualTo(STPageOrientation.LANDSCAPE);
			for (CTSectPr appendix : sections.subList(1, 3)) {
				assertThat(appendix.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
				assertThat(appendix.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
			}
			List<XWPFTable> tables = document.getTables();
			XWPFTable indicators = tables.stream()
				.filter((table) -> table.getRow(0).getCell(0).getText().equals("STT"))
				.findFirst()
				.orElseThrow();
			assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
			assertThat(indicators.getRow(0).getTableCells()).hasSize(10);
			assertThat(indicators.getRow(1).getCell(0).getText()).isEqualTo("I. KINH TẾ");
			assertThat(indicators.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
				.contains("Tốc độ tăng trưởng GRDP", "%", "10–11", "9,40", "Không đạt");
		}
		try (XWPFDocument document = WordFiles.open(year.resolve("chuong-trinh-cong-tac-2024.docx"))) {
			List<CTSectPr> sections = sections(document);
			assertThat(sections).hasSize(1);
			assertThat(sections.get(0).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "bao-cao-tong-hop-2023", "nghi-quyet-2024", "chuong-trinh-cong-tac-2024" })
	void thePageNumberIsAFieldCentredInAHeaderThatSkipsTheFirstPage(String name) throws IOException {
		try (XWPFDocument document = WordFiles.open(year.resolve(name + ".docx"))) {
			CTSectPr first = sections(document).get(0);
			assertThat(first.isSetTitlePg()).isTrue();
			String firstPage = null;
			String otherPages = null;
			for (var reference : first.getHeaderReferenceArray()) {
				XWPFHeader header = (XWPFHeader) document.getRelationById(reference.getId());
				String xml = header._getHdrFtr().xmlText();
				if (reference.getType() == STHdrFtr.FIRST) {
					firstPage = xml;
				}
				else if (reference.getType() == STHdrFtr.DEFAULT) {
					otherPages = xml;
					assertThat(header.getParagraphs().get(0).getAlignment().toString()).isEqualTo("CENTER");
				}
			}
			assertThat(otherPages).contains("PAGE").contains("fldChar");
			assertThat(firstPage).isNotNull().doesNotContain("PAGE");
		}
	}

	@Test
	void theHeaderBlockAndTheSignatureAreBorderlessTablesKeptWithTheLastParagraph() throws IOException {
		try (XWPFDocument document = WordFiles.open(year.resolve("bao-cao-tong-hop-2023.docx"))) {
			XWPFTable header = document.getTables().get(0);
			assertThat(header.getText()).contains("TỈNH ỦY NINH THUẬN", "*", "Số 125-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
					"Dự thảo lần 1");
			assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("none");
			XWPFTable signature = document.getTables()
				.stream()
				.filter((table) -> table.getText().contains("Nơi nhận:"))
				.findFirst()
				.orElseThrow();
			assertThat(signature.getText()).contains("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Đức Thanh",
					"- Lưu Văn phòng Tỉnh ủy.");
			assertThat(signature.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal().toString())
				.isEqualTo("none");
			assertThat(signature.getRow(0).isCantSplitRow()).isTrue();
			int at = document.getBodyElements().indexOf(signature);
			XWPFParagraph last = (XWPFParagraph) document.getBodyElements().get(at - 1);
			assertThat(last.getStyle()).isIn(BODY_STYLES);
			assertThat(last.getCTP().getPPr().isSetKeepNext()).isTrue();
		}
	}

	@Test
	void theSameInputsGiveTheSameWordBytes() throws IOException {
		Path again = work.resolve("again");
		assertThat(ReviewCommand.run(Path.of("du-lieu-mau").toAbsolutePath(), again).exitCode()).isZero();
		for (String name : List.of("bao-cao-tong-hop-2023.docx", "nghi-quyet-2024.docx",
				"chuong-trinh-cong-tac-2024.docx")) {
			assertThat(Files.readAllBytes(again.resolve("2023").resolve(name))).as(name)
				.isEqualTo(Files.readAllBytes(year.resolve(name)));
		}
	}

	@Test
	void theEnglishEditionHasItsOwnWordDrafts() {
		Path output = work.resolve("english");
		assertThat(ReviewCommand.run(Path.of("du-lieu-mau").toAbsolutePath(), output, "--lang=en").exitCode()).isZero();
		Path english = output.resolve("2023/en");
		List<String> words = WordFiles.words(english.resolve("bao-cao-tong-hop-2023.docx"));
		assertThat(String.join(" ", words)).contains("REPORT").doesNotContain("BÁO CÁO");
		assertThat(english.resolve("nghi-quyet-2024.docx")).isRegularFile();
		assertThat(english.resolve("chuong-trinh-cong-tac-2024.docx")).isRegularFile();
	}

	@Test
	void aPartTheSettingsDoNotGiveHasItsHeadingAnEmptyParagraphAndACommentSayingWhatToWrite() throws IOException {
		Path input = ReviewCommand.copySample(work.resolve("without-texts"));
		Path settings = input.resolve("catalog/report.properties");
		Files.writeString(settings, without(Files.readString(settings, StandardCharsets.UTF_8), "intro", "directions",
				"resolution.goal", "resolution.implementation"), StandardCharsets.UTF_8);
		Path output = work.resolve("without-texts-out");
		ReviewCommand.run(input, output);
		Path folder = output.resolve("2023");

		try (XWPFDocument review = WordFiles.open(folder.resolve("bao-cao-tong-hop-2023.docx"))) {
			assertThat(comments(review))
				.anyMatch((text) -> text.contains("bối cảnh năm 2023") && text.contains("intro"))
				.anyMatch((text) -> text.contains("directions"));
			assertThat(commentedParagraphs(review)).allMatch((text) -> text.isBlank());
		}
		try (XWPFDocument resolution = WordFiles.open(folder.resolve("nghi-quyet-2024.docx"))) {
			List<String> headings = resolution.getParagraphs()
				.stream()
				.filter((p) -> "Heading1".equals(p.getStyle()))
				.map(XWPFParagraph::getText)
				.toList();
			assertThat(headings).containsExactly("I- MỤC TIÊU", "II- CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024",
					"III- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "IV- TỔ CHỨC THỰC HIỆN");
			assertThat(comments(resolution)).anyMatch((text) -> text.contains("resolution.goal"))
				.anyMatch((text) -> text.contains("resolution.implementation"));
			XWPFParagraph goal = resolution.getParagraphs()
				.get(resolution.getParagraphs()
					.indexOf(resolution.getParagraphs()
						.stream()
						.filter((p) -> p.getText().equals("I- MỤC TIÊU"))
						.findFirst()
						.orElseThrow()) + 1);
			assertThat(goal.getText()).isEmpty();
			assertThat(goal.getStyle()).isEqualTo("BodyText");
			assertThat(goal.getCTP().sizeOfCommentRangeStartArray()).isOne();
		}
		// the PDF leaves those parts out and numbers the others without a gap
		assertThat(Pdfs.words(folder.resolve("nghi-quyet-2024.pdf"))).contains("I- CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024")
			.doesNotContain("MỤC TIÊU")
			.doesNotContain("TỔ CHỨC THỰC HIỆN");
	}

	@ParameterizedTest
	@ValueSource(strings = { "bao-cao-tong-hop-2023", "nghi-quyet-2024", "chuong-trinh-cong-tac-2024" })
	void libreOfficeOpensEachDraftKeepsItsTextAndItsPageCountWithinOneOfThePdfs(String name) throws IOException {
		Path converted = LibreOffice.toPdf(year.resolve(name + ".docx"), work.resolve("libreoffice"));

		List<String> pdf = WordFiles.pdfWords(year.resolve(name + ".pdf"), year.resolve(name + ".docx"));
		List<String> opened = WordFiles.pdfWords(converted, year.resolve(name + ".docx"));
		assertThat(WordFiles.inOrder(pdf, opened)).as("words missing: %s", WordFiles.missing(pdf, opened))
			.isGreaterThanOrEqualTo(0.99);
		assertThat(pages(converted)).isCloseTo(pages(year.resolve(name + ".pdf")),
				org.assertj.core.data.Offset.offset(1));
	}

	private static int pages(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
	}

	/** The sections of a document: those ended by a paragraph, then the body's last. */
	static List<CTSectPr> sections(XWPFDocument document) {
		List<CTSectPr> sections = new ArrayList<>();
		CTBody body = document.getDocument().getBody();
		for (CTP paragraph : body.getPArray()) {
			if (paragraph.isSetPPr() && paragraph.getPPr().isSetSectPr()) {
				sections.add(paragraph.getPPr().getSectPr());
			}
		}
		sections.add(body.getSectPr());
		return sections;
	}

	private static List<String> comments(XWPFDocument document) {
		return Stream.of(document.getComments()).map(XWPFComment::getText).toList();
	}

	private static List<String> commentedParagraphs(XWPFDocument document) {
		return document.getParagraphs()
			.stream()
			.filter((p) -> p.getCTP().sizeOfCommentRangeStartArray() > 0)
			.map(XWPFParagraph::getText)
			.toList();
	}

	/** A settings file without some keys, their continued lines included. */
	static String without(String settings, String... keys) {
		StringBuilder kept = new StringBuilder();
		boolean continued = false;
		for (String line : settings.split("\n", -1)) {
			boolean dropped = continued;
			for (String key : keys) {
				dropped |= line.startsWith(key + "=");
			}
			continued = dropped && line.endsWith("\\");
			if (!dropped) {
				kept.append(line).append('\n');
			}
		}
		return kept.toString();
	}

}
