@echo off
rem wenshu launcher for Windows: runs lib\wenshu.jar with Java 17 or later (JAVA_HOME, else java on PATH).
rem Nothing is built: this file is part of the distribution wenshu-VERSION.zip.
setlocal
rem Chinese file names, messages and output in UTF-8: the console code page is 65001 while wenshu
rem runs (936 on Chinese Windows otherwise) and is put back afterwards. Lines below may hold UTF-8.
for /f "tokens=2 delims=:" %%c in ('chcp') do set "WENSHU_CODEPAGE=%%c"
chcp 65001 >nul
set "WENSHU_JAR=%~dp0..\lib\wenshu.jar"
set "WENSHU_JAVA=java"
if defined JAVA_HOME set "WENSHU_JAVA=%JAVA_HOME%\bin\java.exe"
if not exist "%WENSHU_JAR%" goto missing
rem C1 only for a quick start; serve (hours, report after report) and bench (warm runs) take the full
rem JIT, and serve a heap cap (WENSHU_SERVE_HEAP, 768m by default), as bin/wenshu does. The command
rem line also makes arrays of 1 MB and more (font bytes) in the old generation at once and has C1
rem inline less on one compiler thread (fewer compile seconds), as bin/wenshu.
set "WENSHU_TIER=-XX:TieredStopAtLevel=1"
set "WENSHU_PRETENURE=-XX:PretenureSizeThreshold=1m"
set "WENSHU_JIT=-XX:C1MaxInlineSize=20 -XX:CICompilerCount=1"
set "WENSHU_HEAP="
if not defined WENSHU_SERVE_HEAP set "WENSHU_SERVE_HEAP=768m"
if /i "%~1"=="serve" set "WENSHU_TIER=-XX:TieredStopAtLevel=4"
if /i "%~1"=="serve" set "WENSHU_PRETENURE="
if /i "%~1"=="serve" set "WENSHU_JIT="
if /i "%~1"=="serve" set "WENSHU_HEAP=-Xmx%WENSHU_SERVE_HEAP% -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
if /i "%~1"=="bench" set "WENSHU_TIER=-XX:TieredStopAtLevel=4"
if /i "%~1"=="bench" set "WENSHU_PRETENURE="
if /i "%~1"=="bench" set "WENSHU_JIT="
"%WENSHU_JAVA%" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -XX:+UseSerialGC %WENSHU_TIER% %WENSHU_JIT% %WENSHU_PRETENURE% %WENSHU_HEAP% %WENSHU_JAVA_OPTS% -jar "%WENSHU_JAR%" %*
set "WENSHU_STATUS=%ERRORLEVEL%"
goto done
:missing
echo wenshu: 找不到 %WENSHU_JAR%，发行包不完整，请重新解压 wenshu-*.zip 1>&2
set "WENSHU_STATUS=2"
:done
if defined WENSHU_CODEPAGE chcp %WENSHU_CODEPAGE% >nul
exit /b %WENSHU_STATUS%
