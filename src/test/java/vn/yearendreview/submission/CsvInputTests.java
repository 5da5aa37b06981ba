package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.submission.kind.Defect;
import vn.yearendreview.submission.kind.TextEncoding;

import static org.assertj.core.api.Assertions.assertThat;

class CsvInputTests {

	@TempDir
	Path dir;

	@Test
	void numbersRecordsByThePhysicalLineTheyStartOn() throws IOException {
		Path file = write("a;b\r\n1;\"two\r\nlines\"\r\n\r\n;;\r\n3;x\r\n", StandardCharsets.UTF_8);
		List<CsvInput.Row> rows = readAll(file);
		assertThat(rows).extracting(CsvInput.Row::line).containsExactly(2L, 6L);
		assertThat(rows.get(0).cells()).containsExactly("1", "two\r\nlines");
	}

	@Test
	void honoursExcelSepLineAndCountsIt() throws IOException {
		Path file = write("sep=;\na;b\n1;2\n", StandardCharsets.UTF_8);
		try (CsvInput csv = CsvInput.open(file, TextEncoding.detect(file))) {
			assertThat(csv.delimiter()).isEqualTo(';');
			assertThat(csv.hasSepLine()).isTrue();
			assertThat(csv.header()).containsExactly("a", "b");
			assertThat(csv.headerLine()).isEqualTo(2);
			assertThat(csv.next().line()).isEqualTo(3);
		}
	}

	@Test
	void sniffsTheDelimiterFromTheHeader() throws IOException {
		assertThat(delimiterOf("a,b,c\n")).isEqualTo(',');
		assertThat(delimiterOf("a;b;c\n")).isEqualTo(';');
		assertThat(delimiterOf("a\tb\tc\n")).isEqualTo('\t');
		assertThat(delimiterOf("\"a,b\";c;d\n")).isEqualTo(';');
	}

	@Test
	void skipsTheByteOrderMarkAndComposesDecomposedLetters() throws IOException {
		Path file = this.dir.resolve("bom.csv");
		byte[] text = "Mã đơn vị,Năm\nX,2023\n".getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Files.write(file, withBom);
		try (CsvInput csv = CsvInput.open(file, TextEncoding.detect(file))) {
			assertThat(csv.header()).containsExactly("Mã đơn vị", "Năm");
		}
		Path nfd = write(java.text.Normalizer.normalize("Tên\nTỷ lệ hộ nghèo\n", java.text.Normalizer.Form.NFD),
				StandardCharsets.UTF_8);
		assertThat(readAll(nfd).get(0).cells()).containsExactly("Tỷ lệ hộ nghèo");
	}

	@Test
	void reportsAQuoteLeftOpenAtTheEndWithItsLineAndCell() throws IOException {
		Path file = write("a,b,c\n1,2,3\n4,\"cut while copy", StandardCharsets.UTF_8);
		List<CsvInput.Row> rows = readAll(file);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).defect()).isEqualTo(Defect.UNTERMINATED_QUOTE);
		assertThat(rows.get(1).line()).isEqualTo(3);
		assertThat(rows.get(1).defectCell()).isEqualTo(1);
	}

	@Test
	void cutsALineOverOneMegabyteAndReadsOnAfterIt() throws IOException {
		String huge = "x".repeat(CsvInput.MAX_LINE_CHARS + 10);
		Path file = write("a,b\n1,2\n3," + huge + "\n5,6\n", StandardCharsets.UTF_8);
		List<CsvInput.Row> rows = readAll(file);
		assertThat(rows).extracting(CsvInput.Row::line).containsExactly(2L, 3L, 4L);
		assertThat(rows.get(1).defect()).isEqualTo(Defect.LINE_TOO_LONG);
		assertThat(rows.get(1).defectCell()).isEqualTo(1);
		assertThat(rows.get(2).defect()).isNull();
		assertThat(rows.get(2).cells()).containsExactly("5", "6");
	}

	@Test
	void boundsAQuotedCellThatSwallowsTheFile() throws IOException {
		StringBuilder text = new StringBuilder("a,b\n1,\"stray quote\n");
		String line = "y".repeat(1000) + "\n";
		while (text.length() < CsvInput.MAX_LINE_CHARS + 5000) {
			text.append(line);
		}
		text.append("end\",2\n7,8\n");
		List<CsvInput.Row> rows = readAll(write(text.toString(), StandardCharsets.UTF_8));
		assertThat(rows.get(0).defect()).isEqualTo(Defect.CELL_TOO_LONG);
		assertThat(rows.get(0).line()).isEqualTo(2);
		assertThat(rows.get(0).defectCell()).isEqualTo(1);
		assertThat(rows.get(rows.size() - 1).cells()).containsExactly("7", "8");
	}

	@Test
	void refusesACellOverTenThousandCharacters() throws IOException {
		Path file = write("a,b\n1," + "z".repeat(CsvInput.MAX_CELL_CHARS + 1) + "\n", StandardCharsets.UTF_8);
		CsvInput.Row row = readAll(file).get(0);
		assertThat(row.defect()).isEqualTo(Defect.CELL_TOO_LONG);
		assertThat(row.defectCell()).isEqualTo(1);
	}

	private char delimiterOf(String text) throws IOException {
		Path file = write(text, StandardCharsets.UTF_8);
		try (CsvInput csv = CsvInput.open(file, TextEncoding.detect(file))) {
			return csv.delimiter();
		}
	}

	private List<CsvInput.Row> readAll(Path file) throws IOException {
		List<CsvInput.Row> rows = new ArrayList<>();
		try (CsvInput csv = CsvInput.open(file, TextEncoding.detect(file))) {
			CsvInput.Row row;
			while ((row = csv.next()) != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	private Path write(String text, Charset charset) throws IOException {
		Path file = Files.createTempFile(this.dir, "input", ".csv");
		Files.writeString(file, text, charset);
		return file;
	}

}
