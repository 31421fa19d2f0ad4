package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.parse.ParseFixtures.headings;
import static org.wenshu.parse.ParseFixtures.parse;

import org.junit.jupiter.api.Test;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/** Short lines that are not headings (issue 13 item 4) and restarted numbering (item 6). */
class NonHeadingShapesTest {
    private static final String BODY = "这是一段足够长的正文，用来说明上面的标题确实是标题，而不是正文中的一句话，内容要写得长一些。";

    @Test
    void tableCellsOneALineAreNotHeadings() {
        Document doc = parse("某某工作方案\n一、主要指标\n" + BODY + "\n表1 主要指标\n序号\n指标名称\n单位\n目标值\n1\n人均公园绿地面积\n㎡/人\n9.5\n"
                + "2\n公园绿地服务半径覆盖率\n%\n90\n3\n新建绿道长度\n公里\n200\n二、保障措施\n" + BODY + "\n");
        assertThat(headings(doc.sections())).containsExactly("一、主要指标", "二、保障措施");
        assertThat(doc.sections().get(0).sections()).isEmpty();
    }

    @Test
    void anAttachmentThatIsATableHasNoHeadings() {
        Document doc = parse("某某工作方案\n一、主要任务\n" + BODY + "\n附件1\n某某任务清单\n序号\n任务分类\n主要方向\n重点任务\n牵头部门\n配合部门\n"
                + "（一）\n提升设施品质\n1、改善城市道路环境\n建设精品道路100条。\n设施养护处\n各区\n");
        Section attachment = doc.sections().get(1);
        assertThat(attachment.kind()).isEqualTo(Section.Kind.ATTACHMENT);
        assertThat(attachment.sections()).isEmpty();
        assertThat(attachment.paragraphs()).extracting(Paragraph::text).contains("1、改善城市道路环境", "设施养护处");
    }

    /** A two-column table (单位 / 职责分工) flattened one cell a line: its unit names are cells, not headings. */
    @Test
    void anAttachmentThatIsATwoColumnTableHasNoHeadings() {
        Document doc = parse("某某工作方案\n一、主要任务\n" + BODY + "\n附件2\n成员单位职责分工\n单位\n职责分工\n区规划资源局\n"
                + "拟定本区综合整治工作方案，牵头组织实施，做好用地手续办理。\n区财政局\n负责协调相关项目资金补贴处置工作。\n"
                + "区水务局\n依法实施水行政执法，查处违法行为。\n各街镇\n落实属地责任，组织开展排查整治。\n");
        Section attachment = doc.sections().get(1);
        assertThat(attachment.kind()).isEqualTo(Section.Kind.ATTACHMENT);
        assertThat(attachment.sections()).isEmpty();
        assertThat(attachment.paragraphs()).extracting(Paragraph::text).contains("区财政局", "各街镇");
    }

    /** Short unnumbered headings each over one paragraph in an attachment are not a table: no header row, no period. */
    @Test
    void unnumberedHeadingsInAnAttachmentAreNotTakenForATable() {
        Document doc = parse("某某工作方案\n一、主要任务\n" + BODY + "\n附件1\n重点领域说明\n首店经济\n" + BODY + "\n夜间经济\n"
                + BODY + "\n数字经济\n" + BODY + "\n");
        assertThat(headings(doc.sections().get(1).sections())).containsExactly("首店经济", "夜间经济", "数字经济");
    }

    @Test
    void aTablesUnitNoteIsAPlainParagraph() {
        Document doc = parse("某某情况报告\n一、经营情况\n1.资产负债规模\n资产负债情况表\n单位：亿元（保留两位小数）\n"
                + "项目 期末余额 比年初增减 比去年同期增减，资产总额与负债总额均保持稳定增长。\n2.业务量情况\n" + BODY + "\n");
        Section first = doc.sections().get(0).sections().get(0);
        assertThat(first.sections()).isEmpty();
        assertThat(first.paragraphs()).filteredOn(p -> p.text().startsWith("单位"))
                .singleElement().satisfies(p -> assertThat(p.lead()).isNull());
    }

    /** A line broken mid-word: the next line goes on with one character and a comma ("度，明确…"). */
    @Test
    void aLineWhoseNextLineGoesOnMidWordIsNotAHeading() {
        Document doc = parse("某某管理办法\n第一章 总则\n第五条 银行保险机构应建立从业人员处罚信息管理制\n"
                + "度，明确专门部门、专职人员负责处罚信息报送、申请查询和日常管理等工作。\n第二章 信息报送\n" + BODY + "\n");
        assertThat(headings(doc.sections())).containsExactly("第一章 总则", "第二章 信息报送");
        assertThat(doc.sections().get(0).sections()).isEmpty();
    }

