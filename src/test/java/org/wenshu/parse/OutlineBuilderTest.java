package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.parse.ParseFixtures.headings;
import static org.wenshu.parse.ParseFixtures.parse;

import org.junit.jupiter.api.Test;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

class OutlineBuilderTest {
    private static final String BODY = "这是一段足够长的正文，用来说明上面的标题确实是标题，而不是正文中的一句话，内容要写得长一些。";

    @Test
    void levelsFollowTheOrderOfMarkerKinds() {
        Document doc = parse("关于做好某项工作的通知\n" + BODY + "\n一、总体要求\n" + BODY + "\n（一）指导思想\n" + BODY
                + "\n1.坚持党的领导\n" + BODY + "\n（1）细项\n" + BODY + "\n①小项\n" + BODY
                + "\n（二）基本原则\n" + BODY + "\n二、主要任务\n" + BODY + "\n");
        assertThat(headings(doc.sections())).containsExactly("一、总体要求", "二、主要任务");
        Section first = doc.sections().get(0);
        assertThat(headings(first.sections())).containsExactly("（一）指导思想", "（二）基本原则");
        Section one = first.sections().get(0).sections().get(0);
        assertThat(one.displayHeading()).isEqualTo("1.坚持党的领导");
        assertThat(one.sections().get(0).displayHeading()).isEqualTo("（1）细项");
        assertThat(one.sections().get(0).sections().get(0).displayHeading()).isEqualTo("①小项");
    }

    @Test
    void unnumberedTopLevelPutsChineseNumbersOneLevelDown() {
        Document doc = parse("标题行\n" + BODY + "\n加强组织领导\n" + BODY + "\n一、明确责任\n" + BODY
                + "\n二、强化督导\n" + BODY + "\n抓好宣传引导\n" + BODY + "\n");
        assertThat(headings(doc.sections())).containsExactly("加强组织领导", "抓好宣传引导");
        assertThat(headings(doc.sections().get(0).sections())).containsExactly("一、明确责任", "二、强化督导");
    }

    @Test
    void runInHeadingStopsAtFirstFullStop() {
        Document doc = parse("标题\n一、重点工作\n（一）坚定不移加快“五个中心”建设。提升城市能级和核心竞争力，推动各项工作。\n");
        Section runIn = doc.sections().get(0).sections().get(0);
        assertThat(runIn.marker()).isEqualTo("（一）");
        assertThat(runIn.heading()).isEqualTo("坚定不移加快“五个中心”建设");
        assertThat(runIn.paragraphs()).extracting(Paragraph::text)
                .containsExactly("提升城市能级和核心竞争力，推动各项工作。");
    }

    @Test
    void asciiBracketsAndOtherSeparatorsAreMarkersToo() {
        Document doc = parse("标题\n一、甲\n(一)乙\n" + BODY + "\n(二)丙\n" + BODY + "\n1．丁\n" + BODY + "\n2、戊\n" + BODY + "\n");
        Section first = doc.sections().get(0);
        assertThat(headings(first.sections())).containsExactly("(一)乙", "(二)丙");
        assertThat(headings(first.sections().get(1).sections())).containsExactly("1．丁", "2、戊");
    }

    @Test
    void enumerationsAndLeadSentencesAreLeadsNotHeadings() {
        Document doc = parse("标题\n一、工作回顾\n一是经济运行稳中有进。地区生产总值增长5%，各项指标好于预期。\n"
                + "以学铸魂转作风。把重要讲话精神作为重点学习内容，列入读书班学习专题。\n"
                + "县级层面：县处级领导干部要通过理论学习中心组等方式开展学习。\n");
        Section section = doc.sections().get(0);
        assertThat(section.sections()).isEmpty();
        assertThat(section.paragraphs()).extracting(Paragraph::lead)
                .containsExactly("一是经济运行稳中有进。", "以学铸魂转作风。", "县级层面：");
    }

    @Test
    void decimalNumbersAreNotMarkers() {
        Document doc = parse("标题\n一、目标\n5.5%左右的预期增长目标与发展目标总体衔接，与经济增长潜力基本吻合。\n");
        assertThat(doc.sections().get(0).sections()).isEmpty();
        assertThat(doc.sections().get(0).paragraphs()).hasSize(1);
    }

