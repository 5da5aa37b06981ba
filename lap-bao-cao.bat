@echo off
rem Lập báo cáo tổng kết năm: đọc các tệp trong input\, ghi kết quả vào output\<năm>\.
rem   lap-bao-cao.bat                  chạy với các tệp trong input\ (khi input\ chưa có tệp nào: chạy bộ dữ liệu mẫu)
rem   lap-bao-cao.bat --sample         chạy bộ dữ liệu mẫu (du-lieu-mau\) vào output\du-lieu-mau\
rem   lap-bao-cao.bat --validate-only  chỉ kiểm tra các tệp mới
rem   lap-bao-cao.bat --help           các tùy chọn
rem Mã thoát là của chương trình: 0 hoàn thành; 3 hoàn thành, có việc cần xem; 2 sai tùy chọn; 1 không thực hiện được.
rem Biến môi trường YEAREND_JAVA_OPTS thêm tùy chọn cho Java, ví dụ set YEAREND_JAVA_OPTS=-Xmx2g.
rem The decisions this launcher makes, and those of lap-bao-cao, are listed in one table in README.md.
rem Unlike lap-bao-cao it does not pass -Dyearend.started: cmd has no clock in a fixed format (%DATE% follows the
rem region settings), and asking PowerShell would add its own start, often most of a second, to every run; the time
rem the summary gives counts from the program's start.
setlocal
set "HERE=%~dp0"
set "SELF=%~f0"
rem A folder given relative (--input=thu-muc) is taken from where the launcher was started.
set "CALLER=%CD%\."
set "CODE=1"

rem The run writes UTF-8 (code page 65001); the caller's code page is put back at the end.
set "CODEPAGE="
for /f "tokens=2 delims=:" %%P in ('chcp') do for /f "tokens=1 delims=. " %%Q in ("%%P") do set "CODEPAGE=%%Q"
chcp 65001 >nul
call :double_click
pushd "%HERE%"

rem Java: the runtime shipped in the release, else JAVA_HOME, else the one on the PATH; 17 or later.
set "JAVA_EXE="
if exist "%HERE%runtime\bin\java.exe" set "JAVA_EXE=%HERE%runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE goto nojava
"%JAVA_EXE%" -version 2>&1 | findstr /r /c:"version \"1[7-9]" /c:"version \"[2-9][0-9]" >nul
if errorlevel 1 goto oldjava

rem The program: app\ in a release. On a clone of the repository, target\app, built with Maven when the program is
rem missing or older than any file under src\main, reports or pom.xml (PowerShell compares the times, as find -newer
rem does in lap-bao-cao; without PowerShell only a missing program is built), unpacked again when the jar is newer.
set "APP=%HERE%app"
if exist "%APP%\yearend-review.jar" goto program
set "APP=%HERE%target\app"
set "JAR=%HERE%target\yearend-review.jar"
if not exist "%HERE%pom.xml" goto noprogram
set "STALE=build"
if not exist "%JAR%" goto stale
set "STALE="
where powershell >nul 2>&1
if errorlevel 1 goto unchecked
powershell -NoProfile -NonInteractive -Command "$jar = (Get-Item -LiteralPath 'target\yearend-review.jar').LastWriteTimeUtc; if (Get-ChildItem -LiteralPath 'src\main', 'reports', 'pom.xml' -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1) { exit 3 }; $app = Get-Item -LiteralPath 'target\app\yearend-review.jar' -ErrorAction SilentlyContinue; if (-not $app -or $app.LastWriteTimeUtc -lt $jar) { exit 4 }; exit 0"
set "CHECKED=%ERRORLEVEL%"
if "%CHECKED%"=="0" goto stale
if "%CHECKED%"=="3" set "STALE=build"
if "%CHECKED%"=="4" set "STALE=unpack"
if defined STALE goto stale
:unchecked
echo Không so được chương trình với mã nguồn (không chạy được PowerShell): dùng bản đã dựng trong target\.
if not exist "%APP%\yearend-review.jar" set "STALE=unpack"
:stale
if "%STALE%"=="unpack" goto unpack
if not "%STALE%"=="build" goto program
where mvn >nul 2>&1
if errorlevel 1 goto nomaven
echo Đang dựng chương trình (khoảng một phút)...
if not exist "%HERE%target" mkdir "%HERE%target"
call mvn -q -B -DskipTests package > "%HERE%target\dung-chuong-trinh.log" 2>&1
if errorlevel 1 goto buildfailed
:unpack
if exist "%APP%" rmdir /s /q "%APP%"
"%JAVA_EXE%" -Djarmode=tools -jar "%JAR%" extract --destination "%APP%" >nul
if errorlevel 1 goto buildfailed
:program

