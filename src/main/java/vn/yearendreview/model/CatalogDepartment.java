package vn.yearendreview.model;

/**
 * A department from {@code catalog/departments.csv}.
 *
 * @param department its code
 * @param name its full name
 * @param expected whether it must send a submission
 */
public record CatalogDepartment(String department, String name, boolean expected) {

}
