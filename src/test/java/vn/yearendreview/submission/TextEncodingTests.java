package vn.yearendreview.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.submission.kind.TextEncoding;

import static org.assertj.core.api.Assertions.assertThat;

class TextEncodingTests {

	@TempDir
	Path dir;

	@Test
	void recognisesUtf8WithAndWithoutMark() throws IOException {
		assertThat(detect("Năm".getBytes(StandardCharsets.UTF_8))).satisfies((e) -> {
			assertThat(e.charset()).isEqualTo(StandardCharsets.UTF_8);
			assertThat(e.bomLength()).isZero();
			assertThat(e.fallback()).isFalse();
		});
		byte[] marked = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a' };
		assertThat(detect(marked).bomLength()).isEqualTo(3);
		assertThat(detect(marked).label()).isEqualTo("UTF-8 (BOM)");
	}

	@Test
	void fallsBackToWindows1258WhenTheBytesAreNotUtf8() throws IOException {
		TextEncoding encoding = detect("Năm".getBytes(TextEncoding.WINDOWS_1258));
		assertThat(encoding.charset()).isEqualTo(TextEncoding.WINDOWS_1258);
		assertThat(encoding.fallback()).isTrue();
	}

	@Test
	void findsAnInvalidSequenceBeyondTheFirstBlock() throws IOException {
		byte[] bytes = new byte[200_000];
		java.util.Arrays.fill(bytes, (byte) 'a');
		bytes[150_000] = (byte) 0xE2;
		assertThat(detect(bytes).fallback()).isTrue();
	}

	@Test
	void recognisesBinaryFiles() throws IOException {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0 };
		assertThat(detect(zip).binary()).isTrue();
	}

	@Test
	void readsUtf16WithAMark() throws IOException {
		byte[] bytes = "\uFEFFa\tb".getBytes(StandardCharsets.UTF_16LE);
		TextEncoding encoding = detect(bytes);
		assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(encoding.binary()).isFalse();
	}

	private TextEncoding detect(byte[] bytes) throws IOException {
		Path file = Files.createTempFile(this.dir, "enc", ".csv");
		Files.write(file, bytes);
		return TextEncoding.detect(file);
	}

}