set "RUN=1"
set "SAMPLE="
set "INPUT_ARG="
set "OUTPUT_ARG="
call :options %*
rem The first runs, before any department's file is in input\: the sample set shipped beside it, in its own output
rem folder, so that its figures and words never mix with a province's.
set "SAMPLE_DEFAULT="
if not "%~1"=="" goto folders
if not exist "%HERE%du-lieu-mau\" goto folders
set "FOUND_CSV="
for %%F in (input\*.csv) do if /i "%%~xF"==".csv" call :csv_file "%%~nxF"
if defined FOUND_CSV goto folders
echo Thư mục input/ chưa có tệp nào của các đơn vị: chạy bộ dữ liệu mẫu (du-lieu-mau/) để xem thử.
set "SAMPLE_DEFAULT=--sample"
set "SAMPLE=1"
:folders
rem The folder the run reads and the one it writes, as the program takes them.
set "INPUT_DIR=%HERE%input"
if defined INPUT_ARG call :from_caller INPUT_DIR "%INPUT_ARG%"
if defined SAMPLE set "INPUT_DIR=%HERE%du-lieu-mau"
set "OUTPUT_DIR=%HERE%output"
if defined SAMPLE set "OUTPUT_DIR=%HERE%output\du-lieu-mau"
if defined OUTPUT_ARG call :from_caller OUTPUT_DIR "%OUTPUT_ARG%"
rem A folder under 50 MB is read with the quick compiler alone; a large one keeps the optimising compiler.
set "JIT="
call :measure "%INPUT_DIR%"

rem Start-up: the classes of a run are kept in a class data archive made by the first run in this folder. It is
rem written under a temporary name and kept only when the program ended with one of its own exit codes (0, 2, 3): a
rem start that failed would leave an archive of the few classes it loaded, and every later run would start from it.
set "ARCHIVE=%APP%\yearend-review.jsa"
set "FRESH="
set "CDS=-XX:SharedArchiveFile=%ARCHIVE%"
if exist "%ARCHIVE%" goto java
del /q "%APP%\yearend-review.jsa.*.tmp" >nul 2>&1
set "FRESH=%APP%\yearend-review.jsa.%RANDOM%.tmp"
set "CDS=-XX:ArchiveClassesAtExit=%FRESH%"
:java
"%JAVA_EXE%" "%CDS%" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC %JIT% %YEAREND_JAVA_OPTS% "-Dyearend.workdir=%CALLER%" -jar "%APP%\yearend-review.jar" %SAMPLE_DEFAULT% %*
set "CODE=%ERRORLEVEL%"
if not defined FRESH goto archived
if not exist "%FRESH%" goto archived
if "%CODE%"=="0" move /y "%FRESH%" "%ARCHIVE%" >nul 2>&1
if "%CODE%"=="2" move /y "%FRESH%" "%ARCHIVE%" >nul 2>&1
if "%CODE%"=="3" move /y "%FRESH%" "%ARCHIVE%" >nul 2>&1
if exist "%FRESH%" del /q "%FRESH%" >nul 2>&1
:archived

rem After a run that completed (0, or 3: something to look at), not --help, --verify or --templates, the folder it
rem wrote opens.
if not defined RUN goto end
if "%CODE%"=="0" if exist "%OUTPUT_DIR%\" start "" "%OUTPUT_DIR%"
if "%CODE%"=="3" if exist "%OUTPUT_DIR%\" start "" "%OUTPUT_DIR%"
goto end

