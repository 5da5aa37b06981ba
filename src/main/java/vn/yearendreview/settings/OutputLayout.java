package vn.yearendreview.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a run writes, under the output folder: the folder of each year, the folders and
 * names of every file published, and the run's own state. Every other class takes names
 * from here.
 *
 * <pre>
 * output/
 *   2023/                          the published set of a year
 *     bao-cao-tong-hop-2023.pdf    ket-qua-2023.csv    kiem-tra-du-lieu-2023.pdf/.csv
 *     nghi-quyet-2024.pdf          tien-do-nhiem-ky-2023.csv  chuong-trinh-cong-tac-2024.pdf/.csv
 *     bao-cao-tong-hop-2023.docx   nghi-quyet-2024.docx  chuong-trinh-cong-tac-2024.docx (the Word drafts)
 *     don-vi/SKHDT.pdf             phat-hanh/03-pham-van-hau.pdf, ban-in-2023.pdf
 *     so-phat-hanh-2023.csv/.pdf   manifest.json
 *     kiem-tra/                    the latest check of new files (--validate-only)
 *     mau-gui-don-vi/SKHDT.csv     the files to send to the departments (--templates), with SKHDT-huong-dan.txt
 *     en/                          the English edition (--lang=en), a set of its own with its archive
 *     archive/20231205-101500/     earlier sets
 *   .state/                        job repository, lock, staging folders, run.log
 *     inputs/                      the files the running run reads, copied from the input folder
 *     discarded/                   archived sets being deleted (keep_sets)
 * </pre>
 *
 * @param root the output folder
 */
public record OutputLayout(Path root) {

	/** The folder of the department evaluations in a year's folder. */
	public static final String DEPARTMENTS = "don-vi";

	/** The folder of the numbered personal copies in a year's folder. */
	public static final String COPIES = "phat-hanh";

	/** The folder of a check of new files in a year's folder. */
	public static final String CHECK = "kiem-tra";

	/**
	 * The folder of the files to send to the departments in a year's folder; it is not
	 * part of the published set and moves with the year's folder to each new set.
	 */
	public static final String TEMPLATES = "mau-gui-don-vi";

	/**
	 * The folder of the English edition in a year's folder: a published set of its own,
	 * beside the Vietnamese one, which moves with the year's folder to each new set.
	 */
	public static final String ENGLISH = "en";

	/**
	 * The folders in a year's folder that are not part of the set published there and
	 * move with it to each new set: the templates for the departments and the other
	 * edition.
	 */
	public static final List<String> KEPT_BESIDE = List.of(TEMPLATES, ENGLISH);

	/** The folder of earlier sets in a published folder. */
	public static final String ARCHIVE = "archive";

	/** The manifest of a published set. */
	public static final String MANIFEST = "manifest.json";

	/** How the name of the note beside a department's templates ends. */
	private static final String TEMPLATE_NOTE_SUFFIX = "-huong-dan.txt";

	/**
	 * The folder of the run's state: job repository, lock, staging folders, log.
	 * @return {@code output/.state}
	 */
	public Path stateFolder() {
		return this.root.resolve(".state");
	}

	/**
	 * Where a run writes its documents before publishing them.
	 * @param instance the job instance
	 * @return {@code output/.state/staging/<instance>}
	 */
	public Path stagingFolder(long instance) {
		return stagingFolders().resolve(String.valueOf(instance));
	}

	/**
	 * The folder of every run's staging folder.
	 * @return {@code output/.state/staging}
	 */
	public Path stagingFolders() {
		return stateFolder().resolve("staging");
	}

	/**
	 * The copy of the input folder's submissions and reference files that the running run
	 * reads, so that what it reads is what it registered.
	 * @return {@code output/.state/inputs}
	 */
	public Path inputsCopy() {
		return stateFolder().resolve("inputs");
	}

	/**
	 * The run's database: the job repository and the staging tables.
	 * @return {@code output/.state/db}
	 */
	public Path databaseFolder() {
		return stateFolder().resolve("db");
	}

