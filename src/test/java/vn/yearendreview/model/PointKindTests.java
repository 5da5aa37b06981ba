package vn.yearendreview.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a narrative point's kind cell may say: its code or its name, however typed. */
class PointKindTests {

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ket_qua            | KET_QUA
			Kết quả nổi bật    | KET_QUA
			KẾT QUẢ NỔI BẬT    | KET_QUA
			ket qua            | KET_QUA
			han_che            | HAN_CHE
			Hạn chế            | HAN_CHE
			Hạn chế, yếu kém   | HAN_CHE
			nguyen_nhan        | NGUYEN_NHAN
			Nguyên nhân        | NGUYEN_NHAN
			nhiem_vu           | NHIEM_VU
			Nhiệm vụ năm sau   | NHIEM_VU
			Nhiệm vụ, giải pháp | NHIEM_VU
			""")
	void aCodeOrANameGivesTheKind(String cell, PointKind kind) {
		assertThat(PointKind.of(cell)).contains(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Đánh giá", "ket", "kết quả đạt được năm nay", "1" })
	void anythingElseIsNoKind(String cell) {
		assertThat(PointKind.of(cell)).isEmpty();
	}

}