:nojava
echo Không tìm thấy Java. Hãy cài Java 17 trở lên (ví dụ Eclipse Temurin 17 tại https://adoptium.net),
echo rồi chạy lại lap-bao-cao.bat.
goto end

:oldjava
echo Java ở %JAVA_EXE% cũ hơn Java 17. Hãy cài Java 17 trở lên (ví dụ Eclipse Temurin 17 tại https://adoptium.net)
echo hoặc đặt biến môi trường JAVA_HOME trỏ tới Java 17.
goto end

:noprogram
echo Không tìm thấy chương trình (app\yearend-review.jar). Hãy giải nén lại bản phát hành.
goto end

:nomaven
echo Chưa có chương trình dựng sẵn và không tìm thấy Maven để dựng. Hãy dùng bản phát hành (tệp .zip).
goto end

:buildfailed
echo Không dựng được chương trình; chi tiết trong target\dung-chuong-trinh.log.
goto end

:end
popd
if defined CODEPAGE chcp %CODEPAGE% >nul
if defined DOUBLE_CLICK echo.
if defined DOUBLE_CLICK pause
exit /b %CODE%

:double_click
rem DOUBLE_CLICK is set when Explorer started this script, as cmd /c ""<this script>" ": its window closes when the
rem script ends, so the script waits for a key first. A console (cmd without /c), or a scheduled task that starts
rem cmd /c "<this script>", does not wait. The quotes are compared as # so that no quote reaches the comparison.
setlocal EnableDelayedExpansion
set "FOUND="
set "LINE=!CMDCMDLINE!"
if not defined LINE goto double_clicked
set "LINE=!LINE:"=#!"
set "PROBE=!LINE:/c ##%SELF%#=!"
if not "!PROBE!"=="!LINE!" set "FOUND=1"
:double_clicked
endlocal & set "DOUBLE_CLICK=%FOUND%"
goto :eof

:options
rem What the launcher needs to know of the program's options: the folders given (cmd splits --input=DIR into
rem --input and DIR, as if typed --input DIR; a quoted "--input=DIR" stays whole), --sample, and whether the command
rem is a run rather than --help, --verify or --templates.
if "%~1"=="" goto :eof
set "ARG=%~1"
if "%ARG%"=="--input" set "INPUT_ARG=%~2"
if "%ARG:~0,8%"=="--input=" set "INPUT_ARG=%ARG:~8%"
if "%ARG%"=="--output" set "OUTPUT_ARG=%~2"
if "%ARG:~0,9%"=="--output=" set "OUTPUT_ARG=%ARG:~9%"
if "%ARG%"=="--sample" set "SAMPLE=1"
if "%ARG%"=="--help" set "RUN="
if "%ARG%"=="-h" set "RUN="
if "%ARG%"=="-?" set "RUN="
if "%ARG%"=="--verify" set "RUN="
if "%ARG:~0,9%"=="--verify=" set "RUN="
if "%ARG%"=="--templates" set "RUN="
if "%ARG:~0,12%"=="--templates=" set "RUN="
shift
goto options

:csv_file
rem FOUND_CSV is set by a department's file, not a lock file an editor keeps beside an open one (~$...) nor a file
rem whose name starts with a dot.
set "NAME=%~1"
if "%NAME:~0,1%"=="." goto :eof
if "%NAME:~0,2%"=="~$" goto :eof
set "FOUND_CSV=1"
goto :eof

:from_caller
rem Sets the variable named %1 to the folder %2 taken from where the launcher was started.
pushd "%CALLER%"
set "%~1=%~f2"
popd
goto :eof

:measure
rem JIT is the quick compiler alone when the folder %1 holds under 50 MB: 52,429 thousand bytes, the 51,200 KiB
rem lap-bao-cao measures with du -sk. Sizes are counted in thousands of bytes (the last three digits dropped), which
rem keeps a folder of terabytes inside the 32 bits of set /a; the count stops as soon as the folder is known to be larger.
if not exist "%~1\" goto :eof
setlocal EnableDelayedExpansion
set "THOUSANDS=0"
for /r "%~1" %%F in (*) do (
	set "BYTES=%%~zF"
	set "BYTES=!BYTES:~0,-3!"
	if defined BYTES set /a "THOUSANDS+=BYTES"
	if !THOUSANDS! geq 52429 goto large
)
endlocal & set "JIT=-XX:TieredStopAtLevel=1"
goto :eof
:large
endlocal
goto :eof
