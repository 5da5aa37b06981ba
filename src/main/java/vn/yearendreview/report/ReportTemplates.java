package vn.yearendreview.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTemplate;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlTemplateLoader;

import vn.yearendreview.submission.InputFolder;

/**
 * The report templates of {@code reports/}, compiled once and shared by every document. A
 * compiled template is kept in a cache folder under the SHA-256 of its source, so that
 * later runs load it instead of compiling it again (compiling takes most of a small run's
 * time); an edited template gets a new hash and is compiled anew.
 */
public class ReportTemplates implements AutoCloseable {

	/** Where the templates are on the class path. */
	public static final String LOCATION = "reports/";

	private static final Logger logger = LoggerFactory.getLogger(ReportTemplates.class);

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	private final Path cache;

	private volatile JRTemplate styles;

	private volatile boolean closed;

	private Thread preload;

	/**
	 * Templates compiled in memory only.
	 */
	public ReportTemplates() {
		this(null);
	}

	/**
	 * Templates whose compiled form is kept in a folder.
	 * @param cache the folder, {@code null} for none
	 */
	public ReportTemplates(Path cache) {
		this.cache = cache;
	}

	/**
	 * Loads every template and the fonts in a background thread, while the run reads its
	 * inputs: the first document then does not wait for them.
	 * @param names the templates to load
	 */
	public void preloadInBackground(String... names) {
		Thread preload = new Thread(() -> {
			try {
				styles();
				for (String name : names) {
					if (this.closed) {
						return;
					}
					get(name);
				}
				FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
					.getAwtFontFromBundles("Times New Roman", java.awt.Font.PLAIN, 14f, Locale.ROOT, true);
			}
			catch (RuntimeException ex) {
				logger.debug("templates not preloaded; they are loaded when first used", ex);
			}
		}, "templates");
		preload.setDaemon(true);
		preload.start();
		this.preload = preload;
	}

	/**
	 * Stops loading in the background, once the template being loaded is written: a run
	 * that ends early leaves no file being written behind it.
	 * @throws InterruptedException when interrupted while waiting
	 */
	@Override
	public void close() throws InterruptedException {
		this.closed = true;
		if (this.preload != null) {
			this.preload.join();
		}
	}

	/**
	 * A compiled template.
	 * @param name the template's file name without {@code .jrxml}
	 * @return the compiled report
	 */
	public JasperReport get(String name) {
		return this.compiled.computeIfAbsent(name, this::load);
	}

	/**
	 * The shared styles, {@code styles.jrtx}.
	 * @return the style template
	 */
	public JRTemplate styles() {
		if (this.styles == null) {
			try (InputStream in = new java.io.ByteArrayInputStream(source("styles.jrtx"))) {
				this.styles = JRXmlTemplateLoader.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.styles;
	}

	private JasperReport load(String name) {
		byte[] source = source(name + ".jrxml");
		Path cached = null;
		if (this.cache != null) {
			String hash = HexFormat.of().formatHex(InputFolder.newDigest().digest(source)).substring(0, 16);
			cached = this.cache.resolve(name + "-" + hash + ".jasper");
			if (Files.isRegularFile(cached)) {
				try {
					return (JasperReport) JRLoader.loadObject(cached.toFile());
				}
				catch (JRException | RuntimeException ex) {
					logger.debug("compiled template {} cannot be loaded, compiling again", cached, ex);
				}
			}
		}
		JasperReport report = compile(name, source);
		if (cached != null) {
			keep(report, cached);
		}
		return report;
	}

	private static JasperReport compile(String name, byte[] source) {
		try {
			return JasperCompileManager.compileReport(new java.io.ByteArrayInputStream(source));
		}
		catch (JRException ex) {
			throw new IllegalStateException(
					"template " + LOCATION + name + ".jrxml does not compile: " + ex.getMessage(), ex);
		}
	}

	private static void keep(JasperReport report, Path cached) {
		try {
			Files.createDirectories(cached.getParent());
			Path written = Files.createTempFile(cached.getParent(), "compiling", ".tmp");
			JRSaver.saveObject(report, written.toFile());
			try {
				Files.move(written, cached, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(written, cached, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException | JRException ex) {
			logger.debug("compiled template {} not kept", cached, ex);
		}
	}

	private static byte[] source(String file) {
		try (InputStream in = ReportTemplates.class.getClassLoader().getResourceAsStream(LOCATION + file)) {
			if (in == null) {
				throw new IOException("missing template " + LOCATION + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
