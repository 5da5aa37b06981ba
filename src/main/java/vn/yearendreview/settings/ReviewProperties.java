package vn.yearendreview.settings;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a run is asked to do, from the command line ({@code --input=DIR} becomes
 * {@code yearend.input}).
 *
 * @param input the drop folder
 * @param output where results go; {@code output/<year>/} is published,
 * {@code output/.state/} holds the job repository and the staging folder
 * @param year the year under review, {@code null} for the latest year found in the
 * submissions
 * @param validateOnly check the inputs and write the data check only
 * @param strict fail the run, publishing nothing, when any row or file is rejected
 * @param lang language of the documents and messages: {@code vi} or {@code en}
 * @param ingestThreads how many submission files are read at once
 * @param renderThreads how many department evaluations are rendered at once
 * @param chunkSize rows committed together
 * @param progressIntervalMillis the least time between two progress lines
 * @param keptRuns how many finished runs the job repository keeps, the latest
 */
@ConfigurationProperties("yearend")
public record ReviewProperties(@DefaultValue("input") Path input, @DefaultValue("output") Path output, Integer year,
		boolean validateOnly, boolean strict, @DefaultValue("vi") String lang, @DefaultValue("1") int ingestThreads,
		@DefaultValue("2") int renderThreads, @DefaultValue("5000") int chunkSize,
		@DefaultValue("5000") long progressIntervalMillis, @DefaultValue("10") int keptRuns) {

	/**
	 * Where the run writes.
	 * @return the layout of the output folder
	 */
	public OutputLayout layout() {
		return new OutputLayout(this.output);
	}

	/**
	 * Where this run publishes the set of a year: its edition's folder, or the folder of
	 * a check of new files.
	 * @param year the year under review
	 * @return the folder
	 */
	public Path publishedFolder(int year) {
		return layout().publishedFolder(year, this.validateOnly, this.lang);
	}

}
