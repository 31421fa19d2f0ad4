package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real SIGTERM in the middle of a write (issue 17): a child JVM renders a document to PDF and DOCX,
 * and the moment its first temporary output file appears in the output folder it gets SIGTERM. It
 * must exit promptly (the JVM's 143) and leave no temporary file and no half-written output behind.
 * Outputs are written from memory in milliseconds, so the child is started with the test seam
 * {@code -Dwenshu.test.holdWriteMillis}: each write waits once its temporary file exists, and the
 * signal arrives mid-write for certain. Without the shutdown hook the temporary file stays and this
 * test fails (checked by removing the hook's registration in {@code PendingFiles.writingInto}).
 */
class SigtermTest {
    private static final String TEMPORARY = "\\.wenshu-\\d+-\\d+\\.tmp";

    @TempDir
    Path dir;

    @Test
    void sigtermWhileAnOutputIsWrittenLeavesNeitherItNorItsTemporaryFile() throws Exception {
        Path source = document();
        Path out = Files.createDirectories(dir.resolve("out"));
        try (WatchService watch = out.getFileSystem().newWatchService()) {
            out.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Process child = ChildJvm.start(dir, "512m", List.of("-Dwenshu.test.holdWriteMillis=60000"),
                    List.of("render", "--template", "document", "--to", "pdf,docx", "-o", out.toString(), source.toString()));
            try {
                String temporary = awaitTemporaryFile(watch, child);
                assertThat(Files.exists(out.resolve(temporary))).as("%s is there when the signal is sent", temporary).isTrue();
                child.destroy(); // SIGTERM
                long signalled = System.nanoTime();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
                double seconds = (System.nanoTime() - signalled) / 1e9;
                assertThat(seconds).as("seconds from SIGTERM to exit").isLessThan(10);
                assertThat(child.exitValue()).as(stderr()).isEqualTo(128 + 15);
                List<String> left;
                try (Stream<Path> files = Files.list(out)) {
                    left = files.map(p -> p.getFileName().toString()).toList();
                }
                assertThat(left).as("the output folder after SIGTERM while %s was written", temporary)
                        .noneMatch(name -> name.matches(TEMPORARY))
                        .isSubsetOf("全部汉字.pdf", "全部汉字.docx");
                for (String name : left) {
                    assertWhole(out.resolve(name));
                }
            } finally {
                child.destroyForcibly();
            }
        }
    }

    /** An output left after the signal was finished before it: it opens and holds the last paragraph. */
    private static void assertWhole(Path output) throws Exception {
        String text;
        if (output.toString().endsWith(".pdf")) {
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(output.toFile())) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            }
        } else {
            try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(output));
                 var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
                text = extractor.getText();
            }
        }
        assertThat(text.replaceAll("\\s", "")).as("%s is whole", output.getFileName()).contains("龤龥");
    }

    /** The name of the first temporary output file the child makes in the watched folder. */
    private String awaitTemporaryFile(WatchService watch, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            WatchKey key = watch.poll(20, TimeUnit.MILLISECONDS);
            if (key != null) {
                for (WatchEvent<?> event : key.pollEvents()) {
                    String name = String.valueOf(event.context());
                    if (name.matches(TEMPORARY)) {
                        return name;
                    }
                }
                key.reset();
            }
            assertThat(child.isAlive()).as("the child ended before writing: %s", stderr()).isTrue();
        }
        throw new AssertionError("no temporary output file appeared: " + stderr());
    }

    private String stderr() throws Exception {
        Path err = dir.resolve("child.err");
        return Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "";
    }

    /** One document of 2,000 CJK ideographs (from U+4E00) in paragraphs, ending in 龤龥. */
    private Path document() throws Exception {
        StringBuilder text = new StringBuilder("关于全部汉字排版测试的报告\n\n");
        int column = 0;
        for (int c = 0x4E00; c < 0x4E00 + 2000; c++) {
            text.appendCodePoint(c);
            if (++column == 400) {
                text.append("。\n\n");
                column = 0;
            }
        }
        return Files.writeString(dir.resolve("全部汉字.txt"), text.append("龤龥。\n"), StandardCharsets.UTF_8);
    }
}
