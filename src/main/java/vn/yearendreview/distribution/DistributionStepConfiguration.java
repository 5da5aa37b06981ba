package vn.yearendreview.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

import vn.yearendreview.Messages;
import vn.yearendreview.OutputLayout;
import vn.yearendreview.ProcessEnvironment;
import vn.yearendreview.ReportSettings;
import vn.yearendreview.ReviewProperties;
import vn.yearendreview.RunFacts;
import vn.yearendreview.report.Documents;
import vn.yearendreview.staging.StagingRepository;
import vn.yearendreview.submission.InputFile;
import vn.yearendreview.submission.InputFolder;
import vn.yearendreview.submission.Recipients;
import vn.yearendreview.submission.RunInputs;
import vn.yearendreview.report.ReportTemplates;

/**
 * The distribution step: after the committee's documents are written, one numbered copy
 * of each per recipient in {@code phat-hanh/}, the print bundle, and the distribution
 * register. With no recipients list, or one that cannot be used, the step says so and the
 * other documents are still produced.
 */
@Configuration(proxyBeanMethods = false)
class DistributionStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(DistributionStepConfiguration.class);

	@Bean
	@Lazy
	Protection protection(RunInputs inputs, Messages messages, ObjectProvider<ReportSettings> settings,
			ProcessEnvironment environment) {
		return Protection.load(inputs.references(), messages, environment.variables(), settings.getObject().place());
	}

	@Bean
	Step distributeCopiesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReviewProperties properties, Messages messages, ObjectProvider<ReportSettings> settings,
			ObjectProvider<Recipients> recipients, ObjectProvider<Protection> protection, ReportTemplates templates,
			RunInputs inputs, StagingRepository staging) {
		DistributionRegister register = new DistributionRegister(templates);
		Tasklet tasklet = (contribution, chunkContext) -> {
			StepExecution step = chunkContext.getStepContext().getStepExecution();
			RunFacts facts = RunFacts.of(step.getJobExecution());
			int year = facts.decidedYear();
			long instance = step.getJobExecution().getJobInstanceId();
			Path folder = properties.layout().stagingFolder(instance);
			PersonalCopies.clearLeftovers(folder, OutputLayout.registerCsv(year), OutputLayout.registerPdf(year));
			List<PersonalCopies.Document> documents = new ArrayList<>();
			for (String name : OutputLayout.committeeDocuments(year)) {
				if (Files.isRegularFile(folder.resolve(name))) {
					documents.add(new PersonalCopies.Document(name, folder.resolve(name)));
				}
			}
			List<InputFile> finals = inputs.finals();
			if (!finals.isEmpty()) {
				documents = fromFinals(finals, documents, instance, staging, messages);
			}
			Recipients list = recipients.getObject();
			if (!list.usable()) {
				// the run said why when it started, and the data check lists every bad
				// line
				return RepeatStatus.FINISHED;
			}
			List<PersonalCopies.Copy> copies = PersonalCopies.plan(list);
			if (copies.isEmpty()) {
				logger.info(messages.get("distribution.noRecipients", Recipients.FILE));
				return RepeatStatus.FINISHED;
			}
			Clock clock = Clock.systemDefaultZone();
			ZonedDateTime madeAt = ZonedDateTime.now(clock);
			PersonalCopies issuer = new PersonalCopies(protection.getObject(), clock);
			String bundle = OutputLayout.bundle(year);
			if (documents.isEmpty()) {
				// every final is unusable: the data check names them, no copy is made
				return RepeatStatus.FINISHED;
			}
			List<PersonalCopies.Issued> issued = issuer.issue(documents, folder, copies,
					(copy) -> messages.get("distribution.mark", copy.printedNumber(),
							CopyName.copyNumber(copy.total(), copy.total()), copy.recipient().name()),
					bundle, settings.getObject().date(), facts.documentFingerprint());
			register.writeCsv(issued, properties.lang(), folder.resolve(OutputLayout.registerCsv(year)));
			register.writePdf(issued, new Documents(messages, settings.getObject(), year, facts.documentFingerprint()),
					protection.getObject(), OutputLayout.COPIES + "/" + bundle, madeAt,
					folder.resolve(OutputLayout.registerPdf(year)));
			logger.info(messages.get("distribution.issued", copies.size(), OutputLayout.COPIES,
					OutputLayout.registerPdf(year)));
			Protection protecting = protection.getObject();
			if (protecting.encrypts()) {
				logger.info(messages.get("distribution.encrypted"));
			}
			if (protecting.signs()) {
				logger.info(messages.get("distribution.signed",
						protecting.signer().certificate().getSubjectX500Principal().getName()));
			}
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("distributeCopiesStep", jobRepository).tasklet(tasklet, transactionManager).build();
	}

	/**
	 * The documents copied while {@code ban-chinh-thuc/} holds any file: each from its
	 * approved final. A final that cannot be used, and a document without one, are named
	 * in the console and the data check (exit 3); such a document is left out of the
	 * copies.
	 */
	private static List<PersonalCopies.Document> fromFinals(List<InputFile> finals,
			List<PersonalCopies.Document> documents, long instance, StagingRepository staging, Messages messages) {
		ApprovedFinals.Checked checked = ApprovedFinals.check(finals,
				documents.stream().map(PersonalCopies.Document::name).toList(), messages);
		checked.problems().forEach((file, problem) -> {
			logger.warn(problem.message());
			staging.insertProblems(instance, staging.fileNumber(instance, file), List.of(problem));
		});
		checked.missing().forEach((problem) -> logger.warn(problem.message()));
		if (!checked.missing().isEmpty()) {
			staging.insertProblems(instance, StagingRepository.NO_FILE, checked.missing());
		}
		if (!checked.documents().isEmpty()) {
			logger.info(messages.get("distribution.fromFinals", InputFolder.FINALS,
					String.join(", ", checked.documents().stream().map(PersonalCopies.Document::name).toList())));
		}
		return checked.documents();
	}

}
