package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.parse.ParseFixtures.headings;
import static org.wenshu.parse.ParseFixtures.parseAll;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;

class NoticeSplitterTest {
    private static final String BODY = "这是一段足够长的正文，用来说明上面的标题确实是标题，而不是正文中的一句话，内容要写得长一些。";

    @Test
    void noticeThatIssuesAPlanIsTwoDocumentsWithTheSignDateInTheNoticeMeta() {
        List<Document> docs = parseAll("某某区人民政府办公室关于印发《某某区垃圾分类实施方案》的通知\n\n各街道办事处，区政府各部门：\n\n"
                + "《某某区垃圾分类实施方案》已经区政府同意，现印发给你们，请认真按照执行。\n\n某某区人民政府办公室\n\n2025年3月 8日\n\n"
                + "某某区垃圾分类实施方案\n\n" + BODY + "\n\n一、总体要求\n\n" + BODY + "\n\n二、主要任务\n\n" + BODY + "\n");
        assertThat(docs).hasSize(2);
        Document notice = docs.get(0);
        assertThat(notice.title()).isEqualTo("某某区人民政府办公室关于印发《某某区垃圾分类实施方案》的通知");
        assertThat(notice.meta().fields()).containsEntry("date", "2025-03-08")
                .containsEntry("signature", "某某区人民政府办公室");
        assertThat(notice.sections()).isEmpty();
        Document plan = docs.get(1);
        assertThat(plan.title()).isEqualTo("某某区垃圾分类实施方案");
        assertThat(headings(plan.sections())).containsExactly("一、总体要求", "二、主要任务");
        assertThat(plan.meta().fields()).containsEntry("date", "2025-03-08").containsEntry("notice", notice.title());
        assertThat(plan.diagnostics()).extracting(Diagnostic::code).contains("notice-split");
    }

    @Test
    void noteUnderTheDateAndAnAttachmentLabelStayWithTheirDocuments() {
        List<Document> docs = parseAll("关于下发《某某行动计划》的通知\n各有关单位：\n现将《某某行动计划》下发给你们，请结合实际认真贯彻落实。\n"
                + "2024年7月4日\n（此件公开发布）\n附件1\n某某行动计划\n" + BODY + "\n一、总体原则\n" + BODY + "\n");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).meta().fields()).containsEntry("note", "（此件公开发布）");
        assertThat(docs.get(1).title()).isEqualTo("某某行动计划");
        assertThat(docs.get(1).meta().fields()).containsEntry("attachment", "附件1");
    }

    /** A long issuing title broken over lines (Shift+Enter in Word, or separate paragraphs) is still read as one. */
    @Test
    void anIssuingTitleBrokenOverLinesStillSplits() {
        List<Document> docs = parseAll("某某局关于印发《某某市自由贸易试验区\n分支机构设立、迁址、撤销事后\n报告管理办法》的通知\n"
                + "各有关单位：\n现将办法印发给你们，请遵照执行。\n某某局\n2021年10月29日\n某某市自由贸易试验区\n"
                + "分支机构设立、迁址、撤销事后\n报告管理办法\n第一章 总则\n" + BODY + "\n第二章 报告条件\n" + BODY + "\n");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).title()).isEqualTo("某某局关于印发《某某市自由贸易试验区分支机构设立、迁址、撤销事后报告管理办法》的通知");
        assertThat(docs.get(0).meta().fields()).containsEntry("signature", "某某局").containsEntry("date", "2021-10-29");
        assertThat(docs.get(1).title()).isEqualTo("某某市自由贸易试验区分支机构设立、迁址、撤销事后报告管理办法");
        assertThat(headings(docs.get(1).sections())).containsExactly("第一章 总则", "第二章 报告条件");
    }

    /** A notice that revises a document and issues it again (关于修订《X》的通知) carries it as well. */
    @Test
    void aNoticeThatRevisesADocumentAndIssuesItAgainIsTwoDocuments() {
        List<Document> docs = parseAll("某某局 某某厅\n关于修订《关于做好某某工作的意见》的通知\n某某发﹝2014﹞37号\n各有关单位：\n"
                + "《意见》作相应修改后，重新发布，并自发布之日起施行。\n某某局 某某厅\n2014年6月23日\n关于做好某某工作的意见\n"
                + "各有关单位：\n" + BODY + "\n一、统一思想\n" + BODY + "\n二、规范工作\n" + BODY + "\n");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).meta().fields()).containsEntry("date", "2014-06-23");
        assertThat(docs.get(1).title()).isEqualTo("关于做好某某工作的意见");
        assertThat(headings(docs.get(1).sections())).containsExactly("一、统一思想", "二、规范工作");
    }

    @Test
    void aNoticeWithoutTheIssuedTextOrANoticeThatIssuesNothingStaysOneDocument() {
        assertThat(parseAll("关于印发《某某实施方案》的通知\n各有关单位：\n" + BODY + "\n某某局\n2025年3月8日\n")).hasSize(1);
        assertThat(parseAll("关于开展安全检查的通知\n各有关单位：\n" + BODY + "\n某某局\n2025年3月8日\n"
                + "某某检查要点\n" + BODY + "\n一、总体要求\n" + BODY + "\n")).hasSize(1);
    }
}
