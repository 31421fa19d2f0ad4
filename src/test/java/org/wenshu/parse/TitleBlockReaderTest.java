package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.parse.ParseFixtures.parse;

import org.junit.jupiter.api.Test;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;

class TitleBlockReaderTest {
    private static final String BODY = "现在，我代表省人民政府，向大会报告政府工作，请予审议，并请省政协委员提出意见。";

    @Test
    void reportTitleSubtitleAndMetadataLeaveTheBody() {
        Document doc = parse("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n"
                + "来源：北京日报\n时间：2026-02-02\n北京市市长 殷勇\n各位代表：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("2026年北京市政府工作报告");
        assertThat(doc.subtitle()).isEqualTo("2026年1月25日在北京市第十六届人民代表大会第四次会议上");
        assertThat(doc.meta().fields()).containsEntry("source", "北京日报").containsEntry("date", "2026-02-02")
                .containsEntry("speaker", "北京市市长 殷勇");
        assertThat(doc.preamble()).extracting(p -> p.text()).containsExactly("各位代表：", BODY);
    }

    @Test
    void kickerEndsWithADash() {
        Document doc = parse("涉及单位和人员范围广类型多数量大任务重——\n分类指导，推动主题教育走深走实\n\n" + BODY + "\n");
        assertThat(doc.kicker()).isEqualTo("涉及单位和人员范围广类型多数量大任务重");
        assertThat(doc.title()).isEqualTo("分类指导，推动主题教育走深走实");
    }

    @Test
    void titleBrokenOverTwoLinesIsJoined() {
        Document doc = parse("关于进一步加强基层治理体系\n和治理能力现代化建设的实施意见\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("关于进一步加强基层治理体系和治理能力现代化建设的实施意见");
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).contains("title-joined");
    }

    @Test
    void publishLineAndNewspaperFooterGoToMeta() {
        Document doc = parse("发布时间:2024-11-25 04:43:40 来源: sp20241125\n" + BODY + "\n"
                + "《 人民日报 》( 2023年10月27日 04 版)\n(责编:卫嘉、白宇)\n");
        assertThat(doc.title()).isEmpty();
        assertThat(doc.meta().fields()).containsEntry("date", "2024-11-25").containsEntry("source", "sp20241125")
                .containsEntry("editor", "卫嘉、白宇").containsEntry("page", "04");
        assertThat(doc.preamble()).extracting(p -> p.text()).containsExactly(BODY);
    }

    @Test
    void pageHeadlineThatEndsWithTheShortTitleWins() {
        Document doc = parse("2026年宁夏回族自治区政府工作报告\n发表时间：2026-02-09 09:45:30\n政府工作报告\n"
                + "——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上\n各位代表：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("2026年宁夏回族自治区政府工作报告");
        assertThat(doc.meta().fields()).doesNotContainKey("headline");
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).contains("title-from-headline");
    }
}
