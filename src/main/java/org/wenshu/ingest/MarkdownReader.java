package org.wenshu.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

/**
 * Markdown (.md): {@code #} and underlined headings set {@link SourceLine#headingLevel()} (a single
 * leading {@code #} heading is the title, level 0, and the others move up one), pipe tables stay
 * tables, and list bullets, block quotes, emphasis, code marks, links and images are reduced to
 * their text. Front matter gives only its {@code title}. Line numbers are the .md's own.
 *
 * <p>Chinese Markdown is usually written a paragraph per line, so each line stays a line as in a
 * .txt; a line is joined to the one before only where that one looks hard-wrapped (40 characters
 * or more, not ending in a stop). Hand-written rather than commonmark-java: the reader needs line
 * numbers and heading levels, not HTML, and these few rules cover what staff send.
 */
public final class MarkdownReader implements SourceReader {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ ]?");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+][ \\t]+(\\[[ xX]\\][ \\t]+)?");
    private static final Pattern ORDERED = Pattern.compile("^\\s*(\\d{1,9})([.)])[ \\t]+");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?\\s*$");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\](\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*(?=\\S)(.+?)(?<=\\S)\\*(?!\\*)");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~<])");
    private static final int WRAPPED = 40;
    private static final String STOPS = "。！？；：…”’」』）)!?;:.";

    @Override
    public boolean accepts(Path path, byte[] head) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    @Override
    public SourceText read(Path path, byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        if (decoded == null) {
            throw new WenshuException(path + "：不是可识别的 Markdown 文本（含二进制内容或编码无法识别）").translatable(path, "notMarkdown");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        diagnostics.addAll(decoded.diagnostics("file"));
        List<String> raw = PlainTextReader.splitLines(decoded.text()).stream().map(SourceLine::text).toList();
        return new SourceText(path, LoneTopHeading.asTitle(blocks(raw)), diagnostics);
    }

    private static List<SourceLine> blocks(List<String> raw) {
        List<SourceLine> lines = new ArrayList<>();
        int i = 0;
        if (!raw.isEmpty() && raw.get(0).strip().equals("---")) {
            i = frontMatter(raw, lines);
        }
        boolean joinable = false;
        for (; i < raw.size(); i++) {
            int number = i + 1;
            String line = raw.get(i);
            Matcher fence = FENCE.matcher(line);
            if (fence.matches()) {
                String close = fence.group(1);
                lines.add(new SourceLine("", number));
                for (i++; i < raw.size() && !raw.get(i).strip().startsWith(close); i++) {
                    lines.add(new SourceLine(raw.get(i), i + 1));
                }
                joinable = false;
                continue;
            }
            String text = stripQuotes(line);
            Matcher atx = ATX.matcher(text);
            if (atx.matches()) {
                String heading = inline(atx.group(2) == null ? "" : atx.group(2));
                if (repeatsFrontMatterTitle(lines, heading)) {
                    lines.add(new SourceLine("", number)); // "# 标题" under a front-matter title of the same words
                    joinable = false;
                    continue;
                }
                lines.add(new SourceLine(heading, number, heading.isBlank() ? null : atx.group(1).length(), null));
                joinable = false;
                continue;
            }
            if (i + 1 < raw.size() && !text.isBlank() && !isBlockStart(text)
                    && SETEXT.matcher(raw.get(i + 1)).matches()) {
                int level = raw.get(i + 1).strip().startsWith("=") ? 1 : 2;
                lines.add(new SourceLine(inline(text.strip()), number, level, null));
                i++;
                joinable = false;
                continue;
            }
            if (BREAK.matcher(text).matches() || REFERENCE.matcher(text).matches()) {
                lines.add(new SourceLine("", number));
                joinable = false;
                continue;
            }
            if (text.contains("|") && i + 1 < raw.size() && TABLE_RULE.matcher(raw.get(i + 1)).matches()
                    && raw.get(i + 1).contains("-")) {
                i = table(raw, i, lines);
                joinable = false;
                continue;
            }
            boolean item = BULLET.matcher(text).lookingAt() || ORDERED.matcher(text).lookingAt();
            String value = inline(listItem(text).strip()).strip();
            boolean hardBreak = line.endsWith("  ") || line.endsWith("\\");
            if (hardBreak && value.endsWith("\\")) {
                value = value.substring(0, value.length() - 1);
            }
            if (joinable && !item && !value.isEmpty()) {
                SourceLine previous = lines.remove(lines.size() - 1);
                lines.add(previous.withText(join(previous.text(), value)));
            } else if (ORDERED.matcher(text).lookingAt()) {
                // a Markdown list item is never a heading, whatever its number looks like
                lines.add(new SourceLine(value, number, SourceLine.LIST_ITEM, null));
            } else {
                lines.add(new SourceLine(value, number));
            }
            joinable = !hardBreak && looksWrapped(value, lines.get(lines.size() - 1).text());
        }
        return lines;
    }

    /** Skips YAML front matter, keeping its title as a title line. */
    private static int frontMatter(List<String> raw, List<SourceLine> lines) {
        for (int end = 1; end < raw.size() && end < 100; end++) {
            if (raw.get(end).strip().equals("---") || raw.get(end).strip().equals("...")) {
                for (int j = 1; j < end; j++) {
                    Matcher title = Pattern.compile("^title:\\s*[\"']?(.*?)[\"']?\\s*$").matcher(raw.get(j));
                    if (title.matches() && !title.group(1).isBlank()) {
                        lines.add(new SourceLine(title.group(1), j + 1, 0, null));
                    }
                }
                return end + 1;
            }
        }
        return 0;
    }

    private static int table(List<String> raw, int start, List<SourceLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(cells(raw.get(start)));
        int i = start + 2;
        for (; i < raw.size() && raw.get(i).contains("|") && !raw.get(i).isBlank(); i++) {
            rows.add(cells(raw.get(i)));
        }
        String text = String.join(" ", rows.stream().map(row -> String.join("\t", row)).toList());
        lines.add(new SourceLine(text, start + 1, null, rows));
        return i - 1;
    }

    private static List<String> cells(String row) {
        String trimmed = row.strip();
        if (trimmed.startsWith("|")) {
            trimmed = trimmed.substring(1);
        }
        if (trimmed.endsWith("|") && !trimmed.endsWith("\\|")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return Arrays.stream(trimmed.split("(?<!\\\\)\\|", -1)).map(cell -> inline(cell.strip())).toList();
    }

    private static String stripQuotes(String line) {
        String text = line;
        for (Matcher quote = QUOTE.matcher(text); quote.lookingAt(); quote = QUOTE.matcher(text)) {
            text = text.substring(quote.end());
        }
        return text;
    }

    private static boolean isBlockStart(String text) {
        return BULLET.matcher(text).lookingAt() || ORDERED.matcher(text).lookingAt() || FENCE.matcher(text).matches()
                || BREAK.matcher(text).matches();
    }

    /** A bullet goes; a number stays, as the reader sees it: "1. 总体要求" → "1.总体要求". */
    private static String listItem(String text) {
        Matcher bullet = BULLET.matcher(text);
        if (bullet.lookingAt()) {
            return text.substring(bullet.end());
        }
        Matcher ordered = ORDERED.matcher(text);
        if (ordered.lookingAt()) {
            return ordered.group(1) + "." + text.substring(ordered.end());
        }
        return text;
    }

    /** Inline markup reduced to its text. */
    static String inline(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('_') < 0 && text.indexOf('[') < 0 && text.indexOf('`') < 0
                && text.indexOf('~') < 0 && text.indexOf('\\') < 0 && text.indexOf('<') < 0) {
            return text;
        }
        String out = CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
        out = IMAGE.matcher(out).replaceAll("");
        out = LINK.matcher(out).replaceAll("$1");
        out = AUTOLINK.matcher(out).replaceAll("$1");
        out = STRONG.matcher(out).replaceAll("$2");
        out = EMPHASIS.matcher(out).replaceAll("$1");
        out = STRIKE.matcher(out).replaceAll("$1");
        return ESCAPE.matcher(out).replaceAll("$1");
    }

    private static boolean repeatsFrontMatterTitle(List<SourceLine> lines, String heading) {
        for (SourceLine line : lines) {
            if (!line.text().isEmpty()) {
                return line.headingLevel() != null && line.headingLevel() == 0 && line.text().equals(heading.strip())
                        && lines.stream().filter(l -> !l.text().isEmpty()).count() == 1;
            }
        }
        return false;
    }

    private static boolean looksWrapped(String value, String paragraph) {
        String stripped = value.strip();
        if (!stripped.isEmpty() && "，、；,".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
            return true; // a line that stops mid-sentence goes on in the next
        }
        return paragraph.length() >= WRAPPED && !stripped.isEmpty()
                && STOPS.indexOf(stripped.charAt(stripped.length() - 1)) < 0 && value.length() >= WRAPPED / 2;
    }

    private static String join(String before, String after) {
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        return last < 0x80 && first < 0x80 ? before + " " + after : before + after;
    }
}
