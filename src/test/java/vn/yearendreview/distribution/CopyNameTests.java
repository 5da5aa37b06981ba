package vn.yearendreview.distribution;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CopyNameTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Phạm Văn Hậu                         | 3   | 15  | 03-pham-van-hau.pdf
			Đặng Thị Ánh Tuyết                   | 6   | 15  | 06-dang-thi-anh-tuyet.pdf
			Huỳnh Ngọc Ẩn                        | 7   | 15  | 07-huynh-ngoc-an.pdf
			Võ Thị Ở                             | 9   | 9   | 09-vo-thi-o.pdf
			Trương Quang Được                    | 10  | 15  | 10-truong-quang-duoc.pdf
			Chamaléa Điều                        | 14  | 15  | 14-chamalea-dieu.pdf
			Ban Bí thư Trung ương Đảng (b/c)     | 1   | 6   | 01-ban-bi-thu-trung-uong-dang-b-c.pdf
			Các sở, ban, ngành tỉnh              | 7   | 120 | 007-cac-so-ban-nganh-tinh.pdf
			  Nguyễn   Văn  A.                   | 100 | 120 | 100-nguyen-van-a.pdf
			«…»                                  | 2   | 2   | 02.pdf
			""")
	void fileNameIsCopyNumberAndAsciiName(String name, int number, int total, String expected) {
		assertThat(CopyName.of(number, total, name)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "Nguyễn Văn Hùng", "Lê Huyền", "Ưng Hoàng Phúc" })
	void decomposedAccentsGiveTheSameName(String name) {
		assertThat(CopyName.ascii(Normalizer.normalize(name, Normalizer.Form.NFD))).isEqualTo(CopyName.ascii(name))
			.matches("[a-z-]+");
	}

	@ParameterizedTest
	@CsvSource({ "Một cái tên rất dài của một cơ quan nhận tài liệu vượt quá sáu mươi ký tự cho phép trong tên tệp" })
	void longNamesAreCutAtSixtyCharacters(String name) {
		assertThat(CopyName.ascii(name)).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
	}

}
