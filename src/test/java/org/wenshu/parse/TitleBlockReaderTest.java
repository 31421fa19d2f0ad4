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

    @Test
    void redHeaderAndDocumentNumberAreNotPartOfTheTitle() {
        Document doc = parse("某某市人民政府文件\n\n某政发〔2026〕1号\n\n某某市人民政府\n关于印发《2026年民生实事项目实施方案》的通知\n\n"
                + "各区人民政府，市政府各委、办、局：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("某某市人民政府关于印发《2026年民生实事项目实施方案》的通知");
        assertThat(doc.meta().fields()).containsEntry("issuer", "某某市人民政府").containsEntry("number", "某政发〔2026〕1号");
    }

    /** A 文号 under the title, with a form's 文种 label between them: the head goes on to the number. */
    @Test
    void aDocumentNumberUnderTheTitleAndTheLabelAboveItStayInTheHead() {
        Document doc = parse("关于加强打击保险领域违法犯罪协调配合工作的通知\n批复\n浙保监发[2009]33号\n\n"
                + "各市公安局，各保险公司：\n" + BODY + "\n一、建立案件线索移送制度\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("关于加强打击保险领域违法犯罪协调配合工作的通知");
        assertThat(doc.meta().fields()).containsEntry("number", "浙保监发[2009]33号").containsEntry("headline", "批复");
        assertThat(doc.sections()).extracting(s -> s.displayHeading()).containsExactly("一、建立案件线索移送制度");
    }

    @Test
    void briefingHeadKeepsItsFirstHeadlineInTheBody() {
        Document doc = parse("工作简报\n第5期\n某某市政务服务管理局编  2026年3月10日\n\n我局召开2026年度工作会议\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("工作简报");
        assertThat(doc.meta().fields()).containsEntry("issue", "第5期").containsEntry("publisher", "某某市政务服务管理局")
                .containsEntry("date", "2026-03-10");
        assertThat(doc.sections()).extracting(s -> s.heading()).containsExactly("我局召开2026年度工作会议");
    }

    @Test
    void speechTitleSpeakerAndDate() {
        Document doc = parse("在全市安全生产工作会议上的讲话\n张三\n（2026年1月25日）\n\n同志们：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("在全市安全生产工作会议上的讲话");
        assertThat(doc.kicker()).isNull();
        assertThat(doc.meta().fields()).containsEntry("speaker", "张三").containsEntry("date", "2026-01-25");
    }

    @Test
    void longNoticeTitlesAreTitles() {
        String title = "某某市人民政府办公室关于印发《某某市进一步优化营商环境激发市场主体活力促进民营经济高质量发展若干政策措施实施细则汇编》的通知（第二批）";
        assertThat(title.length()).isGreaterThan(60);
        assertThat(parse(title + "\n各区人民政府：\n" + BODY + "\n").title()).isEqualTo(title);
    }

    @Test
    void closingBlockOfANoticeGoesToMeta() {
        Document doc = parse("关于开展安全生产大检查的通知\n各区人民政府：\n" + BODY + "\n某某市安全生产委员会办公室\n2026年3月1日\n（此件公开发布）\n");
        assertThat(doc.meta().fields()).containsEntry("signature", "某某市安全生产委员会办公室")
                .containsEntry("signed", "2026年3月1日").containsEntry("date", "2026-03-01")
                .containsEntry("note", "（此件公开发布）");
        assertThat(doc.preamble()).extracting(p -> p.text()).containsExactly("各区人民政府：", BODY);
    }

    @Test
    void occasionLineIsASubtitleWithOrWithoutDashOrBrackets() {
        for (String occasion : new String[] {"2026年1月14日在市第十六届人民代表大会第五次会议上",
                "——2026年1月14日在市第十六届人民代表大会第五次会议上", "（2026年1月14日在市第十六届人民代表大会第五次会议上）"}) {
            Document doc = parse("政府工作报告\n" + occasion + "\n市长 张三\n各位代表：\n" + BODY + "\n");
            assertThat(doc.title()).as(occasion).isEqualTo("政府工作报告");
            assertThat(doc.subtitle()).as(occasion).isEqualTo("2026年1月14日在市第十六届人民代表大会第五次会议上");
        }
    }

    @Test
    void dateTimeLineIsMetaNotTitle() {
        Document doc = parse("2026年某某市政府工作报告\n2026年02月10日 07时41分\n各位代表：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("2026年某某市政府工作报告");
        assertThat(doc.meta().fields()).containsEntry("date", "2026-02-10");
    }

    @Test
    void secondLineIsJoinedOnlyWhenTheFirstIsVisiblyUnfinished() {
        Document split = parse("某某区违法用地综合整治\n\n三年行动工作方案(2024-2026)\n\n" + BODY + "\n");
        assertThat(split.title()).isEqualTo("某某区违法用地综合整治三年行动工作方案(2024-2026)");
        Document finished = parse("某某区2025年工作总结\n主要成绩\n" + BODY + "\n");
        assertThat(finished.title()).isEqualTo("某某区2025年工作总结");
        assertThat(finished.sections()).extracting(s -> s.heading()).containsExactly("主要成绩");
        Document qualified = parse("某某区生态保护三年行动计划\n（2024—2026年）\n" + BODY + "\n");
        assertThat(qualified.title()).isEqualTo("某某区生态保护三年行动计划（2024—2026年）");
    }

    /** 报告 inside the matter of "…关于做好…信息报告工作的通知" does not finish the title: its 的 has not come yet. */
    @Test
    void aGenreWordInsideTheMatterOfAnOfficialTitleDoesNotEndIt() {
        Document doc = parse("某某局办公室关于做好突发事件信息报告\n\n工作的通知\n\n各有关单位：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("某某局办公室关于做好突发事件信息报告工作的通知");
        Document whole = parse("某某局关于2025年安全生产工作的报告\n主要情况\n" + BODY + "\n");
        assertThat(whole.title()).isEqualTo("某某局关于2025年安全生产工作的报告");
        assertThat(whole.sections()).extracting(s -> s.heading()).containsExactly("主要情况");
    }

    @Test
    void titleBlockRepeatedAfterTheNavigationIsADuplicate() {
        Document doc = parse("2026年某某省政府工作报告\n来源：某某日报\n2026年某某省政府工作报告\n"
                + "——2026年1月27日在某某省第十四届人民代表大会第四次会议上\n各位代表：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("2026年某某省政府工作报告");
        assertThat(doc.subtitle()).startsWith("2026年1月27日");
        assertThat(doc.sections()).isEmpty();
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).contains("duplicate-title");
    }
}
