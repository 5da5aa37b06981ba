package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The recipients list: every line that cannot be used named with its line and column. */
class RecipientsTests {

	private static final Messages VI = Messages.of("vi");

	@TempDir
	Path input;

	@Test
	void aGoodListGivesEachRecipientItsCopiesAndLine() throws IOException {
		write("name,title,copies,noi_nhan", "Nguyễn Đức Thanh,Bí thư Tỉnh ủy,2,Các đồng chí Ủy viên Ban Thường vụ",
				"Văn phòng Trung ương Đảng,,,");
		Recipients recipients = Recipients.load(this.input, VI);
		assertThat(recipients.usable()).isTrue();
		assertThat(recipients.recipients()).extracting(Recipients.Recipient::copies, Recipients.Recipient::line)
			.containsExactly(tuple(2, "Các đồng chí Ủy viên Ban Thường vụ"), tuple(1, "Văn phòng Trung ương Đảng"));
	}

	@Test
	void aLineTheDocumentsWouldPrintUnreadableIsNamedAndNoCopyIsMade() throws IOException {
		// given: a title typed in TCVN3, a line of "Nơi nhận" garbled by another encoding
		write("name,title,copies,noi_nhan", "Nguyễn Đức Thanh,BÝ th­ TØnh ñy,1,",
				"Văn phòng Trung ương Đảng,,1,V㤹n phòng", "Trần Quốc Nam,,nhiều,");

		// when
		Recipients recipients = Recipients.load(this.input, VI);

		// then
		assertThat(recipients.usable()).isFalse();
		assertThat(recipients.recipients()).isEmpty();
		assertThat(recipients.problems()).extracting(Problem::line, Problem::column, Problem::reason)
			.containsExactly(tuple(2L, "title", Reason.BAD_RECIPIENTS), tuple(3L, "noi_nhan", Reason.BAD_RECIPIENTS),
					tuple(4L, "copies", Reason.BAD_RECIPIENTS));
		assertThat(recipients.problems().get(0).message())
			.contains("«BÝ th­ TØnh ñy» có chữ không dùng trong tiếng Việt");
		assertThat(recipients.problems().get(2).message()).contains("số bản «nhiều»");
	}

	private void write(String... lines) throws IOException {
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve(Recipients.FILE), String.join("\n", lines) + "\n");
	}

}
