package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wenshu.Wenshu;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;

class CheckCommandTest extends ConsoleCapture {
    /** Seed 004: a compilation of twelve summaries with "xx" placeholders and "D" for 党. */
    private static final Path SEED_004 = Path.of("examples/阶段性工作总结汇编.txt");
    private static final Pattern GITHUB = Pattern.compile(
            "::warning file=([^,]+),line=(\\d+),title=wenshu (placeholder|masked-word)::(.*)");
    private static final Pattern QUOTED = Pattern.compile("“([^”]+)”");

    @TempDir
    Path dir;

    private Path clean() throws Exception {
        Path file = dir.resolve("clean.txt");
        Files.writeString(file, "工作方案\n一、总体要求\n正文内容写在这里，写得长一些以便识别为正文段落。\n"
                + "二、主要任务\n这一部分的正文也写得长一些，以便识别为正文段落。\n", StandardCharsets.UTF_8);
        return file;
    }

    /** The placeholder and masked-word diagnostics the parser finds in seed 004. */
    private static List<Diagnostic> seedWarnings() {
        List<Diagnostic> expected = new ArrayList<>();
        for (Document document : Wenshu.standard().parse(SEED_004)) {
            document.diagnostics().stream()
                    .filter(d -> d.code().equals("placeholder") || d.code().equals("masked-word"))
                    .forEach(expected::add);
        }
        return expected;
    }

    @Test
    void githubFormatAnnotatesEveryPlaceholderAndMaskedWordOnItsLine() throws Exception {
        int exit = Main.run("check", "--format", "github", SEED_004.toString());

        assertThat(exit).isEqualTo(1);
        List<String> sourceLines = Files.readAllLines(SEED_004, StandardCharsets.UTF_8);
        List<String> commands = stdout().lines().toList();
        List<String> seen = new ArrayList<>();
        for (String command : commands) {
            Matcher m = GITHUB.matcher(command);
            assertThat(m.matches()).as(command).isTrue();
            assertThat(m.group(1)).isEqualTo(SEED_004.toString());
            int line = Integer.parseInt(m.group(2));
            // every word the message quotes is on the line the command names (the 可能是 hint excepted)
            String message = m.group(4).replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
            Matcher quoted = QUOTED.matcher(message.replaceAll("（“D”可能是“党”）$", ""));
            int words = 0;
            while (quoted.find()) {
                assertThat(sourceLines.get(line - 1)).as(command).contains(quoted.group(1));
                words++;
            }
            assertThat(words).as(command).isPositive();
            seen.add(m.group(3) + "@" + line);
        }
        List<String> expected = seedWarnings().stream().map(d -> d.code() + "@" + d.line()).toList();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(seen).contains("placeholder@9", "masked-word@9", "masked-word@18");
    }

