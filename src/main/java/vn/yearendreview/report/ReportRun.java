package vn.yearendreview.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;

import vn.yearendreview.model.Messages;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.submission.Recipients;

/**
 * What a report step needs to know of its run.
 *
 * @param facts the run's facts
 * @param folder the staging folder the documents are written to
 */
record ReportRun(RunFacts facts, Path folder) {

	static ReportRun of(StepExecution stepExecution, ReviewProperties properties) throws IOException {
		RunFacts facts = RunFacts.of(stepExecution.getJobExecution());
		Path folder = properties.layout().stagingFolder(facts.instance());
		Files.createDirectories(folder);
		return new ReportRun(facts, folder);
	}

	long instance() {
		return this.facts.instance();
	}

	int year() {
		return this.facts.decidedYear();
	}

	Documents documents(Messages messages, ReportSettings settings) {
		return new Documents(messages, settings, year(), this.facts.documentFingerprint());
	}

	/** Where long documents keep their pages while they are written. */
	static Path swapFolder(ReviewProperties properties) {
		return properties.layout().swapFolder();
	}

	/**
	 * The recipients for "Nơi nhận", or none when their file cannot be used (the data
	 * check says why).
	 */
	static Recipients recipientsOrNone(ObjectProvider<Recipients> recipients) {
		Recipients list = recipients.getObject();
		return list.usable() ? list : Recipients.none();
	}

}
