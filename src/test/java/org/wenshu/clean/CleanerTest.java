package org.wenshu.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;

class CleanerTest {

    private static SourceText clean(String... lines) {
        List<SourceLine> source = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            source.add(new SourceLine(lines[i], i + 1));
        }
        return Cleaner.standard().clean(new SourceText(Path.of("t.txt"), source, List.of()));
    }

    private static List<String> texts(SourceText text) {
        return text.lines().stream().map(SourceLine::text).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void toolbarAndFontSwitchSpreadOverLinesAreDroppedAndReported() {
        SourceText text = clean("下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】", "2026年政府工作报告");
        assertThat(texts(text)).containsExactly("2026年政府工作报告");
        assertThat(text.diagnostics()).hasSize(9).allSatisfy(d -> {
            assertThat(d.code()).isEqualTo("furniture-removed");
            assertThat(d.message()).contains("page-furniture");
        });
        assertThat(text.diagnostics()).extracting(Diagnostic::line).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void oneLineSwitchesBreadcrumbsAndEndOfPageChromeGo() {
        SourceText text = clean("您的位置:", "首页", ">", "云南要闻", "云南要闻", "【字体：大 中 小】",
                "下载 打印 全屏 收藏", "正文第一段。", "扫一扫在手机打开当前页", "【", "打印本页", "】",
                "分享到:", "相关报道：", "某某新闻链接");
        assertThat(texts(text)).containsExactly("正文第一段。");
    }

    @Test
    void singleCharactersOutsideASwitchStay() {
        assertThat(texts(clean("大", "正文。"))).containsExactly("大", "正文。");
    }

    @Test
    void htmlLeftInTextBecomesParagraphsWithoutMarkup() {
        SourceText text = clean("标题", "<div><span style='font-size:16px'> 　　第一段。</span></div><div>&nbsp;</div><div>第二段&amp;结尾。</div>");
        assertThat(texts(text)).containsExactly("标题", "第一段。", "第二段&结尾。");
        assertThat(text.lines()).filteredOn(l -> l.text().startsWith("第")).extracting(SourceLine::number)
                .containsOnly(2);
        assertThat(text.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("html-markup"));
    }

    @Test
    void siteMarkersAreCutOutOfTheLine() {
        SourceText text = clean("##paidbegin##普通党员干部：坚持集中学习。", "##paidend##");
        assertThat(texts(text)).containsExactly("普通党员干部：坚持集中学习。");
        assertThat(text.diagnostics()).extracting(Diagnostic::line).containsExactly(1, 2);
    }

    @Test
    void fullWidthIndentationIsTrimmed() {
        assertThat(texts(clean("　　第一段。\u00A0 ", "\uFEFF第二段。"))).containsExactly("第一段。", "第二段。");
    }

    @Test
    void splitLabelIsJoinedAndBrokenBracketMended() {
        SourceText text = clean("来源：", "宁夏日报客户端", "（", "三）改革开放持续深化、互促共进。");
        assertThat(texts(text)).containsExactly("来源：宁夏日报客户端", "（三）改革开放持续深化、互促共进。");
    }

    @Test
    void photoCaptionIsDropped() {
        assertThat(texts(clean("殷勇同志作政府工作报告。本报记者 戴冰摄", "正文。"))).containsExactly("正文。");
        assertThat(texts(clean("张工作政府工作报告。", "现在，我代表市人民政府向大会报告政府工作。")))
                .containsExactly("现在，我代表市人民政府向大会报告政府工作。");
    }

    @Test
    void oneLineBreadcrumbsToolbarsAndLinkIdsGo() {
        SourceText text = clean("首页 > 政务信息 > 宁夏要闻", "您的位置：首页 > 要闻", "打印本页 关闭窗口",
                "8c3c6e4d9d3c2cf8a1b2", "分享：", "正文。", "责任编辑：王五");
        assertThat(texts(text)).containsExactly("正文。", "责任编辑：王五");
        assertThat(text.diagnostics()).hasSize(5);
    }

    @Test
    void tagsWrittenAsTextStayText() {
        assertThat(texts(clean("攻击者可注入<script>标签执行恶意代码，请立即自查。")))
                .containsExactly("攻击者可注入<script>标签执行恶意代码，请立即自查。");
        assertThat(texts(clean("<div>在<script>标签中注入代码的问题要整改。</div>")))
                .containsExactly("在<script>标签中注入代码的问题要整改。");
    }

    @Test
    void controlCharactersAreRemovedAndReported() {
        SourceText text = clean("正文\u0001含控制字符\u0007。");
        assertThat(texts(text)).containsExactly("正文含控制字符。");
        assertThat(text.diagnostics()).extracting(Diagnostic::code).containsExactly("control-character");
    }

    /**
     * A material-library site's adverts at the foot of a text go, each reported with its line; the
     * words are of other sites than the corpus's, since the rule goes by kinds of words, not strings.
     */
    @Test
    void materialLibraryAdvertsAtTheFootAreRemovedAndReported() {
        String body = "全年共编发工作信息120条，在市级以上媒体发表稿件45篇，宣传工作取得新进展。";
        String ad1 = "【笔杆子文库】海量范文每日更新，扫码关注公众号即可下载全文";
        String ad2 = "开通VIP会员畅享全站材料，代写代笔请咨询客服小王";
        SourceText text = clean("2025年度宣传工作总结", body, "", ad1, "", ad2, "");
        assertThat(texts(text)).containsExactly("2025年度宣传工作总结", body);
        assertThat(text.diagnostics()).extracting(Diagnostic::line, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "已删除（advert）：" + ad1),
                org.assertj.core.groups.Tuple.tuple(6, "已删除（advert）：" + ad2));
    }

    /** The same words in the body, or a notice's closing line asking for 素材 without sales talk, stay. */
    @Test
    void advertWordsInTheBodyOrWithoutSalesTalkStay() {
        String ad = "【笔杆子文库】海量范文每日更新，扫码关注公众号即可下载全文";
        String body = "全年共编发工作信息120条，在市级以上媒体发表稿件45篇，宣传工作取得新进展。";
        String closing = "请各单位于每月25日前报送宣传素材，联系人：张三，微信同号。";
        assertThat(texts(clean("2025年度宣传工作总结", ad, body))).containsExactly("2025年度宣传工作总结", ad, body);
        SourceText notice = clean("关于报送宣传素材的通知", body, closing);
        assertThat(texts(notice)).containsExactly("关于报送宣传素材的通知", body, closing);
        assertThat(notice.diagnostics()).isEmpty();
        // a whole page saved on one line holds the words too (the long fuzz found it): it is body text
        String page = "工作措施安排范文 " + body.repeat(4) + "开通会员后可在公众号下载。";
        assertThat(texts(clean("2025年度宣传工作总结", page))).containsExactly("2025年度宣传工作总结", page);
        // a text of nothing but such lines is left as it is: they are its text
        assertThat(texts(clean(ad, ad))).containsExactly(ad, ad);
    }
}
