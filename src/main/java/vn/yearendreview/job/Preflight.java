package vn.yearendreview.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.yearendreview.distribution.Protection;
import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.CatalogException;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.submission.Recipients;

/**
 * Before anything is run: the planner's reference files are read, and what cannot be used
 * is said in the program's words. A bad catalog or settings file stops the run; a bad
 * recipients list only means no copies, said before any work.
 */
@Component
class Preflight {

	private static final Logger logger = LoggerFactory.getLogger(ReviewRunner.class);

	private final ReviewProperties properties;

	private final Messages messages;

	private final ObjectProvider<Catalog> catalog;

	private final ObjectProvider<ReportSettings> settings;

	private final ObjectProvider<Recipients> recipients;

	private final ObjectProvider<Protection> protection;

	Preflight(ReviewProperties properties, Messages messages, ObjectProvider<Catalog> catalog,
			ObjectProvider<ReportSettings> settings, ObjectProvider<Recipients> recipients,
			ObjectProvider<Protection> protection) {
		this.properties = properties;
		this.messages = messages;
		this.catalog = catalog;
		this.settings = settings;
		this.recipients = recipients;
		this.protection = protection;
	}

	/**
	 * Reads the catalog, the report settings and, for a run that makes documents, the
	 * protection of the copies; says what is wrong with them.
	 * @return {@code false} when one of them cannot be used: nothing is run
	 */
	boolean check() {
		try {
			this.catalog.getObject();
			this.settings.getObject();
			if (!this.properties.validateOnly()) {
				this.protection.getObject();
			}
		}
		catch (Protection.ProtectionException ex) {
			logger.error(this.messages.get("run.badProtection", ex.getMessage()));
			return false;
		}
		catch (CatalogException | ReportSettings.SettingsException ex) {
			logger.error(this.messages.get("run.badReference", ex.getMessage()));
			return false;
		}
		catch (RuntimeException ex) {
			Throwable cause = Failures.rootCause(ex);
			if (cause instanceof Protection.ProtectionException) {
				logger.error(this.messages.get("run.badProtection", cause.getMessage()));
				return false;
			}
			if (cause instanceof CatalogException || cause instanceof ReportSettings.SettingsException) {
				logger.error(this.messages.get("run.badReference", cause.getMessage()));
				return false;
			}
			throw ex;
		}
		if (!this.properties.validateOnly()) {
			reportUnusableRecipients();
		}
		return true;
	}

	/**
	 * Says before any work that the copies will not be made, and names every bad line.
	 */
	private void reportUnusableRecipients() {
		Recipients list = this.recipients.getObject();
		if (list.usable()) {
			return;
		}
		logger.warn(this.messages.get("run.badRecipients", Recipients.FILE));
		for (Problem problem : list.problems()) {
			logger.warn(this.messages.get("run.problemLine", Recipients.FILE,
					(problem.line() != null) ? problem.line() : "", (problem.column() != null) ? problem.column() : "",
					problem.message()));
		}
	}

}
