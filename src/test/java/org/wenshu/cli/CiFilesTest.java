package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ready-to-copy CI files of docs/ci. The GitHub workflow's {@code run:} steps are run here, in
 * order, as one bash script, in a repository with a reports/ folder, with WENSHU_ZIP pointing at a
 * distribution zip laid out as mvn package lays it out (bin/wenshu as shipped; lib/wenshu.jar a jar
 * whose manifest points at the classes under test, as the real zip does not exist during tests).
 */
class CiFilesTest {
    @TempDir
    Path dir;

    @Test
    void githubWorkflowStepsRunAsAScript() throws Exception {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docs/ci/github-actions.yml").toFile());
        List<String> runs = new ArrayList<>();
        for (JsonNode step : workflow.get("jobs").get("reports").get("steps")) {
            if (step.has("run")) {
                runs.add(step.get("run").asText());
            }
        }
        assertThat(runs).hasSize(3);
        assertThat(workflow.get("env").get("WENSHU_ZIP").asText()).contains("vars.WENSHU_ZIP");

        Path repository = Files.createDirectories(dir.resolve("repo"));
        Path reports = Files.createDirectories(repository.resolve("reports"));
        Files.copy(Path.of("examples/工作措施安排.txt"), reports.resolve("plan.txt"));
        Files.writeString(reports.resolve("plan.yaml"), "kind: document\nsources:\n  - plan.txt\noutputs: [pdf, docx]\n",
                StandardCharsets.UTF_8);
        Path zip = distribution();

        Path script = dir.resolve("steps.sh");
        Files.writeString(script, "set -eo pipefail\n" + String.join("\n", runs) + "\n", StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).directory(repository.toFile())
                .redirectErrorStream(true);
        builder.environment().put("WENSHU_ZIP", zip.toUri().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();

        assertThat(repository.resolve("samples/plan.pdf")).as(output).exists();
        assertThat(repository.resolve("samples/plan.docx")).exists();
        assertThat(repository.resolve("samples/index.html")).exists();
        assertThat(repository.resolve("samples/plan.png")).exists();
        // the last step is the gate: the plan has an unfilled placeholder (x县), so it fails the run
        assertThat(exit).as(output).isEqualTo(1);
        assertThat(output).as("paths relative to the repository, as GitHub wants them")
                .contains("::warning file=reports/plan.txt,line=4,title=wenshu placeholder::");
    }

    /** wenshu-test.zip: wenshu-test/bin/wenshu, lib/wenshu.jar, scripts/ensure-fonts as the real zip holds them. */
    private Path distribution() throws Exception {
        Path jar = dir.resolve("wenshu.jar");
        ChildJvm.writeLauncherJar(jar);
        Path zip = dir.resolve("wenshu-test.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip.toFile())) {
            add(out, "wenshu-test/bin/wenshu", Path.of("bin/wenshu"), 0755);
            add(out, "wenshu-test/lib/wenshu.jar", jar, 0644);
            add(out, "wenshu-test/scripts/ensure-fonts", Path.of("scripts/ensure-fonts"), 0755);
            add(out, "wenshu-test/scripts/fonts/65-wenshu-fandol.conf", Path.of("scripts/fonts/65-wenshu-fandol.conf"), 0644);
        }
        return zip;
    }

    private static void add(ZipArchiveOutputStream out, String name, Path file, int mode) throws Exception {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(mode);
        out.putArchiveEntry(entry);
        out.write(Files.readAllBytes(file));
        out.closeArchiveEntry();
    }
}
