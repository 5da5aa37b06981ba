package vn.yearendreview.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.model.Digests;
import vn.yearendreview.publish.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A numbered copy is named with its recipient from the register of the set that published
 * it, whether the register gives one line per copy or, as sets published earlier do, one
 * line per document of each copy.
 */
class VerificationTests {

	private static final String COPY = "phat-hanh/02-pham-van-hau/nghi-quyet-2024.pdf";

	@TempDir
	Path output;

	@Test
	void aCopyIsNamedFromTheRegistersLineOfItsFolder() throws IOException {
		// given a set whose register has one line per copy
		Path copy = publish("""
				copy,recipient,title,folder,sha256 bao-cao-tong-hop-2023.pdf,sha256 nghi-quyet-2024.pdf,time
				1,Nguyễn Đức Thanh,Bí thư,phat-hanh/01-nguyen-duc-thanh,aa,bb,2023-12-05T09:30:00+07:00
				2,Phạm Văn Hậu,Phó Bí thư,phat-hanh/02-pham-van-hau,cc,dd,2023-12-05T09:30:00+07:00
				3,Trần Quốc Nam,Chủ tịch,phat-hanh/03-tran-quoc-nam,ee,ff,2023-12-05T09:30:00+07:00
				""");

		// when
		Verification.Result result = Verification.verify(copy, this.output);

		// then
		assertThat(result.found()).isTrue();
		assertThat(result.document()).isEqualTo(COPY);
		assertThat(result.copy()).isEqualTo("02/03");
		assertThat(result.recipient()).isEqualTo("Phạm Văn Hậu");
	}

	@Test
	void aCopyOfASetPublishedWithALinePerDocumentIsStillNamed() throws IOException {
		// given a set whose register has one line per document of each copy
		Path copy = publish(
				"""
						copy,recipient,title,document,file,sha256,time
						1,Nguyễn Đức Thanh,Bí thư,nghi-quyet-2024.pdf,phat-hanh/01-nguyen-duc-thanh/nghi-quyet-2024.pdf,aa,2023-12-05T09:30:00+07:00
						2,Phạm Văn Hậu,Phó Bí thư,nghi-quyet-2024.pdf,phat-hanh/02-pham-van-hau/nghi-quyet-2024.pdf,bb,2023-12-05T09:30:00+07:00
						""");

		// when
		Verification.Result result = Verification.verify(copy, this.output);

		// then
		assertThat(result.copy()).isEqualTo("02/02");
		assertThat(result.recipient()).isEqualTo("Phạm Văn Hậu");
	}

	@Test
	void aRegisterThatCannotBeReadLeavesTheDocumentNamedWithoutItsCopy() throws IOException {
		// given a register saved again by a spreadsheet, its header translated
		Path copy = publish("""
				Bản số;Người nhận
				2;Phạm Văn Hậu
				""");

		// when
		Verification.Result result = Verification.verify(copy, this.output);

		// then
		assertThat(result.found()).isTrue();
		assertThat(result.document()).isEqualTo(COPY);
		assertThat(result.copy()).isNull();
	}

	/**
	 * Publishes a set of 2023 holding one copy of the resolution and the given register;
	 * returns the copy.
	 */
	private Path publish(String register) throws IOException {
		Path year = this.output.resolve("2023");
		Path copy = year.resolve(COPY);
		Files.createDirectories(copy.getParent());
		Files.writeString(copy, "%PDF-1.4 copy 02", StandardCharsets.UTF_8);
		Files.writeString(year.resolve("so-phat-hanh-2023.csv"), "\uFEFF" + register, StandardCharsets.UTF_8);
		new Manifest(2023, 2023, "f".repeat(64), 1, 1, "2023-12-05T09:29:00", "2023-12-05T09:30:00", Map.of(), null,
				Manifest.DRAFTS, null, List.of(),
				List.of(new Manifest.Output(COPY, Digests.sha256(copy), Files.size(copy))))
			.write(year.resolve("manifest.json"));
		return copy;
	}

}
