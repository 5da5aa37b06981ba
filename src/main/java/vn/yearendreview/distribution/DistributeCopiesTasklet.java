package vn.yearendreview.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;

import vn.yearendreview.model.InputFile;
import vn.yearendreview.model.Messages;
import vn.yearendreview.report.Documents;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.submission.InputFolder;
import vn.yearendreview.submission.Recipients;
import vn.yearendreview.submission.RunInputs;

/**
 * Makes the numbered copies of the committee's documents written by the run (or of their
 * approved finals), one per recipient in {@code phat-hanh/}, with the print bundle and
 * the distribution register. With no recipients list, or one that cannot be used, it
 * makes none: the run said why when it started.
 */
class DistributeCopiesTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(DistributeCopiesTasklet.class);

	private final ReviewProperties properties;

	private final Messages messages;

	private final ObjectProvider<ReportSettings> settings;

	private final ObjectProvider<Recipients> recipients;

	private final ObjectProvider<Protection> protection;

	private final DistributionRegister register;

	private final RunInputs inputs;

	private final FileTable files;

	private final ProblemTable problems;

	DistributeCopiesTasklet(ReviewProperties properties, Messages messages, ObjectProvider<ReportSettings> settings,
			ObjectProvider<Recipients> recipients, ObjectProvider<Protection> protection, DistributionRegister register,
			RunInputs inputs, FileTable files, ProblemTable problems) {
		this.properties = properties;
		this.messages = messages;
		this.settings = settings;
		this.recipients = recipients;
		this.protection = protection;
		this.register = register;
		this.inputs = inputs;
		this.files = files;
		this.problems = problems;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		RunFacts facts = RunFacts.of(step.getJobExecution());
		int year = facts.decidedYear();
		long instance = step.getJobExecution().getJobInstanceId();
		Path folder = this.properties.layout().stagingFolder(instance);
		PersonalCopies.clearLeftovers(folder, OutputLayout.registerCsv(year), OutputLayout.registerPdf(year));
		List<PersonalCopies.Document> documents = new ArrayList<>();
		for (String name : OutputLayout.committeeDocuments(year)) {
			if (Files.isRegularFile(folder.resolve(name))) {
				documents.add(new PersonalCopies.Document(name, folder.resolve(name)));
			}
		}
		List<InputFile> finals = this.inputs.finals();
		if (!finals.isEmpty()) {
			documents = fromFinals(finals, documents, instance);
		}
		Recipients list = this.recipients.getObject();
		if (!list.usable()) {
			// the run said why when it started, and the data check lists every bad line
			return RepeatStatus.FINISHED;
		}
		List<PersonalCopies.Copy> copies = PersonalCopies.plan(list);
		if (copies.isEmpty()) {
			logger.info(this.messages.get("distribution.noRecipients", Recipients.FILE));
			return RepeatStatus.FINISHED;
		}
		Clock clock = Clock.systemDefaultZone();
		ZonedDateTime madeAt = ZonedDateTime.now(clock);
		PersonalCopies issuer = new PersonalCopies(this.protection.getObject(), clock);
		String bundle = OutputLayout.bundle(year);
		if (documents.isEmpty()) {
			// every final is unusable: the data check names them, no copy is made
			return RepeatStatus.FINISHED;
		}
		List<PersonalCopies.Issued> issued = issuer.issue(documents, folder, copies,
				(copy) -> this.messages.get("distribution.mark", copy.printedNumber(),
						CopyName.copyNumber(copy.total(), copy.total()), copy.recipient().name()),
				bundle, this.settings.getObject().date(), facts.documentFingerprint());
		this.register.writeCsv(issued, this.properties.lang(), folder.resolve(OutputLayout.registerCsv(year)));
		this.register.writePdf(issued,
				new Documents(this.messages, this.settings.getObject(), year, facts.documentFingerprint()),
				this.protection.getObject(), OutputLayout.COPIES + "/" + bundle, madeAt,
				folder.resolve(OutputLayout.registerPdf(year)));
		logger.info(this.messages.get("distribution.issued", copies.size(), OutputLayout.COPIES,
				OutputLayout.registerPdf(year)));
		Protection protecting = this.protection.getObject();
		if (protecting.encrypts()) {
			logger.info(this.messages.get("distribution.encrypted"));
		}
		if (protecting.signs()) {
			logger.info(this.messages.get("distribution.signed",
					protecting.signer().certificate().getSubjectX500Principal().getName()));
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * The documents copied while {@code ban-chinh-thuc/} holds any file: each from its
	 * approved final. A final that cannot be used, and a document without one, are named
	 * in the console and the data check (exit 3); such a document is left out of the
	 * copies.
	 */
	private List<PersonalCopies.Document> fromFinals(List<InputFile> finals, List<PersonalCopies.Document> documents,
			long instance) {
		ApprovedFinals.Checked checked = ApprovedFinals.check(finals,
				documents.stream().map(PersonalCopies.Document::name).toList(), this.messages);
		checked.problems().forEach((file, problem) -> {
			logger.warn(problem.message());
			this.problems.insertProblems(instance, this.files.fileNumber(instance, file), List.of(problem));
		});
		checked.missing().forEach((problem) -> logger.warn(problem.message()));
		if (!checked.missing().isEmpty()) {
			this.problems.insertProblems(instance, FileTable.NO_FILE, checked.missing());
		}
		if (!checked.documents().isEmpty()) {
			logger.info(this.messages.get("distribution.fromFinals", InputFolder.FINALS,
					String.join(", ", checked.documents().stream().map(PersonalCopies.Document::name).toList())));
		}
		return checked.documents();
	}

}
