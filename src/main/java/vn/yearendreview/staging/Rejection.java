package vn.yearendreview.staging;

import vn.yearendreview.model.Problem;

/**
 * A finding of the checks about a staged row: an error rejects it, a warning is filed
 * beside it.
 *
 * @param fileNo its file
 * @param department its department
 * @param problem why, on its line
 */
public record Rejection(int fileNo, String department, Problem problem) {

}
