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
