package vn.yearendreview.submission;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import vn.yearendreview.model.Catalog;
import vn.yearendreview.model.InputFile;
import vn.yearendreview.model.Messages;
import vn.yearendreview.model.Problem;
import vn.yearendreview.model.Reason;
import vn.yearendreview.settings.OutputLayout;
import vn.yearendreview.settings.ReportSettings;
import vn.yearendreview.settings.ReviewProperties;
import vn.yearendreview.settings.RunFacts;
import vn.yearendreview.staging.CatalogTables;
import vn.yearendreview.staging.FileTable;
import vn.yearendreview.staging.ProblemTable;
import vn.yearendreview.staging.StagingSchema;

/**
 * Registers the input files, as the run's copy holds them, the reference files with their
 * problems, and the catalog of the instance.
 */
class RegisterInputsTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(RegisterInputsTasklet.class);

	private final Path input;

	private final boolean validateOnly;

	private final RunInputs inputs;

	private final ObjectProvider<Catalog> catalog;

	private final ObjectProvider<Recipients> recipients;

	private final ObjectProvider<ReportSettings> settings;

	private final StagingSchema schema;

	private final FileTable files;

	private final ProblemTable problems;

	private final CatalogTables catalogTables;

	private final Messages messages;

	RegisterInputsTasklet(ReviewProperties properties, RunInputs inputs, ObjectProvider<Catalog> catalog,
			ObjectProvider<Recipients> recipients, ObjectProvider<ReportSettings> settings, StagingSchema schema,
			FileTable files, ProblemTable problems, CatalogTables catalogTables, Messages messages) {
		this.input = properties.input();
		this.validateOnly = properties.validateOnly();
		this.inputs = inputs;
		this.catalog = catalog;
		this.recipients = recipients;
		this.settings = settings;
		this.schema = schema;
		this.files = files;
		this.problems = problems;
		this.catalogTables = catalogTables;
		this.messages = messages;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		var stepExecution = chunkContext.getStepContext().getStepExecution();
		long instance = stepExecution.getJobExecution().getJobInstanceId();
		InputFolder folder;
		try {
			folder = this.inputs.registered(RunFacts.of(stepExecution.getJobExecution()).inputs());
		}
		catch (RunInputs.ChangedException ex) {
			throw new IllegalStateException(this.messages.get("run.inputsChanged", this.input), ex);
		}
		this.schema.clear();
		int fileNo = 0;
		for (InputFile file : folder.topLevel()) {
			fileNo++;
			boolean submission = folder.submissions().contains(file);
			if (!submission && OutputLayout.isTemplateNote(file.name())) {
				// the note a department's templates came with, copied back with
				// them: listed, not a submission and nothing to correct
				this.files.registerNote(instance, fileNo, file);
				continue;
			}
			this.files.registerFile(instance, fileNo, file, submission);
			if (!submission) {
				String key = file.name().toLowerCase(java.util.Locale.ROOT).matches(".*\\.xlsx?$")
						? "problem.NOT_CSV.excel" : "problem.NOT_CSV";
				this.problems.insertProblems(instance, fileNo, List.of(new Problem(Problem.Severity.ERROR, null, null,
						file.name(), Reason.NOT_CSV, this.messages.get(key))));
			}
		}
		int settingsFile = FileTable.NO_FILE;
		boolean recipientsGiven = false;
		for (InputFile reference : folder.references()) {
			fileNo++;
			recipientsGiven |= reference.name().equals(Recipients.FILE);
			this.files.registerReference(instance, fileNo, reference);
			if (reference.name().equals(Recipients.FILE)) {
				this.problems.insertProblems(instance, fileNo, this.recipients.getObject().problems());
			}
			if (reference.name().equals(ReportSettings.FILE)) {
				settingsFile = fileNo;
			}
		}
		for (InputFile approved : folder.finals()) {
			// listed with the inputs; the copies' step checks them against the
			// documents
			fileNo++;
			this.files.registerReference(instance, fileNo, approved);
		}
		Catalog catalog = this.catalog.getObject();
		if (catalog.hasIndicators() && !this.validateOnly) {
			checkSettings(instance, settingsFile);
			if (!recipientsGiven) {
				// the documents' "Nơi nhận" then holds only the office's own line,
				// and
				// no member gets a numbered copy
				Problem missing = new Problem(Problem.Severity.ERROR, null, null, Recipients.FILE,
						Reason.BAD_RECIPIENTS, this.messages.get("problem.BAD_RECIPIENTS.missing", Recipients.FILE));
				logger.warn(missing.message());
				this.problems.insertProblems(instance, FileTable.NO_FILE, List.of(missing));
			}
		}
		this.catalogTables.saveCatalog(instance, catalog);
		if (!catalog.hasIndicators()) {
			logger.warn(this.messages.get("run.noCatalog"));
			this.problems.insertProblems(instance, FileTable.NO_FILE, List.of(new Problem(Problem.Severity.ERROR, null,
					null, null, Reason.NO_CATALOG, this.messages.get("problem.NO_CATALOG"))));
		}
		logger.info(this.messages.get("progress.registered", folder.submissions().size(), folder.others().size(),
				catalog.indicators().size(), catalog.departments().size()));
		return RepeatStatus.FINISHED;
	}

	/**
	 * Names the settings the committee's documents need and do not have: the documents
	 * are made, marked as a draft, and the planner is told what to add. The draft
	 * resolution's goal and implementation are named apart: the resolution leaves their
	 * parts to the office's pen until they are given.
	 */
	private void checkSettings(long instance, int settingsFile) {
		ReportSettings settings = this.settings.getObject();
		List<Problem> problems = new ArrayList<>();
		if (!settings.missing().isEmpty()) {
			String keys = String.join(", ", settings.missing());
			String today = settings.missing().contains("date") ? this.messages.get("problem.MISSING_SETTINGS.today",
					settings.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))) : "";
			problems.add(new Problem(Problem.Severity.ERROR, null, null, keys, Reason.MISSING_SETTINGS,
					this.messages.get("problem.MISSING_SETTINGS", keys, ReportSettings.FILE, today)));
		}
		List<String> parts = settings.resolution().missing();
		if (!parts.isEmpty()) {
			// an edition in another language takes these texts from its own keys only
			String language = this.messages.locale().getLanguage();
			String keys = String.join(", ",
					"vi".equals(language) ? parts : parts.stream().map((key) -> key + "." + language).toList());
			problems.add(new Problem(Problem.Severity.ERROR, null, null, keys, Reason.MISSING_SETTINGS,
					this.messages.get("problem.MISSING_SETTINGS.resolution", keys, ReportSettings.FILE)));
		}
		problems.forEach((problem) -> logger.warn(problem.message()));
		if (!problems.isEmpty()) {
			this.problems.insertProblems(instance, settingsFile, problems);
		}
	}

}
