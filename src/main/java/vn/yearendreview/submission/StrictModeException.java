package vn.yearendreview.submission;

/**
 * {@code --strict} was given and the inputs have rejected rows or files: nothing is
 * published.
 */
public class StrictModeException extends RuntimeException {

	private final long rejections;

	public StrictModeException(String message, long rejections) {
		super(message);
		this.rejections = rejections;
	}

	public long rejections() {
		return this.rejections;
	}

}
