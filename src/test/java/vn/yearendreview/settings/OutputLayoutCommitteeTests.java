package vn.yearendreview.settings;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.model.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one list of the committee's documents: their files in the order a copy holds them,
 * and a summary line and a register line for each in both editions.
 */
class OutputLayoutCommitteeTests {

	@ParameterizedTest
	@ValueSource(strings = { "vi", "en" })
	void everyCommitteeDocumentHasItsFilesAndItsLines(String language) {
		Messages messages = Messages.of(language);

		assertThat(OutputLayout.committeeDocuments(2023)).containsExactly("bao-cao-tong-hop-2023.pdf",
				"nghi-quyet-2024.pdf", "chuong-trinh-cong-tac-2024.pdf");
		assertThat(Arrays.stream(CommitteeFile.values()).map((document) -> document.word(2023)))
			.containsExactly("bao-cao-tong-hop-2023.docx", "nghi-quyet-2024.docx", "chuong-trinh-cong-tac-2024.docx");
		for (CommitteeFile document : CommitteeFile.values()) {
			String summary = messages.get(document.summaryKey(), "/out/" + document.pdf(2023));
			String register = messages.get(document.registerKey(), 2024, "125-BC/TU",
					LocalDate.of(2023, 12, 5).toString(), "Ban Thường vụ Tỉnh ủy", 2023);
			assertThat(summary).as(document.name()).endsWith("/out/" + document.pdf(2023)).doesNotContain("{");
			assertThat(register).as(document.name()).contains("2024").doesNotContain("{", "summary.", "register.");
		}
	}

}
