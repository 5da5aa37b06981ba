package vn.yearendreview.model;

/**
 * A task of the work programme (DESIGN.md 9.4), as the programme prints it.
 *
 * @param month the month it is put to the committee, the first month of its quarter for a
 * quarter
 * @param quarter its quarter when registered for one, {@code null} for a month
 * @param level who considers it
 * @param content the matter
 * @param lead the body that prepares it: as registered, else the department's name
 * @param support the bodies that help, may be {@code null}
 * @param product what it produces, may be {@code null}
 * @param department the registering department's code
 */
public record ProgrammeTask(int month, Integer quarter, TaskLevel level, String content, String lead, String support,
		String product, String department) {

}
