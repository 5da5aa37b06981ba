package vn.yearendreview.submission;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Target;
import vn.yearendreview.model.TermProgress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog's five-year targets: read in the target syntax with how each is measured,
 * and a target that could only be assessed by a guessed rule refused with its cell.
 */
class CatalogTermTargetsTests {

	private static final Messages VI = Messages.of("vi");

	@TempDir
	Path input;

	@Test
	void readsEachKindInEnglishOrVietnameseWords() throws IOException {
		write("ma_chi_tieu;chi_tieu;dvt;muc_tieu_nhiem_ky;cach_tinh_nhiem_ky", "KT01;GRDP;%;10-11;bình quân",
				"KT03;Vốn đầu tư;tỷ đồng;trên 100.000;Lũy kế", "KT08;Xã nông thôn mới;xã;50;end",
				"XH06;Thất nghiệp;%;dưới 4;hằng năm", "XD01;Đảng viên;đảng viên;;");
		Catalog catalog = new CatalogReader(VI).read(this.input);
		assertThat(catalog.indicators().get("KT01").termKind()).isEqualTo(TermProgress.Kind.AVERAGE);
		assertThat(catalog.indicators()
			.get("KT01")
			.termTarget()
			.sameAs(Target.range(BigDecimal.TEN, new BigDecimal("11")))).isTrue();
		assertThat(catalog.indicators().get("KT03").termKind()).isEqualTo(TermProgress.Kind.TOTAL);
		assertThat(catalog.indicators().get("KT03").termTarget().sameAs(Target.atLeast(new BigDecimal("100000"))))
			.isTrue();
		assertThat(catalog.indicators().get("KT08").termKind()).isEqualTo(TermProgress.Kind.END);
		assertThat(catalog.indicators().get("XH06").termKind()).isEqualTo(TermProgress.Kind.EACH_YEAR);
		assertThat(catalog.indicators().get("XH06").termTarget().kind()).isEqualTo(Target.Kind.AT_MOST);
		assertThat(catalog.indicators().get("XD01").termTarget()).isNull();
		assertThat(catalog.indicators().get("XD01").termKind()).isNull();
	}

	@Test
	void aTargetWithoutItsMeasureIsRefusedNamingTheCell() throws IOException {
		write("indicator,name,term_target,term_kind", "KT01,GRDP,10-11,");
		assertThatThrownBy(() -> new CatalogReader(VI).read(this.input)).isInstanceOf(CatalogException.class)
			.hasMessageContaining("dòng 2")
			.hasMessageContaining("term_target")
			.hasMessageContaining("average");
	}

	@Test
	void aMeasureWithoutATargetOrAnUnknownMeasureIsRefused() throws IOException {
		write("indicator,name,term_target,term_kind", "KT01,GRDP,,average");
		assertThatThrownBy(() -> new CatalogReader(VI).read(this.input)).isInstanceOf(CatalogException.class)
			.hasMessageContaining("term_kind")
			.hasMessageContaining("chưa có mục tiêu nhiệm kỳ");
		write("indicator,name,term_target,term_kind", "KT01,GRDP,10-11,mỗi quý");
		assertThatThrownBy(() -> new CatalogReader(VI).read(this.input)).isInstanceOf(CatalogException.class)
			.hasMessageContaining("«mỗi quý» không phải cách tính");
	}

	@Test
	void readsThePlausibilitySettingsOfAnIndicator() throws IOException {
		write("indicator;name;unit;max_change;bounded", "KT03;Vốn đầu tư;tỷ đồng;80;", "XH04;Tỷ lệ BHYT;%;;có",
				"KT01;GRDP;%;;");
		Catalog catalog = new CatalogReader(VI).read(this.input);
		assertThat(catalog.indicators().get("KT03").maxChange()).isEqualByComparingTo("80");
		assertThat(catalog.indicators().get("KT03").bounded()).isFalse();
		assertThat(catalog.indicators().get("XH04").maxChange()).isNull();
		assertThat(catalog.indicators().get("XH04").bounded()).isTrue();
		assertThat(catalog.indicators().get("KT01").bounded()).isFalse();
		write("indicator;name;max_change", "KT03;Vốn đầu tư;-5");
		assertThatThrownBy(() -> new CatalogReader(VI).read(this.input)).isInstanceOf(CatalogException.class)
			.hasMessageContaining("max_change")
			.hasMessageContaining("«-5»");
	}

	/**
	 * Writes a catalog of the given columns, and the group column a catalog must have.
	 */
	private void write(String... lines) throws IOException {
		String delimiter = lines[0].contains(";") ? ";" : ",";
		StringBuilder text = new StringBuilder(lines[0]).append(delimiter).append("group\n");
		for (int i = 1; i < lines.length; i++) {
			text.append(lines[i]).append(delimiter).append("kinh_te\n");
		}
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve(CatalogReader.INDICATORS), text);
	}

}
