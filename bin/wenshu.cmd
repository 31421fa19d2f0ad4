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
"%WENSHU_JAVA%" -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %WENSHU_JAVA_OPTS% -jar "%WENSHU_JAR%" %*
set "WENSHU_STATUS=%ERRORLEVEL%"
goto done
:missing
echo wenshu: 找不到 %WENSHU_JAR%，发行包不完整，请重新解压 wenshu-*.zip 1>&2
set "WENSHU_STATUS=2"
:done
if defined WENSHU_CODEPAGE chcp %WENSHU_CODEPAGE% >nul
exit /b %WENSHU_STATUS%
