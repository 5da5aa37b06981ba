package vn.yearendreview.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

import vn.yearendreview.support.ReviewCommand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release zip as an office's IT person gets it: unpacked into a folder of its own,
 * whose path has Vietnamese letters, on a machine where the planner has neither Maven nor
 * Java nor a locale set, its POSIX launcher runs the sample set it ships with. Each test
 * unpacks its own copy, so the two run side by side.
 */
@Execution(ExecutionMode.CONCURRENT)
class ReleaseZipTests {

	@TempDir
	Path folder;

	@Test
	void unpackedWithoutMavenOrJavaOnThePathTheLauncherRunsTheSampleSet() throws Exception {
		Path zip = Path.of(System.getProperty("release.zip", "target/yearend-review.zip"));
		assertThat(zip).isRegularFile();
		Path release = unzip(zip, this.folder.resolve("máy văn phòng"));
		assertThat(release.resolve("HUONG-DAN.txt")).content(StandardCharsets.UTF_8)
			.contains("sh lap-bao-cao", "du-lieu-mau", "--sample");
		assertThat(release.resolve("lap-bao-cao.bat")).isRegularFile();
		assertThat(release.resolve("input/catalog/indicators.csv")).isRegularFile();
		assertThat(release.resolve("du-lieu-mau/catalog/indicators.csv")).isRegularFile();
		assertThat(release.resolve("output")).isDirectory();
		try (var files = Files.list(release.resolve("output"))) {
			assertThat(files.filter((f) -> !f.getFileName().toString().startsWith("."))).isEmpty();
		}
		Path bin = tools(this.folder.resolve("bin"));

		// no LANG at all (env -i): Java would name files in ASCII and could not open its
		// own folder
		Result first = launch(release, bin);
		assertThat(first.exitCode()).as(first.output()).isZero();
		assertThat(first.output())
			.contains("bộ dữ liệu mẫu", "Kết quả: đạt và vượt 18/22 chỉ tiêu năm 2023.",
					release.resolve("output/du-lieu-mau/2023/bao-cao-tong-hop-2023.pdf").toString())
			.doesNotContain("[ERROR]", "mvn", "Exception");
		assertThat(release.resolve("output/du-lieu-mau/2023/bao-cao-tong-hop-2023.pdf")).isRegularFile();
		assertThat(release.resolve("output/du-lieu-mau/2023/nghi-quyet-2024.pdf")).isRegularFile();
		assertThat(release.resolve("output/2023")).doesNotExist();
		assertThat(release.resolve("app/yearend-review.jsa")).as("class data archive made by the first run")
			.isRegularFile();

		// a locale this machine does not have, and a launcher that started 100 seconds
		// before the program: the summary's time counts from the launcher's start
		long launched = System.currentTimeMillis() - 100_000;
		Path late = tools(this.folder.resolve("bin-late"));
		Files.delete(late.resolve("date"));
		Files.writeString(late.resolve("date"), "#!/bin/sh\necho " + launched + "\n");
		Files.setPosixFilePermissions(late.resolve("date"), PosixFilePermissions.fromString("rwxr-xr-x"));
		Result again = launch(release, late, release, Map.of("LANG", "vi_VN.UTF-8"));
		assertThat(again.exitCode()).as(again.output()).isZero();
		assertThat(again.output()).contains("Kết quả: đạt và vượt 18/22 chỉ tiêu năm 2023.")
			.doesNotContain("Exception");
		Matcher elapsed = Pattern.compile("Thời gian: (\\d+)\\.\\d giây").matcher(again.output());
		assertThat(elapsed.find()).as(again.output()).isTrue();
		assertThat(Integer.parseInt(elapsed.group(1))).isBetween(100, 400);

		// sample files dropped beside the province's catalog are refused, by name
		try (var sample = Files.list(release.resolve("du-lieu-mau"))) {
			for (Path file : sample.filter(Files::isRegularFile).toList()) {
				Files.copy(file, release.resolve("input").resolve(file.getFileName()));
			}
		}
		Result mixed = launch(release, bin);
		assertThat(mixed.exitCode()).as(mixed.output()).isEqualTo(2);
		assertThat(mixed.output()).contains("bộ dữ liệu mẫu", "SKHDT.csv", "BTC-nhiem-vu-2024.csv")
			.doesNotContain("[ERROR]");
		assertThat(release.resolve("output/2023")).doesNotExist();

		ReviewCommand.copyAsProvince(release.resolve("du-lieu-mau"), release.resolve("input"));
		Files.writeString(release.resolve("input/SCT.csv"),
				"SCT;2023;KT05;Kim ngạch xuất khẩu;triệu USD;230;nhiều;225;\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
		Result second = launch(release, bin);
		assertThat(second.exitCode()).as(second.output()).isEqualTo(3);
		assertThat(second.output()).contains("từ chối 1", "kiem-tra-du-lieu-2023.pdf").doesNotContain("[ERROR]");
		assertThat(release.resolve("output/2023/bao-cao-tong-hop-2023.pdf")).isRegularFile();

		// folders given relative are taken from where the planner is, not from the
		// launcher's folder
		String input = this.folder.relativize(release.resolve("input")).toString();
		Result elsewhere = launch(release, bin, this.folder, "--validate-only", "--input=" + input, "--output",
				"kiểm tra");
		assertThat(elsewhere.exitCode()).as(elsewhere.output()).isEqualTo(3);
		assertThat(this.folder.resolve("kiểm tra/2023/kiem-tra/kiem-tra-du-lieu-2023.pdf")).isRegularFile();
	}

	/**
	 * Unpacked by a tool that drops Unix file modes, the launcher started as
	 * {@code sh lap-bao-cao} puts the runtime's modes back, or says what to type when it
	 * cannot; a start that fails leaves no class data archive, and the next good run
	 * makes one.
	 */
	@Test
	void unpackedWithoutFileModesTheLauncherPutsThemBackAndAFailedStartKeepsNoArchive() throws Exception {
		Path zip = Path.of(System.getProperty("release.zip", "target/yearend-review.zip"));
		Path release = unzip(zip, this.folder.resolve("máy văn phòng"), false);
		assertThat(Files.isExecutable(release.resolve("runtime/bin/java"))).isFalse();
		assertThat(Files.isExecutable(release.resolve("lap-bao-cao"))).isFalse();
		Path bin = tools(this.folder.resolve("bin"));
		Path withoutChmod = tools(this.folder.resolve("bin-without-chmod"));
		Files.delete(withoutChmod.resolve("chmod"));

		Result cannot = launchWithSh(release, withoutChmod, Map.of());
		assertThat(cannot.exitCode()).isEqualTo(1);
		assertThat(cannot.output()).doesNotContain("Không tìm thấy Java")
			.contains("runtime/bin/java không có quyền chạy",
					"chmod +x lap-bao-cao runtime/bin/* runtime/lib/jspawnhelper runtime/lib/jexec", "unzip");

		Result failed = launchWithSh(release, bin,
				Map.of("YEAREND_JAVA_OPTS", "-Dlogging.config=" + this.folder.resolve("khong-co.xml")));
		assertThat(failed.output()).contains("Đã đặt lại quyền chạy cho Java trong runtime/");
		assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
		for (String file : List.of("lap-bao-cao", "runtime/bin/java", "runtime/bin/keytool", "runtime/lib/jspawnhelper",
				"runtime/lib/jexec")) {
			assertThat(Files.isExecutable(release.resolve(file))).as(file).isTrue();
		}
		try (var app = Files.list(release.resolve("app"))) {
			assertThat(app.map((file) -> file.getFileName().toString()))
				.as("no class data archive from a start that failed")
				.noneMatch((name) -> name.startsWith("yearend-review.jsa"));
		}

		Result good = launch(release, bin);
		assertThat(good.exitCode()).as(good.output()).isZero();
		assertThat(good.output()).contains("Kết quả: đạt và vượt 18/22 chỉ tiêu năm 2023.")
			.doesNotContain("quyền chạy");
		assertThat(release.resolve("app/yearend-review.jsa")).isRegularFile();
	}

	private record Result(int exitCode, String output) {

	}

	private static Result launch(Path release, Path bin) throws IOException, InterruptedException {
		return launch(release, bin, release, Map.of());
	}

	private static Result launch(Path release, Path bin, Path from, String... args)
			throws IOException, InterruptedException {
		return launch(release, bin, from, Map.of(), args);
	}

	/**
	 * Runs the launcher by its path, in an environment that holds only {@code PATH},
	 * {@code HOME} and the given variables.
	 */
	private static Result launch(Path release, Path bin, Path from, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(release.resolve("lap-bao-cao").toString()));
		command.addAll(List.of(args));
		return start(command, release, bin, from, environment);
	}

