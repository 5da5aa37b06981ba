@echo off
rem Lập báo cáo tổng kết năm: đọc các tệp trong input\, ghi kết quả vào output\<năm>\.
rem   lap-bao-cao.bat                  chạy với các tệp trong input\
rem   lap-bao-cao.bat --validate-only  chỉ kiểm tra các tệp mới
rem   lap-bao-cao.bat --help           các tùy chọn
rem Mã thoát là của chương trình: 0 hoàn thành; 3 hoàn thành, có việc cần xem; 2 sai tùy chọn; 1 không thực hiện được.
setlocal
chcp 65001 >nul
rem A folder given relative (--input=thu-muc) is taken from where the launcher was started.
set "CALLER=%CD%\."
pushd "%~dp0"

set "JAVA_EXE="
if exist "%~dp0runtime\bin\java.exe" set "JAVA_EXE=%~dp0runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA_EXE=%%~$PATH:J"
if not defined JAVA_EXE goto nojava
"%JAVA_EXE%" -version 2>&1 | findstr /r /c:"version \"1[7-9]" /c:"version \"[2-9][0-9]" >nul
if errorlevel 1 goto oldjava

set "APP=%~dp0app"
if exist "%APP%\yearend-review.jar" goto run
set "APP=%~dp0target\app"
if exist "%APP%\yearend-review.jar" goto run
if not exist "%~dp0pom.xml" goto noprogram
where mvn >nul 2>&1
if errorlevel 1 goto nomaven
echo Đang dựng chương trình (lần đầu, khoảng một phút)...
if not exist "%~dp0target" mkdir "%~dp0target"
call mvn -q -B -DskipTests package > "%~dp0target\dung-chuong-trinh.log" 2>&1
if errorlevel 1 goto buildfailed
"%JAVA_EXE%" -Djarmode=tools -jar "%~dp0target\yearend-review.jar" extract --destination "%APP%" >nul
if errorlevel 1 goto buildfailed

:run
rem The first run in this folder keeps the classes it loads in a class data archive that later runs start from.
set "CDS=-XX:ArchiveClassesAtExit=%APP%\yearend-review.jsa"
if exist "%APP%\yearend-review.jsa" set "CDS=-XX:SharedArchiveFile=%APP%\yearend-review.jsa"
"%JAVA_EXE%" "%CDS%" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %YEAREND_JAVA_OPTS% "-Dyearend.workdir=%CALLER%" -jar "%APP%\yearend-review.jar" %*
set "CODE=%ERRORLEVEL%"
if "%CODE%"=="0" if exist "%~dp0output" start "" "%~dp0output"
if "%CODE%"=="3" if exist "%~dp0output" start "" "%~dp0output"
goto end

:nojava
echo Không tìm thấy Java. Hãy cài Java 17 trở lên (ví dụ Eclipse Temurin 17 tại https://adoptium.net),
echo rồi chạy lại lap-bao-cao.bat.
set "CODE=1"
goto end

:oldjava
echo Java ở %JAVA_EXE% cũ hơn Java 17. Hãy cài Java 17 trở lên (ví dụ Eclipse Temurin 17 tại https://adoptium.net)
echo hoặc đặt biến môi trường JAVA_HOME trỏ tới Java 17.
set "CODE=1"
goto end

:noprogram
echo Không tìm thấy chương trình (app\yearend-review.jar). Hãy giải nén lại bản phát hành.
set "CODE=1"
goto end

:nomaven
echo Chưa có chương trình dựng sẵn và không tìm thấy Maven để dựng. Hãy dùng bản phát hành (tệp .zip).
set "CODE=1"
goto end

:buildfailed
echo Không dựng được chương trình; chi tiết trong target\dung-chuong-trinh.log.
set "CODE=1"
goto end

:end
echo.
pause
exit /b %CODE%
