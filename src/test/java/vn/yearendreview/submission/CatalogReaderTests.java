package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.Messages;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog's own words when one of its cells cannot be used. */
class CatalogReaderTests {

	private static final Messages VI = Messages.of("vi");

	@TempDir
	Path input;

	@Test
	void aPlanThatIsNotATargetIsRefusedWithItsCellAndTheFilesWayOfWritingNumbers() throws IOException {
		// given
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve(CatalogReader.INDICATORS),
				"indicator;group;name;plan\nKT01;kinh_te;GRDP;10-11\nKT03;kinh_te;Vốn đầu tư;n/a\n");

		// then
		assertThatThrownBy(() -> new CatalogReader(VI).read(this.input)).isInstanceOf(CatalogException.class)
			.hasMessageEndingWith("indicators.csv, dòng 3, cột «plan»: không đọc được chỉ tiêu «n/a»; viết theo dạng "
					+ "10; 10-11; trên 85; dưới 4 (số viết kiểu Việt Nam, ví dụ 1.234,5)");
	}

	@Test
	void aNameOrUnitTheDocumentsWouldPrintUnreadableIsRefusedWithItsCell() throws IOException {
		// given: a name typed in TCVN3, as in an old workbook
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve(CatalogReader.INDICATORS),
				"indicator;group;name;unit\nKT01;kinh_te;GRDP;%\nKT03;kinh_te;Tæng vèn ®Çu t­;tỷ đồng\n");

		// then
		assertThatThrownBy(() -> new CatalogReader(VI).read(this.input)).isInstanceOf(CatalogException.class)
			.hasMessageContaining(
					"indicators.csv, dòng 3, cột «name»: «Tæng vèn ®Çu t­» có chữ không dùng trong tiếng Việt");

		// and a unit garbled by a file read in another encoding, or a department's name
		Files.writeString(this.input.resolve(CatalogReader.INDICATORS),
				"indicator;group;name;unit\nKT01;kinh_te;GRDP;%㤹\n");
		assertThatThrownBy(() -> new CatalogReader(VI).read(this.input)).hasMessageContaining("dòng 2, cột «unit»");
		Files.writeString(this.input.resolve(CatalogReader.INDICATORS), "indicator;group;name\nKT01;kinh_te;GRDP\n");
		Files.writeString(this.input.resolve(CatalogReader.DEPARTMENTS), "department,name\nSKHDT,Së KÕ ho¹ch\n");
		assertThatThrownBy(() -> new CatalogReader(VI).read(this.input))
			.hasMessageContaining("departments.csv, dòng 2, cột «name»");
	}

}
