package vn.yearendreview.model;

/** What ingesting a file stores: the file's profile, then its checked rows. */
public interface Staged {

}