	/**
	 * Where archived sets go to be deleted, so that none is left half deleted in an
	 * archive.
	 * @return {@code output/.state/discarded}
	 */
	public Path discardedFolder() {
		return stateFolder().resolve("discarded");
	}

	/**
	 * Where long documents keep their pages and large files their sorted runs while they
	 * are written.
	 * @return {@code output/.state/swap}
	 */
	public Path swapFolder() {
		return stateFolder().resolve("swap");
	}

	/**
	 * The details of the last run, stack traces included.
	 * @return {@code output/.state/run.log}
	 */
	public Path runLog() {
		return stateFolder().resolve("run.log");
	}

	/**
	 * Where the documents of a year are published.
	 * @param year the year under review
	 * @return {@code output/<year>}
	 */
	public Path yearFolder(int year) {
		return this.root.resolve(String.valueOf(year));
	}

	/**
	 * Where a run publishes its set: the year's folder for the Vietnamese edition, its
	 * {@code en} folder for the English one, and for a check of new files a folder of its
	 * own inside that, so that a check never touches the published documents.
	 * @param year the year under review
	 * @param checkOnly whether the run only checks the inputs
	 * @param language the edition, {@code vi} or {@code en}
	 * @return {@code output/<year>}, {@code output/<year>/en}, or their {@code kiem-tra}
	 */
	public Path publishedFolder(int year, boolean checkOnly, String language) {
		Path edition = ENGLISH.equals(language) ? yearFolder(year).resolve(ENGLISH) : yearFolder(year);
		return checkOnly ? edition.resolve(CHECK) : edition;
	}

	/**
	 * @param year the year under review
	 * @return {@code bao-cao-tong-hop-<year>.pdf}
	 */
	public static String review(int year) {
		return "bao-cao-tong-hop-" + year + ".pdf";
	}

	/**
	 * The draft resolution on the year after the one under review.
	 * @param year the year under review
	 * @return {@code nghi-quyet-<year + 1>.pdf}
	 */
	public static String resolution(int year) {
		return "nghi-quyet-" + (year + 1) + ".pdf";
	}

	/**
	 * The Word draft of the review, beside its PDF.
	 * @param year the year under review
	 * @return {@code bao-cao-tong-hop-<year>.docx}
	 */
	public static String reviewWord(int year) {
		return word(review(year));
	}

	/**
	 * The Word draft of the resolution, beside its PDF.
	 * @param year the year under review
	 * @return {@code nghi-quyet-<year + 1>.docx}
	 */
	public static String resolutionWord(int year) {
		return word(resolution(year));
	}

	/**
	 * The Word draft of the work programme, beside its PDF.
	 * @param year the year under review
	 * @return {@code chuong-trinh-cong-tac-<year + 1>.docx}
	 */
	public static String programmeWord(int year) {
		return word(programmePdf(year));
	}

	/**
	 * The committee's documents of a year, in the order a copy holds them: the PDFs the
	 * run makes, and the names their approved finals take in {@code ban-chinh-thuc/}.
	 * @param year the year under review
	 * @return the review's, the resolution's and the programme's file names
	 */
	public static List<String> committeeDocuments(int year) {
		return Arrays.stream(CommitteeFile.values()).map((document) -> document.pdf(year)).toList();
	}

	/**
	 * The Word draft beside a PDF.
	 * @param pdf the PDF's name
	 * @return the same name ending in {@code .docx}
	 */
	static String word(String pdf) {
		return pdf.substring(0, pdf.length() - ".pdf".length()) + ".docx";
	}

	/**
	 * The work programme of the year after the one under review.
	 * @param year the year under review
	 * @return {@code chuong-trinh-cong-tac-<year + 1>.pdf}
	 */
	public static String programmePdf(int year) {
		return "chuong-trinh-cong-tac-" + (year + 1) + ".pdf";
	}

