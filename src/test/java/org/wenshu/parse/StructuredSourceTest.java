package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;
import org.wenshu.model.SourceLine;

/** What structured readers (.docx, .md) pass on: heading levels from styles, tables, a title style. */
class StructuredSourceTest {
    private static final String BODY = "这是一段足够长的正文，用来说明上面的标题确实是标题，而不是正文中的一句话。";

    private static Document parse(SourceLine... lines) {
        return Wenshu.standard().parse(new SourceText(Path.of("styled.docx"), List.of(lines), List.of())).get(0);
    }

    @Test
    void styledHeadingsTakeTheLevelTheFormatGives() {
        Document doc = parse(
                new SourceLine("年度工作总结", 1, 0, null),
                new SourceLine("总体情况", 2, 1, null),
                new SourceLine(BODY, 3),
                new SourceLine("一、主要做法", 4, 2, null),
                new SourceLine(BODY, 5),
                new SourceLine("存在问题", 6, 1, null),
                new SourceLine(BODY, 7));
        assertThat(doc.title()).isEqualTo("年度工作总结");
        assertThat(doc.sections()).extracting(Section::heading).containsExactly("总体情况", "存在问题");
        Section child = doc.sections().get(0).sections().get(0);
        assertThat(child.marker()).isEqualTo("一、");
        assertThat(child.heading()).isEqualTo("主要做法");
    }

    /**
     * A Word file styled by hand: 一、二、 unstyled, 三、 "Heading 1", 四、 "Heading 2", body paragraphs
     * in heading styles. The count decides (三、 四、 are siblings of 二、) and running text is no heading.
     */
    @Test
    void consecutiveOrdinalsStaySiblingsAndStyledRunningTextIsNoHeading() {
        String sentence = "各银行业协会要充分发挥自律组织作用，联合银行业金融机构形成合力，依法维护银行业合法权益，推动社会信用体系建设取得实效。";
        Document doc = parse(
                new SourceLine("关于建立联合惩戒工作机制的通知", 1),
                new SourceLine("一、提高认识，一致行动", 2),
                new SourceLine(BODY, 3),
                new SourceLine("二、完善制度，加强管理", 4),
                new SourceLine(sentence, 5, 1, null),
                new SourceLine("三、建立机制，联合惩戒", 6, 1, null),
                new SourceLine(sentence, 7, 1, null),
                new SourceLine("四、畅通渠道，共享信息", 8, 2, null),
                new SourceLine(sentence, 9, 2, null));
        assertThat(doc.sections()).extracting(Section::marker).containsExactly("一、", "二、", "三、", "四、");
        assertThat(doc.sections()).allMatch(s -> s.sections().isEmpty());
        assertThat(doc.sections().get(3).paragraphs()).extracting(Paragraph::text).containsExactly(sentence);
    }

    /** Styled levels still nest where the count does not run on: 二、 under "Heading 2" after 一、 under "Heading 1" restarts inside it. */
    @Test
    void aStyledHeadingThatRestartsItsCountKeepsTheLevelItsStyleGives() {
        Document doc = parse(
                new SourceLine("标题", 1, 0, null),
                new SourceLine("一、总则", 2, 1, null),
                new SourceLine("一、目的", 3, 2, null),
                new SourceLine(BODY, 4),
                new SourceLine("二、范围", 5, 2, null),
                new SourceLine(BODY, 6),
                new SourceLine("二、细则", 7, 1, null),
                new SourceLine(BODY, 8));
        assertThat(doc.sections()).extracting(Section::heading).containsExactly("总则", "细则");
        assertThat(doc.sections().get(0).sections()).extracting(Section::heading).containsExactly("目的", "范围");
    }

    @Test
    void tablesStayTablesInTheirPlace() {
        List<List<String>> rows = List.of(List.of("项目", "完成情况"), List.of("民生实事", "10件"));
        Document doc = parse(
                new SourceLine("标题", 1),
                new SourceLine("一、完成情况", 2),
                new SourceLine(BODY, 3),
                new SourceLine("项目\t完成情况 民生实事\t10件", 4, null, rows),
                new SourceLine(BODY, 5));
        List<Paragraph> paragraphs = doc.sections().get(0).paragraphs();
        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.get(1).isTable()).isTrue();
        assertThat(paragraphs.get(1).table()).isEqualTo(rows);
        assertThat(paragraphs.get(0).isTable()).isFalse();
    }

    @Test
    void styledLevelsCountFromTheHighestUsedAndStayInsideAnAttachment() {
        Document doc = parse(
                new SourceLine("标题", 1, 0, null),
                new SourceLine("一、甲", 2, 2, null),
                new SourceLine(BODY, 3),
                new SourceLine("二、乙", 4, 2, null),
                new SourceLine(BODY, 5),
                new SourceLine("附件1", 6),
                new SourceLine("细则", 7),
                new SourceLine("一、细则甲", 8, 2, null),
                new SourceLine(BODY, 9));
        assertThat(doc.sections()).extracting(Section::marker).containsExactly("一、", "二、", "附件1");
        assertThat(doc.sections().get(2).sections()).extracting(Section::heading).containsExactly("细则甲");
    }

    @Test
    void listItemsTheFormatMarksAreNeverHeadings() {
        Document doc = parse(
                new SourceLine("标题", 1),
                new SourceLine("一、任务", 2),
                new SourceLine("新建幼儿园5所", 3, SourceLine.LIST_ITEM, null),
                new SourceLine("1.新增托位2000个", 4, SourceLine.LIST_ITEM, null),
                new SourceLine(BODY, 5));
        Section tasks = doc.sections().get(0);
        assertThat(tasks.sections()).isEmpty();
        assertThat(tasks.paragraphs()).extracting(Paragraph::marker).containsExactly(null, "1.", null);
    }
}