	/** Runs the launcher as {@code sh lap-bao-cao}, from the release folder. */
	private static Result launchWithSh(Path release, Path bin, Map<String, String> environment)
			throws IOException, InterruptedException {
		return start(List.of(bin.resolve("sh").toString(), "lap-bao-cao"), release, bin, release, environment);
	}

	private static Result start(List<String> command, Path release, Path bin, Path from,
			Map<String, String> environment) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(from.toFile()).redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().putAll(environment);
		builder.environment().put("PATH", bin.toString());
		builder.environment().put("HOME", release.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return new Result(process.exitValue(), output);
	}

	/** A folder for the PATH with the commands the launcher may take from the system. */
	private static Path tools(Path bin) throws IOException {
		Files.createDirectories(bin);
		for (String tool : LauncherSandbox.TOOLS) {
			Files.createSymbolicLink(bin.resolve(tool), LauncherSandbox.which(tool));
		}
		return bin;
	}

	/** Unpacks the zip as an unzip tool does, with each file's Unix mode. */
	private static Path unzip(Path zip, Path target) throws IOException {
		return unzip(zip, target, true);
	}

	/**
	 * Unpacks the zip.
	 * @param modes whether each file keeps its Unix mode, as unzip does, or gets none, as
	 * some archive managers and copies through a Windows share do
	 */
	private static Path unzip(Path zip, Path target, boolean modes) throws IOException {
		List<Path> roots = new ArrayList<>();
		try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
			for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
				Path out = target.resolve(entry.getName()).normalize();
				assertThat(out.startsWith(target)).as(entry.getName()).isTrue();
				if (entry.isDirectory()) {
					Files.createDirectories(out);
					continue;
				}
				Files.createDirectories(out.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, out);
				}
				if (modes && (entry.getUnixMode() & 0100) != 0) {
					Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
				}
				roots.add(target.relativize(out).getName(0));
			}
		}
		assertThat(roots).as("one folder at the top of the zip").containsOnly(roots.get(0));
		return target.resolve(roots.get(0));
	}

}
