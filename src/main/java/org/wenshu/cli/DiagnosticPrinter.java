package org.wenshu.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Severity;
import org.wenshu.model.Wording;

/**
 * Prints what the parser noticed where people look, on stderr, one line each in the compiler
 * format editors and CI understand: {@code FILE:LINE: 警告 code: message}, in the command line's
 * language (the messages come from {@code org/wenshu/model/Messages*.properties}). Warnings are
 * printed, and so is every removal of text (furniture, repeated titles and meta, markup), so that
 * nothing leaves a finished report silently; removals by one rule on adjacent lines share a line
 * ({@code FILE:1-9: 提示 furniture-removed: 已删除（page-furniture）9 行：下载｜打印｜…}). {@link #finish()}
 * ends with a one-line count. Commands that write reports ({@code render}, {@code build}) share it.
 */
public final class DiagnosticPrinter {
    /** Infos that mean text left the model: printed too. */
    private static final Set<String> REMOVALS = Set.of("furniture-removed", "meta-repeated", "title-repeated",
            "title-from-headline", "text-box-skipped", "section-omitted");
    /** The message key of one removed line: {@code removed(rule, what)}. */
    private static final String REMOVED = "removed";
    /** Removals on lines at most this far apart fold into one printed line. */
    private static final int FOLD_GAP = 2;
    private static final int MAX_SHOWN = 60;

    private final PrintWriter err;
    private final ResourceBundle messages;
    private final ResourceBundle said;
    private int warnings;
    private int notes;

    public DiagnosticPrinter(PrintWriter err, ResourceBundle messages) {
        this.err = err;
        this.messages = messages;
        this.said = CliLanguage.diagnostics(messages);
    }

    /** Prints the diagnostics of one document, named by its source. */
    public void print(Document document) {
        print(document.source(), document.diagnostics());
    }

    /** Prints the diagnostics found in {@code file}, in line order as given. */
    public void print(String file, List<Diagnostic> diagnostics) {
        List<Diagnostic> fold = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.INFO && !REMOVALS.contains(diagnostic.code())) {
                continue;
            }
            if (!fold.isEmpty() && !foldsWith(fold.get(fold.size() - 1), diagnostic)) {
                flush(file, fold);
            }
            fold.add(diagnostic);
        }
        flush(file, fold);
    }

    /** A warning that concerns the command's settings rather than a line of a file. */
    public void warn(String where, String code, Wording message) {
        warnings++;
        err.println(where + ": " + messages.getString("diagnostic.warning") + " " + code + ": " + message.render(said));
    }

    /** Warnings printed so far: {@code --strict} turns them into exit 1. */
    public int warnings() {
        return warnings;
    }

    /** The one-line count, printed when anything was printed. */
    public void finish() {
        if (warnings + notes > 0) {
            err.println("wenshu: " + CliLanguage.format(messages, "diagnostic.summary", warnings, notes));
        }
        err.flush();
    }

    /** A removal by one rule ({@code removed(rule, what)}), or null. */
    private static Wording removal(Diagnostic diagnostic) {
        Wording wording = diagnostic.wording();
        return REMOVED.equals(wording.key()) && wording.arguments().size() == 2 ? wording : null;
    }

    private static boolean foldsWith(Diagnostic last, Diagnostic next) {
        Wording a = removal(last);
        Wording b = removal(next);
        return last.code().equals(next.code()) && a != null && b != null && a.arguments().get(0).equals(b.arguments().get(0))
                && next.line() >= last.line() && next.line() - last.line() <= FOLD_GAP;
    }

    private void flush(String file, List<Diagnostic> fold) {
        if (fold.isEmpty()) {
            return;
        }
        Diagnostic first = fold.get(0);
        Diagnostic last = fold.get(fold.size() - 1);
        String where = file + (first.line() > 0 ? ":" + first.line() + (last.line() != first.line() ? "-" + last.line() : "") : "");
        String message = first.message(said);
        if (fold.size() > 1) {
            String separator = messages.getString("diagnostic.removedSeparator");
            StringBuilder shown = new StringBuilder();
            for (Diagnostic d : fold) {
                String text = Wording.say(removal(d).arguments().get(1), said);
                if (shown.length() > 0 && shown.length() + separator.length() + text.length() > MAX_SHOWN) {
                    // whole removed texts only, so that each is the source's text as it was
                    shown.append(separator).append('…');
                    break;
                }
                shown.append(shown.length() == 0 ? "" : separator).append(text);
            }
            String list = shown.toString();
            message = CliLanguage.format(messages, "diagnostic.removedLines", removal(first).arguments().get(0), fold.size(), list);
        }
        boolean warning = first.severity() != Severity.INFO;
        if (warning) {
            warnings += fold.size();
        } else {
            notes += fold.size();
        }
        err.println(where + ": " + messages.getString(warning ? "diagnostic.warning" : "diagnostic.note") + " "
                + first.code() + ": " + message);
        fold.clear();
    }
}
