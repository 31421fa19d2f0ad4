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
 * A real SIGTERM in the middle of a write (issue 17): a child JVM renders a large document, and the
 * moment its temporary output file appears in the output folder it gets SIGTERM. It must exit
 * promptly (the JVM's 143) and leave no temporary file and no half-written output behind. PDF and
 * DOCX are written side by side, each moved into place when it is complete, so an output that was
 * finished before the signal may stay: it must then be whole (it opens and has all its text). (The
 * test failed at random when it asked for an empty folder: the PDF was sometimes moved into place
 * while the DOCX's temporary file was still being written.)
 */
class SigtermTest {
    private static final String TEMPORARY = "\\.wenshu-\\d+-\\d+\\.tmp";
    private static final int ATTEMPTS = 3;

    @TempDir
    Path dir;

    /**
     * Both outputs are written from memory once the render is done, so a temporary file lives for
     * milliseconds and the child sometimes finishes (exit 0) before the signal reaches it. Such an
     * attempt proves nothing about the signal (it must still leave no temporary file and only whole
     * outputs) and is made again, up to {@value #ATTEMPTS} times; one attempt must end with the
     * signal's 143.
     */
    @Test
    void sigtermWhileAnOutputIsWrittenLeavesNeitherItNorItsTemporaryFile() throws Exception {
        Path source = largeDocument();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path out = Files.createDirectories(dir.resolve("out" + attempt));
            if (signalledMidWrite(source, out) == 128 + 15) {
                return;
            }
        }
        throw new AssertionError("the child finished before SIGTERM reached it in all " + ATTEMPTS + " attempts");
    }

    /** One attempt: the child's exit code (143, or 0 when it finished before the signal) after the checks. */
    private int signalledMidWrite(Path source, Path out) throws Exception {
        try (WatchService watch = out.getFileSystem().newWatchService()) {
            out.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Process child = ChildJvm.start(dir, "512m",
                    List.of("render", "--template", "document", "--to", "pdf,docx", "-o", out.toString(), source.toString()));
            try {
                String temporary = awaitTemporaryFile(watch, child);
                child.destroy(); // SIGTERM
                long signalled = System.nanoTime();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
                double seconds = (System.nanoTime() - signalled) / 1e9;
                assertThat(seconds).as("seconds from SIGTERM to exit").isLessThan(10);
                assertThat(child.exitValue()).as(stderr()).isIn(0, 128 + 15);
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
                return child.exitValue();
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

    /**
     * One document of every CJK unified ideograph (U+4E00–U+9FA5) in paragraphs: its PDF embeds large
     * font subsets (about 6 MB), so the write lasts long enough to be interrupted.
     */
    private Path largeDocument() throws Exception {
        StringBuilder text = new StringBuilder("关于全部汉字排版测试的报告\n\n");
        int column = 0;
        for (int c = 0x4E00; c <= 0x9FA5; c++) {
            text.appendCodePoint(c);
            if (++column == 400) {
                text.append("。\n\n");
                column = 0;
            }
        }
        return Files.writeString(dir.resolve("全部汉字.txt"), text.append("。\n"), StandardCharsets.UTF_8);
    }
}
