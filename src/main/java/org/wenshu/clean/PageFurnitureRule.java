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
 * and the related-links list at the end of a page (相关报道：, 相关文档：).
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
    private static final Pattern RELATED = Pattern.compile("^(相关报道|相关文档|相关链接|相关新闻|相关阅读|延伸阅读)[:：]?$");

    @Override
    public String name() {
        return "page-furniture";
    }

    @Override
    public List<SourceLine> apply(List<SourceLine> lines, Consumer<Diagnostic> report) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            String text = line.text();
            int skip = furnitureRun(lines, i);
            if (skip > 0) {
                for (int k = i; k < i + skip; k++) {
                    if (!lines.get(k).text().isEmpty()) {
                        report.accept(removed(lines.get(k).text(), lines.get(k).number()));
                    }
                }
                i += skip;
                continue;
            }
            if (RELATED.matcher(text).matches()) {
                i = dropRelatedList(lines, i, report);
                continue;
            }
            out.add(line);
            i++;
        }
        return out;
    }

    /** How many lines from {@code i} are furniture (0 when line i is not). */
    private int furnitureRun(List<SourceLine> lines, int i) {
        String text = lines.get(i).text();
        if (text.isEmpty()) {
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

    /** The related-links heading and the short link lines under it. */
    private int dropRelatedList(List<SourceLine> lines, int i, Consumer<Diagnostic> report) {
        report.accept(removed(lines.get(i).text(), lines.get(i).number()));
        int k = i + 1;
        while (k < lines.size() && lines.get(k).text().length() < 60) {
            if (!lines.get(k).text().isEmpty()) {
                report.accept(removed(lines.get(k).text(), lines.get(k).number()));
            }
            k++;
        }
        return k;
    }
}