    /** An attachment's name broken over two lines in the list of attachments stays in the list. */
    @Test
    void aWrappedItemOfTheAttachmentListIsNoHeading() {
        Document doc = parse("某某管理办法\n一、信息管理\n" + BODY + "\n附件：1.银行保险机构从业人员个人处罚信息授权查询\n使用承诺书\n"
                + "2.银行保险机构申请查询使用从业人员处罚信息承诺内容\n");
        Section first = doc.sections().get(0);
        assertThat(first.sections()).isEmpty();
        assertThat(first.paragraphs()).extracting(Paragraph::text).contains("使用承诺书");
        assertThat(doc.diagnostics()).noneMatch(d -> d.code().equals("numbering-gap"));
    }

    /** "附：《X》" names an attached document as 附件： does; the address under it opens with no label "http:". */
    @Test
    void aShortAttachmentNoteIsNoHeadingAndAnAddressHasNoLead() {
        Document doc = parse("关于印发某某指导意见的通知\n一、压实机构责任\n" + BODY + "\n二、稳步有序推进\n" + BODY
                + "\n附：关于深化某某整治加强内控建设的指导意见\nhttp://www.example.gov.cn/view/pages/ItemDetail.html?docId=1\n");
        Section second = doc.sections().get(1);
        assertThat(second.sections()).isEmpty();
        assertThat(second.paragraphs()).filteredOn(p -> p.text().startsWith("http"))
                .singleElement().satisfies(p -> assertThat(p.lead()).isNull());
    }

    /** A measure's bracketed note after its lead sentence ((责任单位：…)) is no label. */
    @Test
    void aBracketedNoteHasNoLead() {
        Document doc = parse("某某工作要点\n一、重点任务\n1.加强知识产权保护。（责任单位：区市场监管局）\n"
                + "2.规范涉企行政执法。（责任单位：区司法局）\n二、保障措施\n" + BODY + "\n");
        assertThat(doc.sections().get(0).sections()).hasSize(2).allSatisfy(s -> assertThat(s.paragraphs())
                .singleElement().satisfies(p -> assertThat(p.lead()).isNull()));
    }

    /** A lost line break glued the first attachment's label to the last item of the list: the attachment still starts there. */
    @Test
    void anAttachmentLabelGluedToTheLastListItemStillOpensTheAttachment() {
        Document doc = parse("某某实施意见\n一、保障措施\n" + BODY + "\n附件：1.郊野公园建设项目表\n2.资金测算表附件1\n郊野公园建设项目表\n"
                + BODY + "\n附件2\n资金测算表\n" + BODY + "\n");
        assertThat(doc.sections()).extracting(Section::displayHeading)
                .containsExactly("一、保障措施", "附件1 郊野公园建设项目表", "附件2 资金测算表");
        assertThat(doc.sections().get(0).paragraphs()).extracting(Paragraph::text).contains("资金测算表");
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).contains("label-unglued");
        Document reference = parse("某某实施意见\n一、保障措施\n附件：1.郊野公园建设项目表\n2.具体标准见附件1\n郊野公园建设项目表\n"
                + BODY + "\n");
        assertThat(reference.sections()).hasSize(1);
        assertThat(reference.diagnostics()).extracting(Diagnostic::code).doesNotContain("label-unglued");
    }

    @Test
    void bareNumbersAndLonePunctuationAreNotHeadings() {
        Document doc = parse("某某工作方案\n一、主要任务\n" + BODY + "\n2.5\n" + BODY + "\n/\n" + BODY + "\n");
        assertThat(doc.sections().get(0).sections()).isEmpty();
    }

    @Test
    void aFragmentOfABrokenLineIsNotAHeading() {
        String broken = "各街镇要按照全区统一部署，结合本地实际，认真制定具体实施方案，明确时间节点和责任分工，切实加强";
        Document doc = parse("某某工作方案\n一、主要任务\n" + broken + "\n组织领导和统筹协调\n" + BODY + "\n"
                + "主要目标\n是：到2027年，全区公园城市建设取得明显成效，公园数量达到200座以上，绿化覆盖率稳步提高。\n");
        assertThat(doc.sections().get(0).sections()).isEmpty();
    }

    @Test
    void numberingThatStartsAgainAfterALeadInIsASecondGroupNotAnError() {
        Document doc = parse("某某局2025年工作总结\n一、强化理论武装\n" + BODY + "\n二、抓好业务工作\n" + BODY + "\n三、加强队伍建设\n" + BODY
                + "\n2026年，我们将重点抓好以下工作：\n一、持续深化改革\n" + BODY + "\n二、提升服务效能\n" + BODY + "\n");
        assertThat(headings(doc.sections())).containsExactly("一、强化理论武装", "二、抓好业务工作", "三、加强队伍建设",
                "一、持续深化改革", "二、提升服务效能");
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).doesNotContain("numbering-order", "numbering-gap");
    }
}
