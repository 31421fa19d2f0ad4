package org.wenshu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page end to end in a real headless browser: Debian's {@code chromium} driven through
 * {@code chromium-driver} by Selenium (scripts/test installs both; without them the tests are
 * skipped with a message saying so).
 */
class WebPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static WebServer server;
    private final List<WebDriver> drivers = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: headless browser tests need Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver; scripts/test installs them)");
        server = WebServer.start(ServeSettings.of("127.0.0.1", 0),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            Path root = server.workspaceRoot();
            server.close();
            assertThat(root).doesNotExist();
        }
    }

    @AfterEach
    void quit() {
        drivers.forEach(WebDriver::quit);
    }

    private WebDriver browser(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--lang=zh-CN", "--window-size=1400,1000");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("intl.accept_languages", "zh-CN,zh");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .withSilent(true).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        drivers.add(driver);
        // headless Chromium saves downloads only where DevTools says it may
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver.get(server.address().toString());
        waitFor(driver, 20).until(d -> !d.findElements(By.cssSelector("#kind option")).isEmpty());
        return driver;
    }

    private static WebDriverWait waitFor(WebDriver driver, int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static void upload(WebDriver driver, Path... files) {
        int before = driver.findElements(By.cssSelector("#file-list > li")).size();
        driver.findElement(By.id("file-input")).sendKeys(String.join("\n", Stream.of(files).map(Path::toString).toList()));
        waitFor(driver, 60).until(d -> d.findElements(By.cssSelector("#file-list > li")).size() == before + files.length
                && !d.findElement(By.id("upload-status")).isDisplayed());
    }

    /**
     * With {@code -Dwenshu.screenshots=DIR}, the whole page as a PNG (the window grown to the page's
     * height): how docs/serve-*.png are made.
     */
    private static void screenshot(WebDriver driver, String name) throws java.io.IOException {
        String folder = System.getProperty("wenshu.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(4000, height + 20)));
        waitFor(driver, 60).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return [...document.images].every(img => img.complete);"));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(Files.createDirectories(Path.of(folder)).resolve(name), png);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
    }

    private static List<String> names(WebDriver driver) {
        return driver.findElements(By.cssSelector("#file-list > li .name")).stream().map(WebElement::getText).toList();
    }

    @Test
    void seed004BecomesACompilationOfTwelveDocumentsAndItsPdfDownloads() throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Path seed = Files.copy(Hostile.resource("corpus/004_f863d41575c9a514.txt"), dir.resolve("阶段性工作总结汇编.txt"));
        WebDriver driver = browser(downloads);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("文书");
        upload(driver, seed);
        WebElement item = driver.findElement(By.cssSelector("#file-list > li"));
        assertThat(item.getText()).contains("阶段性工作总结汇编.txt", "12 篇", "个问题");
        // a diagnostic's line shows the source around it
        item.findElement(By.cssSelector("details summary")).click();
        item.findElement(By.cssSelector(".diagnostics button")).click();
        waitFor(driver, 10).until(d -> d.findElement(By.id("context")).isDisplayed());
        assertThat(driver.findElement(By.cssSelector("#context mark")).getText()).isNotBlank();
        screenshot(driver, "serve-sources.png");

        new Select(driver.findElement(By.id("kind"))).selectByValue("compilation");
        driver.findElement(By.id("field-title")).sendKeys("主题教育阶段性工作总结汇编");
        driver.findElement(By.id("field-publisher")).sendKeys("某某县委办公室");
        driver.findElement(By.id("build-button")).click();
        waitFor(driver, 240).until(d -> d.findElement(By.id("result")).isDisplayed());
        assertThat(driver.findElement(By.id("build-summary")).getText()).startsWith("已生成：12 篇");
        // previews load lazily, as the reader scrolls to them
        ((JavascriptExecutor) driver).executeScript("document.getElementById('pages').scrollIntoView();");
        waitFor(driver, 60).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const img = document.querySelector('#pages img'); return img !== null && img.complete && img.naturalWidth > 0;"));

        screenshot(driver, "serve-report.png");
        driver.findElement(By.id("download-pdf")).click();
        Path pdf = downloads.resolve("主题教育阶段性工作总结汇编.pdf");
        try {
            waitFor(driver, 60).until(d -> Files.exists(pdf) && pdf.toFile().length() > 0);
        } catch (org.openqa.selenium.TimeoutException e) {
            try (Stream<Path> found = Files.list(downloads)) {
                throw new AssertionError("no " + pdf.getFileName() + " in " + found.toList(), e);
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> documents = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(entry -> documents.add(entry.getTitle()));
            assertThat(documents).hasSize(12);
        }
    }

    @Test
    void brokenFilesGetAClearMessageAndThePageKeepsWorking() throws Exception {
        Path truncated = Files.write(dir.resolve("截断.docx"), Hostile.truncatedDocx());
        Path bomb = Files.write(dir.resolve("炸弹.docx"), Hostile.zipBombDocx());
        Path good = Files.copy(Hostile.resource("corpus/002_f62ea30a084066f1.txt"), dir.resolve("措施.txt"));
        WebDriver driver = browser(dir);
        upload(driver, truncated, bomb);
        String notice = driver.findElement(By.id("notice")).getText();
        assertThat(notice).contains("截断.docx", "损坏或不完整", "炸弹.docx", "压缩炸弹").doesNotContain("Exception", "at org.");
        assertThat(driver.findElement(By.id("file-list")).getText()).contains("损坏或不完整", "压缩炸弹");
        screenshot(driver, "serve-broken-files.png");
        upload(driver, good);
        assertThat(names(driver)).last().asString().endsWith("措施.txt");
        // a section unticked in the source's outline is left out of the report
        WebElement source = driver.findElement(By.cssSelector("#file-list > li:last-child"));
        if (!source.findElement(By.cssSelector("details")).getAttribute("open").equals("true")) {
            source.findElement(By.cssSelector("details summary")).click();
        }
        WebElement second = source.findElement(By.cssSelector("input.section-include[data-path='二、']"));
        assertThat(second.isSelected()).isTrue();
        second.click();
        assertThat(second.isSelected()).isFalse();
        new Select(driver.findElement(By.id("kind"))).selectByValue("outline");
        driver.findElement(By.id("build-button")).click();
        waitFor(driver, 240).until(d -> d.findElement(By.id("result")).isDisplayed());
        assertThat(driver.findElement(By.id("build-summary")).getText()).startsWith("已生成：1 篇");
        String outline = driver.findElement(By.id("report-outline")).getAttribute("textContent");
        assertThat(outline).contains("学习先行奠定思想基础", "实践先行解决实际困难").doesNotContain("调研先行全面掌握情况");
    }

    @Test
    void twoSessionsDoNotSeeEachOthersFilesAndTheKeyboardReorders() throws Exception {
        Path first = Files.copy(Hostile.resource("corpus/000_8c3c6e4d9d3c2cf8.txt"), dir.resolve("甲.txt"));
        Path second = Files.copy(Hostile.resource("corpus/002_f62ea30a084066f1.txt"), dir.resolve("乙.txt"));
        Path other = Files.copy(Hostile.resource("corpus/003_497f9689bfdb0768.txt"), dir.resolve("丙.txt"));
        WebDriver alice = browser(dir);
        WebDriver bob = browser(dir);
        upload(alice, first, second);
        upload(bob, other);
        alice.navigate().refresh();
        waitFor(alice, 20).until(d -> d.findElements(By.cssSelector("#file-list > li")).size() == 2);
        assertThat(names(alice)).containsExactly("1. 甲.txt", "2. 乙.txt");
        assertThat(names(bob)).containsExactly("1. 丙.txt");

        WebElement down = alice.findElement(By.cssSelector("#file-list > li:first-child button.down"));
        down.sendKeys(Keys.ENTER);
        assertThat(names(alice)).containsExactly("1. 乙.txt", "2. 甲.txt");
        WebElement entry = alice.findElement(By.cssSelector("#file-list > li:last-child"));
        entry.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        assertThat(names(alice)).containsExactly("1. 甲.txt", "2. 乙.txt");
    }
}