    @Test
    void cleanFilePassesSilently() throws Exception {
        for (String format : List.of("text", "github")) {
            int exit = Main.run("check", "--format", format, clean().toString());
            assertThat(exit).as(format).isZero();
        }
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).isEmpty();
    }

    @Test
    void textFormatIsFileLineCodeMessage() {
        int exit = Main.run("check", SEED_004.toString());

        assertThat(exit).isEqualTo(1);
        List<String> lines = stdout().lines().toList();
        assertThat(lines).hasSize(seedWarnings().size());
        assertThat(lines.get(0)).isEqualTo(SEED_004 + ":9: placeholder: 有未填写的占位符：“xx县”、“xx”");
        assertThat(lines).allMatch(l -> l.matches(Pattern.quote(SEED_004.toString()) + ":\\d+: [a-z-]+: .+"));
    }

    @Test
    void anUnknownFormatListsTheFormatsInOneOrder() throws Exception {
        int exit = Main.run("check", "--format", "xx", clean().toString());

        assertThat(exit).isEqualTo(2);
        // the order help gives; it changed from run to run while the formats were a Map.copyOf
        assertThat(stderr()).contains("text, json, github, junit");
    }

    @Test
    void failOnNamesTheCodesThatFail() throws Exception {
        int exit = Main.run("check", "--fail-on", "numbering-gap,duplicate-source", SEED_004.toString());
        assertThat(exit).as("seed 004 has placeholders but no numbering gap").isZero();
        assertThat(stdout()).as("warnings are still printed").contains(":9: placeholder:");

        assertThat(Main.run("check", "--fail-on", "masked-word", SEED_004.toString())).isEqualTo(1);
    }

    @Test
    void removedTextGroupFailsOnCleanedFurniture() throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, "工作方案\n##paidbegin##\n一、总体要求\n正文内容写在这里，写得长一些以便识别为正文段落。\n",
                StandardCharsets.UTF_8);
        assertThat(Main.run("check", page.toString())).as("furniture removal is only a note").isZero();
        assertThat(Main.run("check", "--fail-on", "removed-text", page.toString())).isEqualTo(1);
        assertThat(stdout()).contains(page + ":2: furniture-removed: ");
    }

    @Test
    void jsonFormatListsEveryFileAndItsFindings() throws Exception {
        Path clean = clean();
        int exit = Main.run("check", "--format", "json", SEED_004.toString(), clean.toString());

        assertThat(exit).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("failed").asBoolean()).isTrue();
        assertThat(root.get("failing").asInt()).isEqualTo(seedWarnings().size());
        JsonNode files = root.get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("file").asText()).isEqualTo(SEED_004.toString());
        JsonNode first = files.get(0).get("findings").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(9);
        assertThat(first.get("code").asText()).isEqualTo("placeholder");
        assertThat(first.get("severity").asText()).isEqualTo("warning");
        assertThat(first.get("failing").asBoolean()).isTrue();
        assertThat(files.get(1).get("file").asText()).isEqualTo(clean.toString());
        assertThat(files.get(1).get("findings")).isEmpty();
    }

    @Test
    void junitFormatIsXmlWithAFailurePerFindingAndAPassForACleanFile() throws Exception {
        Path clean = clean();
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        int exit = Main.run("check", "--format", "junit", SEED_004.toString(), clean.toString(), empty.toString());

        assertThat(exit).isEqualTo(1);
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(stdout().getBytes(StandardCharsets.UTF_8)));
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        int warnings = seedWarnings().size();
        assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(warnings));
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(warnings + 2));
        NodeList suites = root.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        Element seed = (Element) suites.item(0);
        assertThat(seed.getAttribute("name")).isEqualTo(SEED_004.toString());
        Element failure = (Element) seed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("placeholder");
        assertThat(failure.getTextContent()).startsWith(SEED_004 + ":9: placeholder: ");
        Element cleanSuite = (Element) suites.item(1);
        assertThat(cleanSuite.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(cleanSuite.getElementsByTagName("failure").getLength()).isZero();
        Element error = (Element) ((Element) suites.item(2)).getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).contains("empty.txt");
    }

    @Test
    void unreadableFileFailsTheCheckAndTheOthersAreStillChecked() throws Exception {
        Path missing = dir.resolve("missing.txt");
        int exit = Main.run("check", missing.toString(), clean().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout().lines().toList()).singleElement().asString()
                .startsWith(missing + ": read-error: ").contains("missing.txt");
    }

    @Test
    void unknownFormatAndMalformedCodeAreUsageErrors() throws Exception {
        assertThat(Main.run("check", "--format", "xml", clean().toString())).isEqualTo(2);
        assertThat(stderr()).contains("--format").contains("github");
        assertThat(Main.run("check", "--fail-on", "Place Holder", clean().toString())).isEqualTo(2);
    }

    private Path job(String yaml) throws Exception {
        Files.copy(SEED_004, dir.resolve("seed.txt"));
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, yaml, StandardCharsets.UTF_8);
        return job;
    }

    @Test
    void jobFileIsAssembledAsBuildDoesAndItsRestoredWordsAreNoLongerFindings() throws Exception {
        Path job = job("kind: compilation\nsources:\n  - seed.txt\noptions:\n  restore:\n"
                + "    - D员: 党员\n    - D组: 党组\n    - D委: 党委\n    - D支: 党支\n    - D课: 党课\n"
                + "    - D建: 党建\n    - D性: 党性\n    - D日: 党日\n    - D的: 党的\n    - D政: 党政\n"
                + "    - D工: 党工\n    - D务: 党务\n    - D群: 党群\n    - D旗: 党旗\n    - D章: 党章\n    - D校: 党校\n");
        int exit = Main.run("check", job.toString());

        assertThat(exit).isEqualTo(1);
        List<String> lines = stdout().lines().toList();
        long placeholders = seedWarnings().stream().filter(d -> d.code().equals("placeholder")).count();
        assertThat(lines).hasSize((int) placeholders);
        assertThat(lines).allMatch(l -> l.startsWith(dir.resolve("seed.txt") + ":") && l.contains(": placeholder: "));
        assertThat(Main.run("check", "--fail-on", "masked-word", job.toString())).as("nothing masked is left").isZero();
    }

    @Test
    void jobThatRefusesPlaceholdersFailsOnEachOfThemWhateverFailOnSays() throws Exception {
        Path job = job("kind: compilation\nsources:\n  - seed.txt\noptions:\n  placeholders: fail\n");
        int exit = Main.run("check", "--format", "json", "--fail-on", "numbering-gap", job.toString());

        assertThat(exit).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(stdout());
        long placeholders = seedWarnings().stream().filter(d -> d.code().equals("placeholder")).count();
        assertThat(root.get("failing").asLong()).isEqualTo(placeholders);
    }

    @Test
    void jobWithDuplicatesAndAMissingSourceReportsBoth() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "工作方案\n一、总体要求\n正文内容写在这里，写得长一些以便识别为正文段落，再多写几个字。\n",
                StandardCharsets.UTF_8);
        Files.copy(dir.resolve("a.txt"), dir.resolve("b.txt"));
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "kind: compilation\nmetadata:\n  title: 汇编\nsources:\n  - a.txt\n  - b.txt\noptions:\n  dedupe: true\n",
                StandardCharsets.UTF_8);
        assertThat(Main.run("check", "--fail-on", "duplicate-source", job.toString())).isEqualTo(1);
        assertThat(stdout()).contains(job + ": duplicate-source: ");

        Files.delete(dir.resolve("b.txt"));
        Files.writeString(job, "kind: compilation\nsources:\n  - a.txt\n  - b.txt\n", StandardCharsets.UTF_8);
        assertThat(Main.run("check", "--format", "github", job.toString())).isEqualTo(1);
        assertThat(stdout()).contains("::error file=" + job);
    }

    @Test
    void brokenJobFileIsOneFailingFindingNamingItsLine() throws Exception {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, "kind: compilation\nsources:\n  - a.txt\nfonts: big\n", StandardCharsets.UTF_8);
        int exit = Main.run("check", job.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(stdout().lines().toList()).singleElement().asString()
                .startsWith(job + ": read-error: ").contains("fonts");
    }

    @Test
    void checkLoadsNoFontsAndNoLayout() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-verbose:class", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.wenshu.cli.Main", "check", SEED_004.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isEqualTo(1);
        Pattern classLoad = Pattern.compile("\\[class,load\\] (\\S+) ");
        List<String> loaded = output.lines().map(classLoad::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
        assertThat(loaded).contains("org.wenshu.check.Checker");
        // picocli creates every subcommand, so the verifier may load a few render types that render's
        // command names; nothing that lays out, writes or finds fonts may be loaded
        List<String> forbidden = List.of("org.xhtmlrenderer.", "org.openpdf.", "com.lowagie.", "freemarker.",
                "org.apache.poi.xwpf.", "org.wenshu.render.pdf.", "org.wenshu.render.docx.", "org.wenshu.render.template.",
                "org.wenshu.render.fonts.FontLocator", "org.wenshu.render.fonts.FontCache", "org.wenshu.render.RenderSetup",
                "java.awt.Font");
        // the registry of output formats names its writers, so their small classes load (a job's outputs are
        // checked against them); what they call to write (layout, POI) must not
        Set<String> writers = Set.of("org.wenshu.render.pdf.PdfWriter", "org.wenshu.render.docx.DocxWriter");
        assertThat(loaded).contains("org.wenshu.render.OutputFormats")
                .noneMatch(name -> forbidden.stream().anyMatch(name::startsWith) && !writers.contains(name));
    }
}
