package vn.yearendreview.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRSaver;

/**
 * Compiles the templates when the program is built, so that no run has to: every
 * {@code reports/*.jrxml} of the build's class folder is compiled into
 * {@code reports/compiled/<name>-<hash>.jasper}, named by the hash of its source like the
 * run's own cache. Maven runs it in the {@code process-classes} phase.
 */
public final class TemplateCompiler {

	private TemplateCompiler() {
	}

	/**
	 * Compiles the templates of a class folder.
	 * @param args the class folder, e.g. {@code target/classes}
	 * @throws IOException when a template cannot be read or written
	 * @throws JRException when a compiled template cannot be written
	 */
	public static void main(String[] args) throws IOException, JRException {
		Path reports = Path.of(args[0]).resolve(ReportTemplates.LOCATION);
		Path target = reports.resolve(ReportTemplates.COMPILED_FOLDER);
		Files.createDirectories(target);
		List<Path> sources;
		try (Stream<Path> files = Files.list(reports)) {
			sources = files.filter((file) -> file.getFileName().toString().endsWith(".jrxml")).sorted().toList();
		}
		try (Stream<Path> old = Files.list(target)) {
			for (Path file : old.toList()) {
				Files.delete(file);
			}
		}
		for (Path source : sources) {
			String name = source.getFileName().toString().replaceFirst("\\.jrxml$", "");
			byte[] text = Files.readAllBytes(source);
			JasperReport report = ReportTemplates.compile(name, text);
			JRSaver.saveObject(report, target.resolve(ReportTemplates.compiledName(name, text)).toFile());
		}
	}

}
