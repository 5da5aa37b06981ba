package vn.yearendreview.model;

import java.nio.file.Path;

/**
 * A file found in the input folder.
 *
 * @param name its name relative to the input folder, with {@code /} separators
 * @param path where it is
 * @param size its size in bytes
 * @param sha256 the SHA-256 of its content, lower-case hex
 */
public record InputFile(String name, Path path, long size, String sha256) {

}
