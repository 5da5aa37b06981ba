package vn.yearendreview.model;

import java.nio.file.Path;

/**
 * A folder of the planner's files as a run reads it: the files are read from one place
 * (the run's copy) and named in messages as the planner knows them (the input folder).
 *
 * @param read where the files are read
 * @param shown the folder the messages name
 */
public record SourceFolder(Path read, Path shown) {

	/**
	 * A folder read where it is.
	 * @param folder the folder
	 * @return the folder, read and named as itself
	 */
	public static SourceFolder of(Path folder) {
		return new SourceFolder(folder, folder);
	}

	/**
	 * Where a file of the folder is read.
	 * @param name its name relative to the folder
	 * @return its path
	 */
	public Path file(String name) {
		return this.read.resolve(name);
	}

	/**
	 * How messages name a file of the folder.
	 * @param name its name relative to the folder
	 * @return its path in the folder the planner knows
	 */
	public Path shown(String name) {
		return this.shown.resolve(name);
	}

}
