package vn.yearendreview.model;

/**
 * A reference file the planner keeps cannot be used as it stands; the run stops before
 * reading submissions.
 */
public class CatalogException extends RuntimeException {

	public CatalogException(String message) {
		super(message);
	}

	public CatalogException(String message, Throwable cause) {
		super(message, cause);
	}

}
