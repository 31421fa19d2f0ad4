package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.parse.ParseFixtures.parse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;
import org.wenshu.model.SourceLine;

/** The lines of an official document's head go to their meta keys and the real title is found. */
class HeadLinesTest {
    private static final String BODY = "为进一步做好有关工作，现将有关事项通知如下，请结合实际认真贯彻执行。";

    @Test
    void copyNumberClassificationAndUrgencyLinesAreMeta() {
        Document doc = parse("000123\n机密★1年\n特急\n某某省财政厅文件\n某财发〔2025〕12号\n签发人：王某某\n\n"
                + "某某省财政厅关于做好年度预算编制工作的通知\n\n各市财政局：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("某某省财政厅关于做好年度预算编制工作的通知");
        assertThat(doc.meta().fields()).containsEntry("copy", "000123").containsEntry("classification", "机密★1年")
                .containsEntry("urgency", "特急").containsEntry("issuer", "某某省财政厅")
                .containsEntry("number", "某财发〔2025〕12号").containsEntry("signer", "王某某");
    }

    @Test
    void labelledHeadLinesAndABareLabelWithItsValueBelow() {
        Document doc = parse("份号：000045\n密级\n普通\n紧急程度：加急\n\n某某局关于开展安全检查的通知\n\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("某某局关于开展安全检查的通知");
        assertThat(doc.meta().fields()).containsEntry("copy", "000045").containsEntry("classification", "普通")
                .containsEntry("urgency", "加急");
    }

    @Test
    void anAttachmentLabelAboveTheTitleIsNotPartOfIt() {
        Document doc = parse("附件2：\n\n某某市小微企业融资服务管理办法\n\n第一章 总则\n第一条 " + BODY + "\n");
        assertThat(doc.title()).isEqualTo("某某市小微企业融资服务管理办法");
        assertThat(doc.meta().fields()).containsEntry("attachment", "附件2");
    }

    @Test
    void aDocumentNumberGluedToTheTitleIsSplitOff() {
        Document doc = parse("关于印发《某某行业服务规范》的通知\n某监通﹝2009﹞7号\n\n各有关单位：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("关于印发《某某行业服务规范》的通知");
        assertThat(doc.meta().fields()).containsEntry("number", "某监通﹝2009﹞7号");
        Document glued = parse("关于印发《某某行业服务规范》的通知 某监通[2009]7号\n\n各有关单位：\n" + BODY + "\n");
        assertThat(glued.title()).isEqualTo("关于印发《某某行业服务规范》的通知");
        assertThat(glued.meta().fields()).containsEntry("number", "某监通[2009]7号");
    }

    @Test
    void aNumberInsideTheTitleStaysThere() {
        Document doc = parse("关于转发《某某办法》（某发〔2021〕25号）的通知\n\n各有关单位：\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("关于转发《某某办法》（某发〔2021〕25号）的通知");
        assertThat(doc.meta().fields()).doesNotContainKey("number");
    }

    @Test
    void anOfficialTitleOnThreeLinesHasNoKicker() {
        Document doc = parse("某某省监管局 某某省司法厅\n关于进一步做好涉及理赔\n鉴定工作的通知\n\n各有关单位：\n" + BODY + "\n");
        assertThat(doc.kicker()).isNull();
        assertThat(doc.title()).isEqualTo("某某省监管局 某某省司法厅关于进一步做好涉及理赔鉴定工作的通知");
    }

    @Test
    void aTitleBrokenByManualLineBreaksIsOneTitleWhateverItsPiecesEndWith() {
        // one Word paragraph with Shift+Enter: three lines that share their paragraph number
        List<SourceLine> lines = List.of(new SourceLine("某某局关于印发《某某试验区分支机构设立、", 1),
                new SourceLine("迁址、撤销报告办法》的通知", 1), new SourceLine("某发〔2021〕241号", 2),
                new SourceLine("各有关单位：", 3), new SourceLine(BODY, 4));
        Document doc = Wenshu.standard().parse(new SourceText(Path.of("t.docx"), lines, List.of())).get(0);
        assertThat(doc.title()).isEqualTo("某某局关于印发《某某试验区分支机构设立、迁址、撤销报告办法》的通知");
        assertThat(doc.meta().fields()).containsEntry("number", "某发〔2021〕241号");
    }

    @Test
    void aRowOfFormFieldsIsNotJoinedToTheTitle() {
        Document doc = parse("某某委员会会议纪要\n会议类别：■ 编号：2025-03\n\n" + BODY + "\n");
        assertThat(doc.title()).isEqualTo("某某委员会会议纪要");
        assertThat(HeadLines.isFormLine("会议类别：■ 编号：2025-03")).isTrue();
        assertThat(HeadLines.isFormLine("专题：深化改革开放")).isFalse();
    }

    @Test
    void aBareSixDigitLineIsACopyNumberOnlyInTheHead() {
        assertThat(HeadLines.read("000001", true)).isPresent();
        assertThat(HeadLines.read("附件", false)).isEmpty();
        assertThat(HeadLines.read("附件1：", true).get().fields()).containsEntry("attachment", "附件1");
    }
}
