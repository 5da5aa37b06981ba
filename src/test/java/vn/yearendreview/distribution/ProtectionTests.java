package vn.yearendreview.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.ReportSettings.SettingsException;
import vn.yearendreview.support.TestKeyStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where protection settings come from, and what a planner is told when they are wrong.
 */
class ProtectionTests {

	private final Messages messages = Messages.of("vi");

	@TempDir
	Path input;

	@Test
	void nothingSetMeansNoProtection() {
		Protection protection = Protection.load(this.input, this.messages, Map.of(), "Ninh Thuận");
		assertThat(protection.encrypts()).isFalse();
		assertThat(protection.signs()).isFalse();
	}

	@Test
	void keyFileFromTheSettingsAndPasswordsFromTheEnvironment() throws IOException {
		Path keystore = this.input.resolve("office.p12");
		TestKeyStore.create(keystore, " secret 1 ");
		settings("sign.keystore=" + keystore + "\nsign.reason=Bản chính thức\n");
		Protection protection = Protection.load(this.input, this.messages,
				Map.of(Protection.KEYSTORE_PASSWORD_ENV, " secret 1 ", Protection.OWNER_PASSWORD_ENV, " owner 1"),
				"Ninh Thuận");
		assertThat(protection.ownerPassword()).isEqualTo(" owner 1");
		assertThat(protection.signs()).isTrue();
		assertThat(protection.signer().reason()).isEqualTo("Bản chính thức");
		assertThat(protection.signer().location()).isEqualTo("Ninh Thuận");
		assertThat(protection.toString()).doesNotContain("owner 1");
		assertThat(protection.signer().toString()).contains(TestKeyStore.COMMON_NAME).doesNotContain("RSA");
	}

	@Test
	void keyFileMayComeFromTheEnvironment() {
		Path keystore = this.input.resolve("office.p12");
		TestKeyStore.create(keystore, "secret-2");
		Protection protection = Protection.load(this.input, this.messages,
				Map.of(Protection.KEYSTORE_ENV, keystore.toString(), Protection.KEYSTORE_PASSWORD_ENV, "secret-2"), "");
		assertThat(protection.signs()).isTrue();
		assertThat(protection.encrypts()).isFalse();
	}

	@Test
	void identityChangesWithThePassword() {
		String first = Protection.load(this.input, this.messages, Map.of(Protection.OWNER_PASSWORD_ENV, "owner-1"), "")
			.identity();
		String second = Protection.load(this.input, this.messages, Map.of(Protection.OWNER_PASSWORD_ENV, "owner-2"), "")
			.identity();
		assertThat(first).isNotEqualTo(second).matches("[0-9a-f]{64}");
		assertThat(Protection.load(this.input, this.messages, Map.of(), "").identity()).isNotEqualTo(first);
	}

	@ParameterizedTest
	@CsvSource({ "protect.owner_password,YEAREND_OWNER_PASSWORD", "sign.password,YEAREND_SIGN_PASSWORD" })
	void passwordsInTheSettingsFileAreRefused(String key, String variable) throws IOException {
		settings(key + "=123456\n");
		assertThatThrownBy(() -> Protection.load(this.input, this.messages, Map.of(), ""))
			.isInstanceOf(SettingsException.class)
			.hasMessageContaining(key)
			.hasMessageContaining(variable)
			.hasMessageNotContaining("123456");
	}

	@Test
	void missingKeystoreIsNamed() throws IOException {
		settings("sign.keystore=" + this.input.resolve("missing.p12") + "\n");
		assertThatThrownBy(
				() -> Protection.load(this.input, this.messages, Map.of(Protection.KEYSTORE_PASSWORD_ENV, "x"), ""))
			.isInstanceOf(SettingsException.class)
			.hasMessageContaining("Không tìm thấy tệp chữ ký số")
			.hasMessageContaining("missing.p12");
	}

	private void settings(String text) throws IOException {
		Files.createDirectories(this.input.resolve("catalog"));
		Files.writeString(this.input.resolve("catalog/report.properties"), text, StandardCharsets.UTF_8);
	}

}
