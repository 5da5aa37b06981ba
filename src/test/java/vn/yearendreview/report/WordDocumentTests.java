package vn.yearendreview.report;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.support.WordFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committee document written as a Word draft: its tables, its bytes, its size limit.
 */
class WordDocumentTests {

	private static final LocalDate DATE = LocalDate.of(2023, 12, 5);

	@TempDir
	Path folder;

	private final Documents documents = new Documents(Messages.of("vi"), settings(), 2023, "f".repeat(64));

	@Test
	void theSameDocumentGivesTheSameBytesItsZipEntriesDatedByTheDocument() throws IOException {
		Path first = this.folder.resolve("a.docx");
		Path second = this.folder.resolve("b.docx");

		WordDocument.write(document(3), this.documents, first, 3);
		WordDocument.write(document(3), this.documents, second, 3);

		assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
		List<String> names = new ArrayList<>();
		try (InputStream in = Files.newInputStream(first); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				assertThat(entry.getTimeLocal()).isEqualTo(DATE.atStartOfDay());
			}
		}
		assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
	}

	@Test
	void aRowsGroupHeadingSpansTheTableAboveTheGroupsFirstRowAndTheHeadingRowRepeats() throws IOException {
		Path file = this.folder.resolve("groups.docx");

		WordDocument.write(document(3), this.documents, file, 3);

		try (XWPFDocument document = WordFiles.open(file)) {
			XWPFTable table = document.getTables()
				.stream()
				.filter((t) -> t.getRow(0).getCell(0).getText().equals("STT"))
				.findFirst()
				.orElseThrow();
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(table.getRow(1).getTableCells()).hasSize(1);
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("I. KINH TẾ");
			assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal())
				.isEqualTo(BigInteger.valueOf(3));
			assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Chỉ tiêu 1");
			assertThat(table.getRows()).hasSize(5);
		}
	}

	@Test
	void aDocumentWithMoreTableRowsThanAWordFileIsWrittenWithHasItsPdfOnly() throws IOException {
		Path file = this.folder.resolve("long.docx");

		WordDocument.write(document(3), this.documents, file, WordDocument.MAX_TABLE_ROWS + 1);

		assertThat(file).doesNotExist();
	}

	private static CommitteeDocument document(int rows) {
		List<CommitteeDocument.Row> table = new ArrayList<>();
		for (int i = 1; i <= rows; i++) {
			table.add(new CommitteeDocument.Row("I. KINH TẾ", List.of(String.valueOf(i), "Chỉ tiêu " + i, "%")));
		}
		CommitteeDocument.Frame frame = new CommitteeDocument.Frame(null, "Dự thảo lần 1", null, "TỈNH ỦY NINH THUẬN",
				"Số 125-BC/TU", List.of(), "ĐẢNG CỘNG SẢN VIỆT NAM", "Ninh Thuận, ngày 05 tháng 12 năm 2023", "BÁO CÁO",
				"tình hình thực hiện nhiệm vụ năm 2023,\nphương hướng, nhiệm vụ năm 2024", "T/M BAN THƯỜNG VỤ",
				"BÍ THƯ", "Nguyễn Văn A", "Nơi nhận:", List.of("Lưu Văn phòng Tỉnh ủy."));
		List<CommitteeDocument.Column> columns = List.of(
				new CommitteeDocument.Column("STT", 30, CommitteeDocument.Align.CENTER),
				new CommitteeDocument.Column("Chỉ tiêu", 190, CommitteeDocument.Align.LEFT),
				new CommitteeDocument.Column("ĐVT", 62, CommitteeDocument.Align.CENTER));
		return new CommitteeDocument(frame, false, null,
				List.of(new Paragraph(Paragraph.Kind.HEADING1, "I- KẾT QUẢ"),
						new Paragraph(Paragraph.Kind.BODY, "Năm 2023, toàn tỉnh thực hiện đạt 2/3 chỉ tiêu.")),
				List.of(new CommitteeDocument.Appendix("PHỤ LỤC", "Kết quả", null,
						new CommitteeDocument.Table(columns, CommitteeDocument.Rows.of(table)), null)));
	}

	private static ReportSettings settings() {
		return new ReportSettings("TỈNH ỦY NINH THUẬN", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "125", "BC/TU", "Ninh Thuận",
				DATE, "Ban Thường vụ Tỉnh ủy", "toàn tỉnh", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A", "1", "", "",
				"", "Lưu Văn phòng Tỉnh ủy.", "", List.of(), null, List.of(),
				new ReportSettings.Resolution("", List.of(), List.of(), List.of(), "T/M TỈNH ỦY"), null, null, null,
				null);
	}

}