    @Test
    void numberingGapsAndDisorderAreReportedWithTheirLines() {
        Document doc = parse("标题\n一、甲\n" + BODY + "\n三、丙\n" + BODY + "\n二、乙\n" + BODY + "\n");
        assertThat(doc.diagnostics()).extracting(Diagnostic::code, Diagnostic::line)
                .contains(org.assertj.core.groups.Tuple.tuple("numbering-gap", 4),
                        org.assertj.core.groups.Tuple.tuple("numbering-order", 6));
    }

    @Test
    void attachmentRestartsNumberingAsANewPart() {
        Document doc = parse("标题\n一、正文甲\n" + BODY + "\n二、正文乙\n" + BODY + "\n附件1\n某某实施细则\n一、细则甲\n"
                + BODY + "\n二、细则乙\n" + BODY + "\n");
        assertThat(doc.sections()).hasSize(3);
        Section attachment = doc.sections().get(2);
        assertThat(attachment.kind()).isEqualTo(Section.Kind.ATTACHMENT);
        assertThat(attachment.marker()).isEqualTo("附件1");
        assertThat(attachment.heading()).isEqualTo("某某实施细则");
        assertThat(headings(attachment.sections())).containsExactly("一、细则甲", "二、细则乙");
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).doesNotContain("numbering-order");
    }

    @Test
    void glossaryItemsAreListItemsNotStructure() {
        Document doc = parse("标题\n一、正文\n" + BODY + "\n附件\n《政府工作报告》有关内容名词注释\n"
                + "1.“四上”企业：规模以上工业企业等四类企业的统称。\n2.“两重”：国家重大战略实施和重点领域安全能力建设。\n"
                + "3.2026年10件民生实事：加大重点群体就业创业支持力度。\n");
        Section glossary = doc.sections().get(1);
        assertThat(glossary.sections()).isEmpty();
        assertThat(glossary.paragraphs()).extracting(Paragraph::marker).containsExactly("1.", "2.", "3.");
        assertThat(glossary.paragraphs()).extracting(Paragraph::lead)
                .containsExactly("“四上”企业：", "“两重”：", "2026年10件民生实事：");
    }

    @Test
    void notesJoinATermWithItsDefinitionOnTheNextLine() {
        Document doc = parse("标题\n一、正文\n" + BODY + "\n注释\n［1］一降三减：\n全年火灾起数总体下降。\n［2］四库：\n水库、粮库、钱库、碳库。\n");
        Section notes = doc.sections().get(1);
        assertThat(notes.kind()).isEqualTo(Section.Kind.NOTES);
        assertThat(notes.paragraphs()).extracting(Paragraph::text)
                .containsExactly("一降三减：全年火灾起数总体下降。", "四库：水库、粮库、钱库、碳库。");
    }

    @Test
    void loneShortSentenceIsATransitionNotAHeading() {
        Document doc = parse("标题\n一、工作回顾\n主要做了以下工作。\n" + BODY + "\n");
        assertThat(doc.sections().get(0).sections()).isEmpty();
    }

    @Test
    void shortSentencesInAGroupAreHeadings() {
        Document doc = parse("标题\n一、工作回顾\n产业结构持续优化。\n" + BODY + "\n产业集群快速壮大。\n" + BODY + "\n");
        assertThat(headings(doc.sections().get(0).sections())).containsExactly("产业结构持续优化", "产业集群快速壮大");
    }

    @Test
    void chaptersAndPartsAreTheTopLevelWhenTheyComeFirst() {
        Document doc = parse("标题\n第一部分 总体情况\n" + BODY + "\n一、基本情况\n" + BODY + "\n第二部分 下步打算\n" + BODY
                + "\n一、思路\n" + BODY + "\n");
        assertThat(headings(doc.sections())).containsExactly("第一部分 总体情况", "第二部分 下步打算");
        assertThat(doc.sections()).extracting(Section::marker).containsExactly("第一部分", "第二部分");
        assertThat(headings(doc.sections().get(1).sections())).containsExactly("一、思路");
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).doesNotContain("numbering-order");
    }

    @Test
    void parallelShortSentencesWithPausesAreHeadingsOnlyInThreesOrMore() {
        String three = "标题\n一、工作回顾\n这一年，我们敢闯敢试，改革开放步伐加快。\n" + BODY
                + "\n这一年，我们迎难而上，经济运行顶压行稳。\n" + BODY + "\n这一年，我们向新而行，创新发展动能增强。\n" + BODY + "\n";
        assertThat(headings(parse(three).sections().get(0).sections())).containsExactly(
                "这一年，我们敢闯敢试，改革开放步伐加快", "这一年，我们迎难而上，经济运行顶压行稳", "这一年，我们向新而行，创新发展动能增强");
        String two = "标题\n一、工作回顾\n这一年，我们敢闯敢试，改革开放步伐加快。\n" + BODY
                + "\n这一年，我们迎难而上，经济运行顶压行稳。\n" + BODY + "\n";
        Document doc = parse(two);
        assertThat(doc.sections().get(0).sections()).isEmpty();
        assertThat(doc.sections().get(0).paragraphs()).hasSize(4);
    }

    @Test
    void clauseItemsAndInlineEnumerationsAreNotHeadings() {
        Document doc = parse("标题\n一、主要职责\n1.负责统筹协调；\n2.负责督促检查；\n3.负责信息报送。\n"
                + "二、数据\n（1）月份出口增长较快，（2）月份有所回落。\n");
        Section duties = doc.sections().get(0);
        // the run is decided as a whole: 3. closes the list, it is not a heading of its own
        assertThat(duties.sections()).isEmpty();
        assertThat(duties.paragraphs()).extracting(Paragraph::marker).containsExactly("1.", "2.", "3.");
        assertThat(duties.paragraphs()).extracting(Paragraph::text)
                .containsExactly("负责统筹协调；", "负责督促检查；", "负责信息报送。");
        assertThat(doc.sections().get(1).sections()).isEmpty();
    }

    @Test
    void quartersAreNotMarkersAndLongChineseHeadingsStayHeadings() {
        String longHeading = "一、坚持以人民为中心的发展思想，聚焦群众急难愁盼问题，持续用力办好民生实事，让改革发展成果更多更公平惠及全体人民并取得更大成效";
        Document doc = parse("标题\n" + longHeading + "\n" + BODY + "\n二、存在的问题：\n一、二季度，全市经济运行总体平稳，主要指标好于预期。\n");
        assertThat(doc.sections()).extracting(Section::marker).containsExactly("一、", "二、");
        assertThat(doc.sections().get(0).heading()).isEqualTo(longHeading.substring(2));
        assertThat(doc.sections().get(1).heading()).isEqualTo("存在的问题：");
        assertThat(doc.sections().get(1).paragraphs()).extracting(Paragraph::text)
                .containsExactly("一、二季度，全市经济运行总体平稳，主要指标好于预期。");
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).doesNotContain("numbering-gap", "numbering-order");
    }

    @Test
    void halfBracketNumbersAreMarkers() {
        Document doc = parse("标题\n一、重点任务\n1)推进机构改革\n" + BODY + "\n2）优化营商环境\n" + BODY + "\n");
        assertThat(headings(doc.sections().get(0).sections())).containsExactly("1)推进机构改革", "2）优化营商环境");
    }

    @Test
    void attachmentListInANoticeStaysAList() {
        Document doc = parse("关于开展安全生产大检查的通知\n各单位：\n" + BODY + "\n附件：1.安全生产大检查重点内容\n"
                + "2.安全生产大检查情况统计表\n某某市安全生产委员会办公室\n2026年3月1日\n");
        assertThat(doc.sections()).isEmpty();
        assertThat(doc.preamble()).extracting(Paragraph::text).contains("附件：1.安全生产大检查重点内容", "安全生产大检查情况统计表");
        assertThat(doc.diagnostics()).extracting(Diagnostic::code).doesNotContain("numbering-gap");
    }

    @Test
    void briefingHeadlinesBeforeShortItemsAreHeadings() {
        Document doc = parse("工作简报\n\n我局召开2026年度工作会议\n\n3月5日，我局召开2026年度工作会议，部署2026年重点任务。\n\n"
                + "市民中心新增自助服务区\n\n市民中心新增24小时自助服务区。\n");
        assertThat(headings(doc.sections())).containsExactly("我局召开2026年度工作会议", "市民中心新增自助服务区");
    }
}
