package vn.yearendreview.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;

/**
 * The report templates of {@code reports/}, compiled once per run and shared by every
 * document.
 */
public class ReportTemplates {

	/** Where the templates are on the class path. */
	public static final String LOCATION = "reports/";

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	private volatile JRTemplate styles;

	/**
	 * A compiled template.
	 * @param name the template's file name without {@code .jrxml}
	 * @return the compiled report
	 */
	public JasperReport get(String name) {
		return this.compiled.computeIfAbsent(name, this::compile);
	}

	/**
	 * The shared styles, {@code styles.jrtx}.
	 * @return the style template
	 */
	public JRTemplate styles() {
		if (this.styles == null) {
			try (InputStream in = open("styles.jrtx")) {
				this.styles = JRXmlTemplateLoader.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.styles;
	}

	private JasperReport compile(String name) {
		try (InputStream in = open(name + ".jrxml")) {
			return JasperCompileManager.compileReport(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JRException ex) {
			throw new IllegalStateException(
					"template " + LOCATION + name + ".jrxml does not compile: " + ex.getMessage(), ex);
		}
	}

	private static InputStream open(String file) throws IOException {
		InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(LOCATION + file);
		if (in == null) {
			throw new IOException("missing template " + LOCATION + file);
		}
		return in;
	}

}
