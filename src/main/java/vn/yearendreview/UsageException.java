package vn.yearendreview;

/** The command line cannot be used as given. */
class UsageException extends Exception {

	UsageException(String message) {
		super(message);
	}

}
