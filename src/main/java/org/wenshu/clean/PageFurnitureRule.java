package org.wenshu.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

/**
 * Page furniture of scraped web pages: tool bars (下载 打印 全屏 收藏), font-size switches
 * (【字号：加大 还原 减小】, 【字体：大 中 小】, also spread one word a line), breadcrumbs
 * (您的位置：首页 > …), share buttons, "scan to read on your phone", print/close links, link ids,
 * and the link lists at a page's foot (相关报道：…, the links after 责任编辑 or 扫一扫, "…>>").
 *
 * <p>Scoped so that it never takes text: it works only on a text that shows at least two
 * furniture lines (a work summary with one line reading "相关报道：" is not a web page), it never
 * removes a line with sentence content, and a link list is furniture only at a foot — when
 * nothing but links and furniture follow it up to the end of the text or the next page's head
 * (several pages saved into one file). Every line removed is reported with its number.
 */
final class PageFurnitureRule implements CleaningRule {
    private static final Set<String> WORDS = Set.of(
            "下载", "打印", "全屏", "收藏", "分享", "分享到", "分享到微信", "分享到微博", "分享到QQ空间",
            "加大", "还原", "减小", "【", "】", "|", "×", "打印本页", "关闭窗口", "关闭", "返回顶部",
            "扫一扫在手机打开当前页", "扫一扫在手机上查看当前页面", "【打印本页】", "【关闭窗口】",
            "》》点击图片进入专题《《", "阅读量", "字号", "字体", "【字号", "【字体", "大", "中", "小",
            "默认", "视力保护色", "上一篇", "下一篇", "责任编辑");
    private static final Pattern TOOL_LINE = Pattern.compile("^[【\\[]?(字号|字体)[:：]?.*[】\\]]?$");
    private static final Pattern SHARE = Pattern.compile("^(分享|分享到)[:：]?.{0,20}$");
    private static final Pattern READS = Pattern.compile("^(阅读量|浏览次数|点击数|访问量)[:：]?\\s*\\d*$");
    private static final Pattern LINK_ID = Pattern.compile("^[0-9a-fA-F]{16,64}$");
    private static final Pattern BREADCRUMB_START = Pattern.compile("^(您的位置|当前位置|您现在的位置|所在位置)[:：]?.*");
    private static final Pattern BREADCRUMB_LINE = Pattern.compile("^首页\\s*[>＞›»/].{0,60}$");
    /** A list heading whose links are removed with it. */
    private static final Pattern RELATED = Pattern.compile("^(相关报道|相关文档|相关链接|相关新闻|相关阅读|延伸阅读|推荐阅读)[:：]?$");
    /** A line after which a page has only its foot; the line itself stays (责任编辑 is metadata). */
    private static final Pattern FOOT_START = Pattern.compile("^(责任编辑|编辑|责编)[:：].{1,20}$|^扫一扫.{0,20}$|^(上一篇|下一篇)[:：]?.{0,60}$");
    /** A link with its arrow: "更多>>", "查看原文 》》". */
    private static final Pattern ARROW_LINK = Pattern.compile("^.{0,60}(>>|》》|»|＞＞)$");
    /** Sentence content: never furniture, wherever it stands. */
    private static final Pattern SENTENCE = Pattern.compile(".*[。！？；!?;，,].*");
    /** A numbered heading is body text, never a link. */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(第[一二三四五六七八九十百]+[章节部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[.．、]\\D).*");
    private static final int MAX_LINK = 60;
    /** A text with fewer furniture lines than this shows no sign of being a web page. */
    private static final int MIN_SIGNS = 2;

    @Override
    public String name() {
        return "page-furniture";
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, Consumer<Diagnostic> report) {
        if (signs(lines) < MIN_SIGNS) {
            return lines;
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            int end = i + furnitureRun(lines, i);
            if (end == i && (RELATED.matcher(line.text()).matches() || ARROW_LINK.matcher(line.text()).matches())) {
                end = Math.max(i, footList(lines, i + 1));
            }
            if (end > i) {
                removeAll(lines, i, end, report);
                i = end;
                continue;
            }
            out.add(line);
            i++;
            if (FOOT_START.matcher(line.text()).matches()) {
                // the marker stays (责任编辑 is metadata); the links after it go
                end = footList(lines, i);
                if (end > i) {
                    removeAll(lines, i, end, report);
                    i = end;
                }
            }
        }
        return out;
    }

    private void removeAll(List<SourceLine> lines, int from, int to, Consumer<Diagnostic> report) {
        for (int k = from; k < to; k++) {
            if (!lines.get(k).text().isEmpty()) {
                report.accept(removed(lines.get(k).text(), lines.get(k).number()));
            }
        }
    }

    /** How many furniture lines the text has, counting a run of lines once. */
    private int signs(List<SourceLine> lines) {
        int signs = 0;
        for (int i = 0; i < lines.size(); i++) {
            int run = furnitureRun(lines, i);
            if (run > 0) {
                signs++;
                i += run - 1;
            }
        }
        return signs;
    }

    /**
     * The end (exclusive) of the link list starting at {@code start}: links and blank lines up to
     * the end of the text or the next furniture line (removed on its own). -1 when a line of body
     * text comes first: then the lines are not a page's foot and nothing goes.
     */
    private int footList(List<SourceLine> lines, int start) {
        int k = start;
        while (k < lines.size() && furnitureRun(lines, k) == 0) {
            String text = lines.get(k).text();
            boolean link = text.isEmpty() || LINK_ID.matcher(text).matches()
                    || text.length() <= MAX_LINK && !SENTENCE.matcher(text).matches() && !NUMBERED.matcher(text).matches();
            if (!link) {
                return -1;
            }
            k++;
        }
        return k;
    }

    /** How many lines from {@code i} are furniture (0 when line i is not). */
    private int furnitureRun(List<SourceLine> lines, int i) {
        String text = lines.get(i).text();
        if (text.isEmpty() || SENTENCE.matcher(text).matches()) {
            return 0;
        }
        if (text.startsWith("【字号") || text.startsWith("【字体") || text.equals("【")) {
            // a switch either fits one line or is spread one word a line up to the closing 】
            if (text.endsWith("】")) {
                return 1;
            }
            for (int k = i + 1; k < lines.size() && k <= i + 8; k++) {
                String word = lines.get(k).text();
                if (word.equals("】")) {
                    return k - i + 1;
                }
                if (!WORDS.contains(word) && word.length() > 6) {
                    break;
                }
            }
            return 1;
        }
        if (BREADCRUMB_START.matcher(text).matches() || text.equals("首页") && nextIs(lines, i, ">")) {
            return breadcrumbLength(lines, i);
        }
        if (isToolbarLine(text) || TOOL_LINE.matcher(text).matches() && text.length() <= 20
                || SHARE.matcher(text).matches() || READS.matcher(text).matches()
                || LINK_ID.matcher(text).matches() || BREADCRUMB_LINE.matcher(text).matches()) {
            return 1;
        }
        return 0;
    }

    /** A line made only of tool words: "下载 打印 全屏 收藏", "收藏", "|". */
    private static boolean isToolbarLine(String text) {
        String[] words = text.split(" ");
        for (String word : words) {
            if (!WORDS.contains(word)) {
                return false;
            }
        }
        // single letters 大/中/小 count only inside a font switch, handled above
        return !(words.length == 1 && (text.equals("大") || text.equals("中") || text.equals("小")));
    }

    /** 您的位置： 首页 > 栏目 > 栏目 …, spread over lines; the channel name repeated after it goes too. */
    private static int breadcrumbLength(List<SourceLine> lines, int start) {
        int k = start + 1;
        String last = null;
        if (lines.get(start).text().matches("^(您的位置|当前位置|您现在的位置|所在位置)[:：]?$") && k < lines.size()
                && lines.get(k).text().equals("首页")) {
            k++;
        }
        while (k + 1 < lines.size() && lines.get(k).text().equals(">") && lines.get(k + 1).text().length() <= 12) {
            last = lines.get(k + 1).text();
            k += 2;
        }
        if (last != null && k < lines.size() && lines.get(k).text().equals(last)) {
            k++;
        }
        return k - start;
    }

    private static boolean nextIs(List<SourceLine> lines, int i, String text) {
        return i + 1 < lines.size() && lines.get(i + 1).text().equals(text);
    }
}
