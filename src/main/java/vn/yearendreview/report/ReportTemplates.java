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

import vn.yearendreview.model.Digests;

/**
 * The report templates of {@code reports/}, compiled once and shared by every document.
 * The build compiles them ({@link TemplateCompiler}); a template whose source differs
 * from what was built is compiled by the run and kept in a cache folder under the SHA-256
 * of its source, so that later runs load it instead of compiling it again (compiling
 * takes most of a small run's time).
 */
public class ReportTemplates implements AutoCloseable {

	/** Where the templates are on the class path. */
	public static final String LOCATION = "reports/";

	/** The folder under {@link #LOCATION} of the templates compiled at build time. */
	public static final String COMPILED_FOLDER = "compiled";

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
	 * inputs: the first document then does not wait for them. A thread of its own,
	 * started with the application, because loading takes about 2 s, longer than reading
	 * a province's files: as a step run beside ingest in a split flow it finished later,
	 * and the sample set took 12.6 s against 12.1 s with this thread (medians of 5 runs;
	 * 13.1 s without loading ahead).
	 * @param names the templates to load
	 */
	public void preloadInBackground(String... names) {
		preloadInBackground(null, names);
	}

	/**
	 * Loads every template and the fonts in a background thread, as
	 * {@link #preloadInBackground(String...)} does, then does more in the same thread.
	 * @param then what to load after them, {@code null} for nothing
	 * @param names the templates to load
	 */
	public void preloadInBackground(Runnable then, String... names) {
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
				if (then != null && !this.closed) {
					then.run();
				}
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
		String compiledName = compiledName(name, source);
		try (InputStream built = ReportTemplates.class.getClassLoader()
			.getResourceAsStream(LOCATION + COMPILED_FOLDER + "/" + compiledName)) {
			if (built != null) {
				return (JasperReport) JRLoader.loadObject(built);
			}
		}
		catch (IOException | JRException | RuntimeException ex) {
			logger.debug("template {} compiled at build time cannot be loaded", compiledName, ex);
		}
		Path cached = null;
		if (this.cache != null) {
			cached = this.cache.resolve(compiledName);
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

	/**
	 * The file name of a compiled template: its name and the start of its source's
	 * SHA-256, so an edited template never loads an old compilation.
	 * @param name the template's name
	 * @param source its source
	 * @return e.g. {@code don-vi-3f2a9c0d1e4b5a67.jasper}
	 */
	static String compiledName(String name, byte[] source) {
		return name + "-" + HexFormat.of().formatHex(Digests.newDigest().digest(source)).substring(0, 16) + ".jasper";
	}

	static JasperReport compile(String name, byte[] source) {
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
