package vn.yearendreview;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.yearendreview.model.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README is read without the rest of the project's papers, and says what the program
 * says.
 */
class ReadmeTests {

	private static final Path README = Path.of("README.md");

	@Test
	void everyFileItLinksToIsInTheRepository() throws Exception {
		String readme = Files.readString(README, StandardCharsets.UTF_8);
		Matcher links = Pattern.compile("\\]\\(([^)#]+)\\)").matcher(readme);
		while (links.find()) {
			String target = links.group(1);
			if (!target.startsWith("http")) {
				assertThat(Path.of(target)).as(target).exists();
				assertThat(Path.of(target).toAbsolutePath().normalize()).startsWith(Path.of("").toAbsolutePath());
			}
		}
		assertThat(readme).doesNotContain("DESIGN.md", "../shared", "STACK.md", "STYLE.md");
	}

	@Test
	void itDescribesExitCodeThreeAsTheHelpDoes() throws Exception {
		String help = flat(Messages.of("en").get("usage.text"));
		Matcher three = Pattern.compile("3 (completed, with something to look at .*?);").matcher(help);
		assertThat(three.find()).as(help).isTrue();
		String readme = flat(Files.readString(README, StandardCharsets.UTF_8).replace("`", ""));
		assertThat(readme).contains("3 " + three.group(1) + ";");
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