	/**
	 * @param year the year under review
	 * @return {@code chuong-trinh-cong-tac-<year + 1>.csv}
	 */
	public static String programmeCsv(int year) {
		return "chuong-trinh-cong-tac-" + (year + 1) + ".csv";
	}

	/**
	 * @param year the year under review
	 * @return {@code tien-do-nhiem-ky-<year>.csv}
	 */
	public static String termProgress(int year) {
		return "tien-do-nhiem-ky-" + year + ".csv";
	}

	/**
	 * Where the files to send to the departments for a year go.
	 * @param year the year the departments report
	 * @return {@code output/<year>/mau-gui-don-vi}
	 */
	public Path templatesFolder(int year) {
		return yearFolder(year).resolve(TEMPLATES);
	}

	/**
	 * Where the templates are written before they replace those of the year.
	 * @return {@code output/.state/mau-gui-don-vi-moi}
	 */
	public Path templatesStaging() {
		return stateFolder().resolve(TEMPLATES + "-moi");
	}

	/**
	 * Where the year's templates wait while new ones take their place.
	 * @return {@code output/.state/mau-gui-don-vi-cu}
	 */
	public Path templatesReplaced() {
		return stateFolder().resolve(TEMPLATES + "-cu");
	}

	/**
	 * The figures template of a department.
	 * @param department its code
	 * @return {@code <DEPT>.csv}
	 */
	public static String figuresTemplate(String department) {
		return department + ".csv";
	}

	/**
	 * The narrative points' template of a department.
	 * @param department its code
	 * @return {@code <DEPT>-nhan-dinh.csv}
	 */
	public static String narrativeTemplate(String department) {
		return department + "-nhan-dinh.csv";
	}

	/**
	 * The registrations' template of a department.
	 * @param department its code
	 * @param year the year the departments report
	 * @return {@code <DEPT>-nhiem-vu-<year + 1>.csv}
	 */
	public static String tasksTemplate(String department, int year) {
		return department + "-nhiem-vu-" + (year + 1) + ".csv";
	}

	/**
	 * The note beside a department's templates: which file is for what and the values
	 * their coded columns take.
	 * @param department its code
	 * @return {@code <DEPT>-huong-dan.txt}
	 */
	public static String templateNote(String department) {
		return department + TEMPLATE_NOTE_SUFFIX;
	}

	/**
	 * Whether a file of the input folder is the note of a department's templates, copied
	 * back with them.
	 * @param name the file's name
	 * @return {@code true} for {@code <DEPT>-huong-dan.txt}, in any case
	 */
	public static boolean isTemplateNote(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(TEMPLATE_NOTE_SUFFIX);
	}

	/**
	 * @param year the year under review
	 * @return {@code ket-qua-<year>.csv}
	 */
	public static String results(int year) {
		return "ket-qua-" + year + ".csv";
	}

	/**
	 * @param year the year under review
	 * @return {@code kiem-tra-du-lieu-<year>.pdf}
	 */
	public static String dataCheckPdf(int year) {
		return "kiem-tra-du-lieu-" + year + ".pdf";
	}

	/**
	 * @param year the year under review
	 * @return {@code kiem-tra-du-lieu-<year>.csv}
	 */
	public static String dataCheckCsv(int year) {
		return "kiem-tra-du-lieu-" + year + ".csv";
	}

	/**
	 * @param year the year under review
	 * @return {@code so-phat-hanh-<year>.csv}
	 */
	public static String registerCsv(int year) {
		return "so-phat-hanh-" + year + ".csv";
	}

	/**
	 * @param year the year under review
	 * @return {@code so-phat-hanh-<year>.pdf}
	 */
	public static String registerPdf(int year) {
		return "so-phat-hanh-" + year + ".pdf";
	}

	/**
	 * The print bundle of every copy, inside {@link #COPIES}.
	 * @param year the year under review
	 * @return {@code ban-in-<year>.pdf}
	 */
	public static String bundle(int year) {
		return "ban-in-" + year + ".pdf";
	}

}
