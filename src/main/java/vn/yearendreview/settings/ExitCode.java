package vn.yearendreview.settings;

/** The exit codes of the command. */
public enum ExitCode {

	/** Completed, every input row accepted. */
	OK(0),

	/**
	 * The run failed, or {@code --strict} found rejects; the previous outputs stay
	 * untouched.
	 */
	FAILED(1),

	/**
	 * Bad usage or configuration: unknown option, missing folder, unreadable catalog or
	 * settings.
	 */
	USAGE(2),

	/** Completed, but some rows or files were rejected; the data check lists them. */
	REJECTS(3);

	private final int code;

	ExitCode(int code) {
		this.code = code;
	}

	public int code() {
		return this.code;
	}

}
