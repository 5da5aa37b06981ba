package vn.yearendreview.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.yearendreview.release.LauncherSandbox.Run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The decisions both launchers make, one test per row of the table in the README: the
 * POSIX launcher is run around a stand-in for Java (and for Maven) and its decisions read
 * from how it started them; the Windows launcher, which cannot run here, is read for the
 * same rule.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherRulesTests {

	private static final String SAMPLE_MESSAGE = "Thư mục input/ chưa có tệp nào của các đơn vị: chạy bộ dữ liệu mẫu (du-lieu-mau/) để xem thử.";

	@TempDir
	Path work;

	@Test
	void theLaunchersKeepTheirLineEndingsAndThePosixOneIsPlainSh() throws Exception {
		String text = Files.readString(LauncherSandbox.WINDOWS_LAUNCHER, StandardCharsets.UTF_8);
		assertThat(text.replace("\r\n", "")).as("every line of the .bat ends with CRLF").doesNotContain("\n", "\r");
		assertThat(Files.readString(LauncherSandbox.POSIX_LAUNCHER)).doesNotContain("\r");
		assertThat(Files.readAllLines(Path.of(".gitattributes"))).contains("*.bat text eol=crlf",
				"lap-bao-cao text eol=lf");

		assertThat(check("sh", "-n")).isEmpty();
		assertThat(Files.readString(LauncherSandbox.POSIX_LAUNCHER)).doesNotContain("[[", " -nt ", "function ",
				"echo -e");
		if (Files.isExecutable(Path.of("/usr/bin/shellcheck"))) {
			assertThat(check("/usr/bin/shellcheck", "-s", "sh")).isEmpty();
		}

		// every label the .bat jumps to or calls is there
		List<String> lines = batLines();
		Matcher jump = Pattern.compile("(?:goto|call) :?([a-z_]+)").matcher(String.join("\n", lines));
		while (jump.find()) {
			if (!jump.group(1).equals("eof") && !jump.group(1).equals("mvn")) {
				assertThat(lines).as("label of " + jump.group()).contains(":" + jump.group(1));
			}
		}
	}

	private static String check(String... command) throws IOException, InterruptedException {
		List<String> arguments = new ArrayList<>(List.of(command));
		arguments.add(LauncherSandbox.POSIX_LAUNCHER.toString());
		Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return output + (process.exitValue() == 0 ? "" : "exit " + process.exitValue());
	}

	/** Row "which Java". */
	@Test
	void javaIsTheReleasesElseJavaHomesElseThePaths() {
		// given a release folder without its runtime, and no Java anywhere
		LauncherSandbox release = LauncherSandbox.release(this.work, "máy văn phòng");
		LauncherSandbox.delete(release.resolve("runtime"));

		// when it runs, then
		Run none = release.run();
		assertThat(none.exitCode()).isEqualTo(1);
		assertThat(none.output()).contains("Không tìm thấy Java", "Java 17", "https://adoptium.net");

		// given a Java 11 in JAVA_HOME, when it runs, then
		Path old = this.work.resolve("jdk-11/bin/java");
		LauncherSandbox.script(old, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
		Run tooOld = release.environment("JAVA_HOME", old.getParent().getParent().toString()).run();
		assertThat(tooOld.exitCode()).isEqualTo(1);
		assertThat(tooOld.output()).contains("phiên bản 11", "cần Java 17 trở lên");

		// and the Windows launcher looks in the same order and checks the same version
		assertThat(batLines()).containsSubsequence(
				"if exist \"%HERE%runtime\\bin\\java.exe\" set \"JAVA_EXE=%HERE%runtime\\bin\\java.exe\"",
				"if not defined JAVA_EXE if defined JAVA_HOME if exist \"%JAVA_HOME%\\bin\\java.exe\" set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\"",
				"if not defined JAVA_EXE for %%J in (java.exe) do if not \"%%~$PATH:J\"==\"\" set \"JAVA_EXE=%%~$PATH:J\"",
				"if not defined JAVA_EXE goto nojava", "if errorlevel 1 goto oldjava");
	}

	/** Row "the locale is not UTF-8, or not installed". */
	@Test
	void thePosixLauncherGivesJavaAUtf8LocaleWhenThePlannersIsNotOne() {
		// given a machine where C.UTF-8 is installed and vi_VN.UTF-8 is not
		assumeThat(installedLocales()).as("a machine where C.UTF-8 is installed and vi_VN.UTF-8 is not")
			.anyMatch((name) -> name.equalsIgnoreCase("C.utf8") || name.equalsIgnoreCase("C.UTF-8"))
			.noneMatch((name) -> name.toLowerCase().startsWith("vi_vn"));
		LauncherSandbox release = LauncherSandbox.release(this.work, "máy văn phòng");

		// when it runs without LANG, with a locale not installed, with its own, without
		// the locale command; then Java gets a UTF-8 locale, or the planner's own
		Run withoutLang = release.run();
		assertThat(withoutLang.exitCode()).as(withoutLang.output()).isZero();
		assertThat(withoutLang.locale()).isIn("C.UTF-8", "C.utf8");

		Run notInstalled = release.environment("LANG", "vi_VN.UTF-8").run();
		assertThat(notInstalled.locale()).isIn("C.UTF-8", "C.utf8");

		Run ownUtf8 = release.environment("LANG", "C.UTF-8").run();
		assertThat(ownUtf8.locale()).as("the planner's own UTF-8 locale is left as it is").isEmpty();

		Run withoutLocaleCommand = release.withoutTool("locale").environment("LANG", "fr_FR.ISO-8859-1").run();
		assertThat(withoutLocaleCommand.locale()).isEqualTo("C.UTF-8");

		// the Windows launcher writes UTF-8 and puts the caller's code page back
		List<String> bat = batLines();
		assertThat(bat).contains("chcp 65001 >nul", "if defined CODEPAGE chcp %CODEPAGE% >nul");
		assertThat(bat).anyMatch(
				(line) -> line.startsWith("for /f ") && line.contains("('chcp')") && line.contains("set \"CODEPAGE="));
		assertThat(bat.indexOf("chcp 65001 >nul")).isGreaterThan(indexOfLineContaining(bat, "('chcp')"));
		assertThat(bat.stream().filter((line) -> line.startsWith("exit "))).as("one way out, after the code page")
			.containsExactly("exit /b %CODE%");
		assertThat(bat.indexOf("exit /b %CODE%"))
			.isGreaterThan(bat.indexOf("if defined CODEPAGE chcp %CODEPAGE% >nul"));
	}

	/** Row "the locale is not UTF-8, or not installed", when no UTF-8 locale exists. */
	@Test
	void withoutAnyUtf8LocaleThePosixLauncherStopsBeforeJavaOnAPathWithVietnameseLetters() {
		// given a machine whose locales are all ASCII
		String noUtf8 = """
				#!/bin/sh
				case $1 in
					charmap) echo ANSI_X3.4-1968 ;;
					-a) printf 'C\\nPOSIX\\n' ;;
				esac
				""";
		LauncherSandbox vietnamese = LauncherSandbox.release(this.work.resolve("a"), "máy văn phòng")
			.tool("locale", noUtf8);

		// when the release's folder has Vietnamese letters, then Java is not started
		Run stopped = vietnamese.run();
		assertThat(stopped.exitCode()).isEqualTo(1);
		assertThat(stopped.javaRan()).isFalse();
		assertThat(stopped.output()).contains("chưa có bảng mã UTF-8", vietnamese.root().toString(),
				"chép thư mục chương trình", "vào một thư mục có tên không dấu");

		// when it has none, then Java runs in ASCII and writes the console in UTF-8
		LauncherSandbox ascii = LauncherSandbox.release(this.work.resolve("b"), "may-van-phong").tool("locale", noUtf8);
		Run ran = ascii.run();
		assertThat(ran.exitCode()).isZero();
		assertThat(ran.locale()).isEqualTo("C");
		assertThat(ran.javaArgs()).contains("-Dsun.stdout.encoding=UTF-8", "-Dstdout.encoding=UTF-8");
		assertThat(ran.output()).contains("tệp có chữ tiếng Việt có dấu trong tên có thể không đọc được");
	}

	/** Row "runtime/bin/java is there but cannot run". */
	@Test
	void aReleaseUnpackedWithoutFileModesGetsThemBackOrSaysWhatToType() {
		// given a release whose programs lost their execute bits
		LauncherSandbox release = LauncherSandbox.release(this.work, "máy văn phòng");
		for (String file : List.of("lap-bao-cao", "runtime/bin/java", "runtime/bin/keytool",
				"runtime/lib/jspawnhelper")) {
			release.executable(file, false);
		}

		// when started as sh lap-bao-cao where the bits cannot be put back, then it says
		// what to type
		Run cannot = release.withoutTool("chmod").runWithSh();
		assertThat(cannot.exitCode()).isEqualTo(1);
		assertThat(cannot.javaRan()).isFalse();
		assertThat(cannot.output()).doesNotContain("Không tìm thấy Java")
			.contains("runtime/bin/java không có quyền chạy", "chmod +x lap-bao-cao runtime/bin/*", "unzip",
					"cd '" + release.root() + "'");

		// when they can be, then they are, and the program runs
		Run restored = release.withTool("chmod").runWithSh();
		assertThat(restored.exitCode()).as(restored.output()).isZero();
		assertThat(restored.javaRan()).isTrue();
		assertThat(restored.output()).contains("Đã đặt lại quyền chạy cho Java trong runtime/");
		for (String file : List.of("lap-bao-cao", "runtime/bin/java", "runtime/bin/keytool",
				"runtime/lib/jspawnhelper")) {
			assertThat(Files.isExecutable(release.resolve(file))).as(file).isTrue();
		}
		assertThat(release.run().output()).as("said once").doesNotContain("Đã đặt lại quyền chạy");
	}

	/** Row "a clone whose program is missing, or older than a file under...". */
	@Test
	void aCloneIsBuiltAgainWhenASourceIsNewerThanTheProgram() {
		// given a clone built after its sources were last changed
		LauncherSandbox clone = LauncherSandbox.repository(this.work);

		// when it runs, then the program is only unpacked, once
		Run first = clone.run("--validate-only");
		assertThat(first.calls()).as("built already: only unpacked").containsExactly("extract", "run");

		Run current = clone.run("--validate-only");
		assertThat(current.calls()).containsExactly("run");

		// when a source, a template or the build changes, then it is built and unpacked
		// again
		for (String source : List.of("src/main/java/vn/yearendreview/YearEndReviewApplication.java",
				"reports/bao-cao-tong-hop.jrxml", "pom.xml")) {
			clone.touch(source, Instant.now().plusSeconds(60));
			Run stale = clone.run("--validate-only");
			assertThat(stale.calls()).as(source).containsExactly("build", "extract", "run");
			assertThat(stale.output()).contains("Đang dựng chương trình");
			clone.touch(source, Instant.now().minusSeconds(7200));
		}

		// the Windows launcher compares the same files with the program, then builds and
		// unpacks
		String check = batLines().stream().filter((line) -> line.startsWith("powershell ")).findFirst().orElseThrow();
		assertThat(check).contains("'target\\yearend-review.jar'", "'src\\main', 'reports', 'pom.xml'", "-Recurse",
				"LastWriteTimeUtc -gt $jar", "{ exit 3 }", "'target\\app\\yearend-review.jar'", "{ exit 4 }");
		assertThat(batLines()).containsSubsequence("if \"%CHECKED%\"==\"3\" set \"STALE=build\"",
				"if \"%CHECKED%\"==\"4\" set \"STALE=unpack\"", ":stale", "if \"%STALE%\"==\"unpack\" goto unpack",
				"if not \"%STALE%\"==\"build\" goto program",
				"call mvn -q -B -DskipTests package > \"%HERE%target\\dung-chuong-trinh.log\" 2>&1", ":unpack");
		assertThat(batLines()).doesNotContain("if exist \"%APP%\\yearend-review.jar\" goto run");
	}

	/** Row "no argument, and no *.csv directly in input/". */
	@Test
	void withoutArgumentsAndDepartmentFilesTheSampleSetRuns() {
		// given an input folder with the catalog, a lock file and a hidden file
		LauncherSandbox release = LauncherSandbox.release(this.work, "máy văn phòng");
		release.write("input/~$SKHDT.csv", "lock");
		release.write("input/.SKHDT.csv", "hidden");

		// when it runs without an argument, then the sample set runs
		Run empty = release.run();
		assertThat(empty.output()).contains(SAMPLE_MESSAGE);
		assertThat(empty.javaArgs()).last().isEqualTo("--sample");

		// when it runs with one, or beside a department's file, then it does not
		Run withOption = release.run("--validate-only");
		assertThat(withOption.javaArgs()).last().isEqualTo("--validate-only");
		assertThat(withOption.output()).doesNotContain(SAMPLE_MESSAGE);

		release.write("input/SKHDT.csv", "department,year,indicator,actual\n");
		Run province = release.run();
		assertThat(province.javaArgs()).last().isEqualTo(release.resolve("app/yearend-review.jar").toString());
		assertThat(province.output()).doesNotContain(SAMPLE_MESSAGE);

		// the Windows launcher: the same message, for the same reasons
		assertThat(posixMessage()).isEqualTo(SAMPLE_MESSAGE);
		assertThat(batLines()).containsSubsequence("if not \"%~1\"==\"\" goto folders",
				"if not exist \"%HERE%du-lieu-mau\\\" goto folders",
				"for %%F in (input\\*.csv) do if /i \"%%~xF\"==\".csv\" call :csv_file \"%%~nxF\"",
				"if defined FOUND_CSV goto folders", "echo " + SAMPLE_MESSAGE, "set \"SAMPLE_DEFAULT=--sample\"");
		assertThat(batLines()).containsSubsequence(":csv_file", "if \"%NAME:~0,1%\"==\".\" goto :eof",
				"if \"%NAME:~0,2%\"==\"~$\" goto :eof", "set \"FOUND_CSV=1\"");
		assertThat(javaLine()).contains(" %SAMPLE_DEFAULT% %*");
	}

	/** Row "the folder the run reads ... holds under 50 MB". */
	@Test
	void aFolderUnder50MbIsReadWithTheQuickCompilerAlone() throws IOException {
		// given a release, when the sample set runs, then with the quick compiler
		LauncherSandbox release = LauncherSandbox.release(this.work, "máy văn phòng");
		assertThat(release.run().javaArgs()).as("the sample set").contains("-XX:TieredStopAtLevel=1");

		// when a folder of 51 MB given relative to where the command started runs, then
		// with both compilers
		Path large = Files.createDirectories(this.work.resolve("tỉnh lớn"));
		Files.write(large.resolve("SKHDT.csv"), new byte[51 * 1024 * 1024]);
		Run fromCaller = release.runFrom(this.work, "--input=tỉnh lớn", "--validate-only");
		assertThat(fromCaller.javaArgs()).as("--input=DIR from where the command started")
			.doesNotContain("-XX:TieredStopAtLevel=1");
		Run separate = release.runFrom(this.work, "--input", "tỉnh lớn");
		assertThat(separate.javaArgs()).doesNotContain("-XX:TieredStopAtLevel=1");

		release.write("input/SKHDT.csv", "department,year,indicator,actual\n");
		assertThat(release.run().javaArgs()).contains("-XX:TieredStopAtLevel=1");

		// the Windows launcher: the same folder, the same limit
		assertThat(batLines()).containsSubsequence("if defined INPUT_ARG call :from_caller INPUT_DIR \"%INPUT_ARG%\"",
				"if defined SAMPLE set \"INPUT_DIR=%HERE%du-lieu-mau\"", "call :measure \"%INPUT_DIR%\"");
		assertThat(batLines()).containsSubsequence(":measure", "for /r \"%~1\" %%F in (*) do (",
				"\tset \"BYTES=!BYTES:~0,-3!\"", "\tif defined BYTES set /a \"THOUSANDS+=BYTES\"",
				"\tif !THOUSANDS! geq 52429 goto large", "endlocal & set \"JIT=-XX:TieredStopAtLevel=1\"");
		assertThat(52429 * 1000L).as("thousands of bytes in 51,200 KiB").isBetween(51200 * 1024L, 51200 * 1024L + 1000);
		assertThat(javaLine()).contains(" %JIT% ").doesNotContain("TieredStopAtLevel");
		assertThat(batLines()).containsSubsequence(":options", "if \"%ARG%\"==\"--input\" set \"INPUT_ARG=%~2\"",
				"if \"%ARG:~0,8%\"==\"--input=\" set \"INPUT_ARG=%ARG:~8%\"");
	}

	/** Row "the class data archive". */
	@ParameterizedTest
	@ValueSource(ints = { 0, 2, 3 })
	void anArchiveIsKeptAfterTheProgramsOwnExitCode(int code) {
		// given a release without an archive, when the program ends with its own code
		LauncherSandbox release = LauncherSandbox.release(this.work, "máy văn phòng").programExits(code);
		Run first = release.run();

		// then the archive written under a temporary name is kept, and the next run
		// starts
		// from it
		assertThat(first.exitCode()).isEqualTo(code);
		assertThat(first.option("-XX:ArchiveClassesAtExit="))
			.startsWith(release.resolve("app") + "/yearend-review.jsa.")
			.endsWith(".tmp");
		assertThat(release.archives("app")).containsExactly("yearend-review.jsa");

		Run next = release.run();
		assertThat(next.option("-XX:SharedArchiveFile="))
			.isEqualTo(release.resolve("app/yearend-review.jsa").toString());
		assertThat(next.option("-XX:ArchiveClassesAtExit=")).isNull();
	}

	/** Row "the class data archive", after a start that failed. */
	@ParameterizedTest
	@ValueSource(ints = { 1, 127, 134, 143 })
	void anArchiveMadeByAStartThatFailedIsNeverKept(int code) {
		// given a release without an archive, when Java ends with another code
		LauncherSandbox release = LauncherSandbox.release(this.work, "máy văn phòng").programExits(code);
		Run failed = release.run();

		// then no archive is left, and the next good run makes one
		assertThat(failed.exitCode()).isEqualTo(code);
		assertThat(failed.option("-XX:ArchiveClassesAtExit=")).isNotNull();
		assertThat(release.archives("app")).isEmpty();

		Run good = release.programExits(0).run();
		assertThat(good.option("-XX:ArchiveClassesAtExit=")).as("the next run makes one").isNotNull();
		assertThat(release.archives("app")).containsExactly("yearend-review.jsa");

		// the Windows launcher: a temporary name, moved into place on 0, 2 and 3 only
		assertThat(batLines()).containsSubsequence("set \"ARCHIVE=%APP%\\yearend-review.jsa\"",
				"set \"CDS=-XX:SharedArchiveFile=%ARCHIVE%\"", "if exist \"%ARCHIVE%\" goto java",
				"set \"FRESH=%APP%\\yearend-review.jsa.%RANDOM%.tmp\"", "set \"CDS=-XX:ArchiveClassesAtExit=%FRESH%\"",
				":java", "set \"CODE=%ERRORLEVEL%\"", "if not defined FRESH goto archived",
				"if \"%CODE%\"==\"0\" move /y \"%FRESH%\" \"%ARCHIVE%\" >nul 2>&1",
				"if \"%CODE%\"==\"2\" move /y \"%FRESH%\" \"%ARCHIVE%\" >nul 2>&1",
				"if \"%CODE%\"==\"3\" move /y \"%FRESH%\" \"%ARCHIVE%\" >nul 2>&1",
				"if exist \"%FRESH%\" del /q \"%FRESH%\" >nul 2>&1", ":archived");
		assertThat(batLines().stream().filter((line) -> line.contains("move /y"))).hasSize(3);
		assertThat(javaLine()).startsWith("\"%JAVA_EXE%\" \"%CDS%\" ");
	}

	/** Row "the time the summary gives". */
	@Test
	void theStartIsPassedInMillisecondsOrWholeSeconds() {
		// given GNU date, when it runs, then the start in milliseconds
		LauncherSandbox release = LauncherSandbox.release(this.work, "máy văn phòng");
		long before = System.currentTimeMillis();
		Run gnu = release.run();
		long after = System.currentTimeMillis();
		assertThat(gnu.option("-Dyearend.started=")).matches("\\d{13}");
		assertThat(Long.parseLong(gnu.option("-Dyearend.started="))).isBetween(before - 1, after);

		// given a date without %N, or that ignores it, then the start in whole seconds
		Run bsd = release.tool("date", """
				#!/bin/sh
				case $1 in
					+%s%3N) echo 17000000003N ;;
					+%s) echo 1700000000 ;;
				esac
				""").run();
		assertThat(bsd.option("-Dyearend.started=")).isEqualTo("1700000000000");

		Run secondsOnly = release.tool("date", "#!/bin/sh\necho 1700000000\n").run();
		assertThat(secondsOnly.option("-Dyearend.started=")).as("ten digits are seconds, not milliseconds")
			.isEqualTo("1700000000000");

		// given no date at all, then nothing
		Run withoutDate = release.withoutTool("date").run();
		assertThat(withoutDate.exitCode()).isZero();
		assertThat(withoutDate.option("-Dyearend.started=")).isNull();
		assertThat(withoutDate.output()).doesNotContain("date");

		// the Windows launcher leaves it out, and says why
		assertThat(javaLine()).doesNotContain("yearend.started");
		assertThat(String.join("\n", batLines())).contains("it does not pass -Dyearend.started");
	}

	/** Row "after the program". */
	@Test
	void onlyTheWindowsLauncherOpensTheOutputFolderAfterARunAndWaitsAfterADoubleClick() throws IOException {
		// given a release, when the POSIX launcher's program ends, then it exits with its
		// code, opens nothing and waits for nothing
		LauncherSandbox release = LauncherSandbox.release(this.work, "máy văn phòng").programExits(3);
		assertThat(release.run().exitCode()).isEqualTo(3);
		assertThat(Files.readString(LauncherSandbox.POSIX_LAUNCHER)).doesNotContain("xdg-open", "pause");

		// the Windows launcher opens the folder the run wrote, after a run that completed

		List<String> bat = batLines();
		assertThat(bat).containsSubsequence("set \"RUN=1\"", "call :options %*", ":archived",
				"if not defined RUN goto end",
				"if \"%CODE%\"==\"0\" if exist \"%OUTPUT_DIR%\\\" start \"\" \"%OUTPUT_DIR%\"",
				"if \"%CODE%\"==\"3\" if exist \"%OUTPUT_DIR%\\\" start \"\" \"%OUTPUT_DIR%\"", "goto end");
		assertThat(bat.stream().filter((line) -> line.contains("start \"\""))).hasSize(2);
		assertThat(bat).containsSubsequence(":options", "if \"%ARG%\"==\"--help\" set \"RUN=\"",
				"if \"%ARG%\"==\"-h\" set \"RUN=\"", "if \"%ARG%\"==\"-?\" set \"RUN=\"",
				"if \"%ARG%\"==\"--verify\" set \"RUN=\"", "if \"%ARG:~0,9%\"==\"--verify=\" set \"RUN=\"",
				"if \"%ARG%\"==\"--templates\" set \"RUN=\"");
		assertThat(bat).containsSubsequence("set \"OUTPUT_DIR=%HERE%output\"",
				"if defined SAMPLE set \"OUTPUT_DIR=%HERE%output\\du-lieu-mau\"",
				"if defined OUTPUT_ARG call :from_caller OUTPUT_DIR \"%OUTPUT_ARG%\"");
		assertThat(bat).containsSubsequence(":from_caller", "pushd \"%CALLER%\"", "set \"%~1=%~f2\"", "popd");

		// and waits for a key only after a double-click
		assertThat(bat.stream().filter((line) -> line.contains("pause")))
			.containsExactly("if defined DOUBLE_CLICK pause");
		assertThat(bat).containsSubsequence("set \"SELF=%~f0\"", "call :double_click", ":double_click",
				"set \"LINE=!CMDCMDLINE!\"", "set \"LINE=!LINE:\"=#!\"", "set \"PROBE=!LINE:/c ##%SELF%#=!\"",
				"if not \"!PROBE!\"==\"!LINE!\" set \"FOUND=1\"", "endlocal & set \"DOUBLE_CLICK=%FOUND%\"");
	}

	private static List<String> batLines() {
		try {
			String text = Files.readString(LauncherSandbox.WINDOWS_LAUNCHER, StandardCharsets.UTF_8);
			return Arrays.asList(text.split("\r\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The line of the Windows launcher that starts the program. */
	private static String javaLine() {
		return batLines().stream()
			.filter((line) -> line.startsWith("\"%JAVA_EXE%\"") && line.contains("yearend-review.jar\" "))
			.findFirst()
			.orElseThrow();
	}

	private static String posixMessage() {
		try {
			Matcher message = Pattern.compile("say \"(Thư mục input/ chưa có[^\"]*)\"")
				.matcher(Files.readString(LauncherSandbox.POSIX_LAUNCHER));
			assertThat(message.find()).isTrue();
			return message.group(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int indexOfLineContaining(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> installedLocales() {
		try {
			Process locale = new ProcessBuilder("locale", "-a").start();
			String names = new String(locale.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			locale.waitFor();
			return names.lines().toList();
		}
		catch (IOException ex) {
			return List.of();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return List.of();
		}
	}

}
