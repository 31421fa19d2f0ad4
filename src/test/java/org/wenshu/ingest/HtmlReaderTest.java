package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.wenshu.model.SourceLine;

class HtmlReaderTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="%s"><title>网站 - 通知</title>
            <style>p { color: red }</style><script>var share = 1;</script></head>
            <body>
            <div class="nav"><a href="/">首页</a> &gt; <a href="/x">通知公告</a></div>
            <div class="article">
              <h1>关于做好2026年工作的通知</h1>
              <p>各单位：</p>
              <p>　　为做好今年工作，现将有关事项通知如下。&nbsp;</p>
              <p>一、总体要求<br>坚持稳中求进。</p>
            </div>
            <div class="share">分享到：微信 微博</div>
            <div id="footer">版权所有</div>
            </body></html>
            """;

    private static SourceText read(String html, Charset charset) {
        return new HtmlReader().read(Path.of("page.html"), html.getBytes(charset));
    }

    @Test
    void keepsMainContentBlocksAndDropsChrome() {
        SourceText text = read(PAGE.formatted("utf-8"), StandardCharsets.UTF_8);
        assertThat(text.lines()).extracting(SourceLine::text).containsExactly(
                "关于做好2026年工作的通知", "各单位：", "为做好今年工作，现将有关事项通知如下。", "一、总体要求", "坚持稳中求进。");
    }

    @Test
    void linesPointBackToTheSourceLine() {
        SourceText text = read(PAGE.formatted("utf-8"), StandardCharsets.UTF_8);
        assertThat(text.lines().get(0).number()).isEqualTo(7);
        assertThat(text.lines().get(3).number()).isEqualTo(10);
    }

    @Test
    void honoursADeclaredLegacyCharset() {
        SourceText text = read(PAGE.formatted("gb2312"), Charset.forName("GB18030"));
        assertThat(text.lines().get(0).text()).isEqualTo("关于做好2026年工作的通知");
    }

    @Test
    void headingTagsBelowTheBodyTextGiveLevelsAndTheOnlyH1IsTheTitle() {
        String body = "这是一段足够长的正文，用来说明上面的标题确实是标题，而不是正文中的一句话，再多写几个字。";
        String html = "<html><body><div class=\"article\"><h1>年度工作总结</h1><h3>发布时间：2026-01-05</h3>"
                + "<p>" + body + "</p><h2>总体情况</h2><p>" + body + "</p><h3>主要做法</h3><p>" + body + "</p>"
                + "</div></body></html>";
        SourceText text = read(html, StandardCharsets.UTF_8);
        assertThat(text.lines()).extracting(SourceLine::text, SourceLine::headingLevel).containsExactly(
                tuple("年度工作总结", 0),
                tuple("发布时间：2026-01-05", null),
                tuple(body, null),
                tuple("总体情况", 1),
                tuple(body, null),
                tuple("主要做法", 2),
                tuple(body, null));
    }

    @Test
    void dataTablesStayTablesAndPageHeaderAndFooterGo() {
        String page = """
                <html><head><meta charset="utf-8"></head><body><header><div>某某市人民政府</div></header>
                <div class="main"><h1>关于植树造林的通知</h1><p>各区县：</p>
                <table><tr><th>区县</th><th>任务（亩）</th></tr><tr><td>东区</td><td>12000</td></tr></table>
                <p>各区县要按时完成。</p></div><footer>版权所有 某某市人民政府</footer></body></html>
                """;
        SourceText text = read(page, StandardCharsets.UTF_8);
        assertThat(text.lines()).extracting(SourceLine::text)
                .containsExactly("关于植树造林的通知", "各区县：", "区县\t任务（亩） 东区\t12000", "各区县要按时完成。");
        assertThat(text.lines().get(2).table()).containsExactly(java.util.List.of("区县", "任务（亩）"), java.util.List.of("东区", "12000"));
    }

    @Test
    void aLayoutTableIsReadAsText() {
        String page = "<html><body><table><tr><td><p>" + "正文很长。".repeat(50) + "</p></td><td>侧栏</td></tr>"
                + "<tr><td>甲</td><td>乙</td></tr></table></body></html>";
        SourceText text = read(page, StandardCharsets.UTF_8);
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.isTable()).isFalse());
    }
}
