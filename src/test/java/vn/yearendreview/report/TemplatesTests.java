package vn.yearendreview.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesTests {

	static Stream<String> templates() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("reports"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".jrxml"))
				.map((name) -> name.substring(0, name.length() - ".jrxml".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}.jrxml compiles")
	@MethodSource("templates")
	void everyTemplateCompiles(String name) {
		assertThat(new ReportTemplates().get(name)).isNotNull();
	}

	@Test
	void sharedStylesLoad() {
		assertThat(new ReportTemplates().styles().getStyles()).extracting("name")
			.contains("Body", "Heading1", "TableCell");
	}

}
