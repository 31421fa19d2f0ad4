package org.wenshu.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Quote;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

/**
 * A web page saved as .html/.htm: the main content's text blocks, without navigation, scripts,
 * styles, share buttons and other page chrome.
 */
public final class HtmlReader implements SourceReader {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)");
    private static final String CHROME = "script, style, noscript, iframe, nav, aside, form, button, header, footer, "
            + "input, select, svg, [aria-hidden=true], [class~=(?i)(share|breadcrumb|crumb|footer|header|"
            + "menu|navbar|sidebar|comment|toolbar|print)], [id~=(?i)(share|breadcrumb|footer|header|menu|"
            + "nav|sidebar|comment|toolbar)]";
    private static final String CONTENT = "article, main, [class~=(?i)(content|article|main|TRS_Editor|"
            + "detail|text|zoom)], [id~=(?i)(content|article|zoom|detail)]";

    /** A paragraph at least this long is running text: the body has begun. */
    private static final int BODY_TEXT = 40;

    @Override
    public boolean accepts(Path path, byte[] head) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        // office systems often export "Word" files that are web pages named .doc
        boolean wordName = name.endsWith(".doc") || name.endsWith(".docx") || name.endsWith(".wps");
        return wordName && looksLikeHtml(head);
    }

    private static boolean looksLikeHtml(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return start.contains("<html") || start.contains("<!doctype html");
    }

    @Override
    public SourceText read(Path path, byte[] content) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String html = decode(path, content, diagnostics);
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", parser);
        String pageTitle = page.title().strip();
        page.select(CHROME).remove();
        Element body = page.body();
        Element main = mainContent(body);
        List<SourceLine> lines = new ArrayList<>();
        Elements headings = main.select("h1");
        if (headings.isEmpty() && main != body) {
            Element h1 = body.selectFirst("h1");
            if (h1 != null) {
                lines.addAll(HtmlBlocks.withHeadingTags(h1, 1));
            }
        }
        lines.addAll(HtmlBlocks.withHeadingTags(main, 1));
        lines = headingLevels(lines);
        if (lines.isEmpty() && !pageTitle.isEmpty()) {
            lines.add(new SourceLine(pageTitle, 1));
        }
        if (lines.isEmpty()) {
            throw new WenshuException(path + "：网页中没有正文文字").translatable(path, "pageNoText");
        }
        return new SourceText(path, lines, diagnostics);
    }

    /**
     * {@code h1}–{@code h6} as heading levels: a page's only {@code h1}, when it comes first, is its
     * title (level 0) and the other tags count from 1 in the order of their numbers; several
     * {@code h1} are all sections. Pages put dates and sources in heading tags too, so tags before
     * the first paragraph of body text are not taken as headings.
     */
    private static List<SourceLine> headingLevels(List<SourceLine> lines) {
        List<Integer> tags = lines.stream().map(SourceLine::headingLevel).filter(Objects::nonNull)
                .distinct().sorted().toList();
        if (tags.isEmpty()) {
            return lines;
        }
        long h1 = lines.stream().filter(l -> Integer.valueOf(1).equals(l.headingLevel())).count();
        SourceLine first = lines.stream().filter(l -> !l.text().isBlank()).findFirst().orElse(null);
        boolean title = h1 == 1 && first != null && Integer.valueOf(1).equals(first.headingLevel());
        List<Integer> sectionTags = tags.stream().filter(t -> !(title && t == 1)).toList();
        int bodyStart = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).headingLevel() == null && lines.get(i).text().length() >= BODY_TEXT) {
                bodyStart = i;
                break;
            }
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Integer tag = line.headingLevel();
            Integer level = tag == null ? null : title && tag == 1 ? 0 : sectionTags.indexOf(tag) + 1;
            if (level != null && level > 0 && i < bodyStart) {
                level = null; // tags above the body (dates, sources, subtitles) are left to the text rules
            }
            out.add(line.withHeadingLevel(level));
        }
        return out;
    }

    /**
     * The element holding the most text among the usual content containers, else the body. Text is
     * measured in characters other than whitespace, for every element in one pass from the leaves
     * up: asking each nested container for its text would read the innermost text once per level.
     */
    private static Element mainContent(Element body) {
        Map<Node, Integer> lengths = textLengths(body);
        Element best = body;
        int bestLength = 0;
        int bodyLength = lengths.getOrDefault(body, 0);
        for (Element candidate : body.select(CONTENT)) {
            int length = lengths.getOrDefault(candidate, 0);
            if (length > bestLength && length >= bodyLength / 3) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /** The number of non-whitespace characters under each element of {@code root}. */
    private static Map<Node, Integer> textLengths(Element root) {
        Map<Node, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == root || node.parent() == null) {
                    return;
                }
                int length = node instanceof TextNode text ? visible(text.getWholeText())
                        : lengths.getOrDefault(node, 0);
                if (length > 0) {
                    lengths.merge(node.parent(), length, Integer::sum);
                }
            }
        }, root);
        return lengths;
    }

    private static int visible(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                count++;
            }
        }
        return count;
    }

    private static String decode(Path path, byte[] content, List<Diagnostic> diagnostics) {
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (matcher.find()) {
            try {
                Charset declared = Charset.forName(matcher.group(1));
                if (!declared.equals(StandardCharsets.UTF_8)) {
                    return new String(content, declared);
                }
            } catch (IllegalArgumentException e) {
                diagnostics.add(Diagnostic.warning("encoding-guessed", 0,
                        "unknownDeclaredEncoding", Quote.of(matcher.group(1))));
            }
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        if (decoded == null) {
            throw new WenshuException(path + "：不是可识别的网页文件（含二进制内容或编码无法识别）").translatable(path, "notHtml");
        }
        diagnostics.addAll(decoded.diagnostics("page"));
        return decoded.text();
    }
}
