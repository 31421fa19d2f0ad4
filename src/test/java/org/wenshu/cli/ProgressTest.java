package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line as a terminal receives it, driven by a hand-moved clock. */
class ProgressTest {
    private final AtomicLong now = new AtomicLong();
    private final StringWriter terminal = new StringWriter();

    private Progress progress(CliLanguage language, int files) {
        return new Progress(new PrintWriter(terminal), language.bundle(), now::get, 2000, files, false);
    }

    private void advanceSeconds(double seconds) {
        now.addAndGet((long) (seconds * TimeUnit.SECONDS.toNanos(1)));
    }

    @Test
    void nothingIsDrawnBeforeTwoSeconds() {
        Progress progress = progress(CliLanguage.CHINESE, 3);
        progress.fileRead();
        advanceSeconds(1.9);
        progress.documentLaidOut();
        progress.close();
        assertThat(terminal.toString()).isEmpty();
    }

    @Test
    void afterTwoSecondsOneLineIsRedrawnInPlace() {
        Progress progress = progress(CliLanguage.CHINESE, 21);
        progress.fileRead();
        advanceSeconds(2.5);
        progress.fileRead();
        assertThat(terminal.toString()).isEqualTo("\r已读 2/21 个文件 · 已排版 0 篇 · 已写出 0 页 · 2 秒\r");
        advanceSeconds(10);
        progress.documentLaidOut();
        progress.pagesWritten(29);
        assertThat(terminal.toString()).endsWith("\r已读 2/21 个文件 · 已排版 1 篇 · 已写出 29 页 · 12 秒\r")
                .doesNotContain("\n");
    }

    @Test
    void outputWipesTheLineFirstAndTheLineComesBackAfterIt() {
        Progress progress = progress(CliLanguage.CHINESE, 2);
        PrintWriter out = progress.guard(new PrintWriter(terminal));
        advanceSeconds(3);
        progress.fileRead();
        String line = "已读 1/2 个文件 · 已排版 0 篇 · 已写出 0 页 · 3 秒";
        out.println("out/a.pdf  out/a.docx  （5 页）");
        progress.pagesWritten(5);
        progress.close();
        int width = Progress.width(line);
        assertThat(width).isEqualTo(line.length() + 14);
        assertThat(terminal.toString()).isEqualTo("\r" + line + "\r"
                + "\r" + " ".repeat(width) + "\r"
                + "out/a.pdf  out/a.docx  （5 页）" + System.lineSeparator()
                + "\r已读 1/2 个文件 · 已排版 0 篇 · 已写出 5 页 · 3 秒\r"
                + "\r" + " ".repeat(width) + "\r");
    }

    @Test
    void notDrawnWhileAnotherLineIsHalfPrinted() {
        Progress progress = progress(CliLanguage.ENGLISH, 0);
        PrintWriter err = progress.guard(new PrintWriter(terminal));
        advanceSeconds(3);
        err.print("wenshu: a.txt");
        progress.fileRead();
        err.println("：empty");
        progress.fileRead();
        assertThat(terminal.toString()).isEqualTo("wenshu: a.txt：empty" + System.lineSeparator()
                + "\rread 2 files · laid out 0 · wrote 0 pages · 3 s\r");
    }

    @Test
    void withoutATerminalThereIsNoLineAndWritersAreLeftAlone() {
        Progress progress = new Progress(null, CliLanguage.CHINESE.bundle(), now::get, 0, 1, true);
        PrintWriter out = new PrintWriter(terminal);
        assertThat(progress.guard(out)).isSameAs(out);
        advanceSeconds(5);
        progress.fileRead();
        progress.close();
        assertThat(terminal.toString()).isEmpty();
    }
}
