package vn.yearendreview.model;

import java.util.List;

/**
 * What the staging tables keep of a submission file's profile.
 *
 * @param fileNo the file's place in name order, from 1
 * @param kind the code of the kind of submission its header fits, {@code null} when it
 * has none
 * @param yearOffset how many years after the year under review its records are for
 * @param rowsExpected whether every department is expected to send records of its kind
 * @param encoding the label of its encoding, {@code null} when not told
 * @param delimiter {@code ","}, {@code ";"} or {@code "tab"}; empty when the file is not
 * text
 * @param numberStyle the name of its number style, {@code null} when not decided
 * @param yearHeader the header of its year column, as the department wrote it
 * @param keyHeader the header of its key column
 * @param actualHeader the header of its achieved figures, {@code null} for other kinds
 * @param previousHeader the header of last year's figures, {@code null} for other kinds
 * @param rejected whether the file is refused as a whole
 * @param problems the problems that concern the whole file
 */
public record StagedFile(int fileNo, String kind, int yearOffset, boolean rowsExpected, String encoding,
		String delimiter, String numberStyle, String yearHeader, String keyHeader, String actualHeader,
		String previousHeader, boolean rejected, List<Problem> problems) {

}
