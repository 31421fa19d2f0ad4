package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.SourceLine;

class MarkdownReaderTest {
    private static final String BODY = "这是一段足够长的正文，用来说明上面的标题确实是标题，而不是正文中的一句话。";

    private static List<SourceLine> read(String markdown) {
        return new MarkdownReader().read(Path.of("材料.md"), markdown.getBytes(StandardCharsets.UTF_8)).lines();
    }

    @Test
    void aSingleTopHeadingIsTheTitleAndTheOthersAreSections() {
        List<SourceLine> lines = read("# 年度工作总结\n\n## 总体情况\n\n" + BODY + "\n\n### 主要做法\n\n" + BODY + "\n");
        assertThat(lines).filteredOn(l -> l.headingLevel() != null)
                .extracting(SourceLine::text, SourceLine::headingLevel)
                .containsExactly(tuple("年度工作总结", 0),
                        tuple("总体情况", 1),
                        tuple("主要做法", 2));
        Document doc = Wenshu.standard().parse(new SourceText(Path.of("材料.md"), lines, List.of())).get(0);
        assertThat(doc.title()).isEqualTo("年度工作总结");
        assertThat(doc.sections().get(0).sections().get(0).heading()).isEqualTo("主要做法");
    }

    @Test
    void severalTopHeadingsAreAllSections() {
        List<SourceLine> lines = read("# 一、总体情况\n" + BODY + "\n# 二、主要做法\n" + BODY + "\n");
        assertThat(lines).extracting(SourceLine::headingLevel).containsExactly(1, null, 1, null);
    }

    @Test
    void underlinedHeadingsCount() {
        List<SourceLine> lines = read("总体情况\n=====\n" + BODY + "\n主要做法\n-----\n" + BODY + "\n");
        assertThat(lines).extracting(SourceLine::text).containsExactly("总体情况", BODY, "主要做法", BODY);
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 3, 4, 6);
    }

    @Test
    void listsEmphasisCodeAndLinksAreReducedToText() {
        List<SourceLine> lines = read("- **县级层面：**组织*专题*学习，见[通知](http://example.gov.cn/a.html)。\n"
                + "* [x] 已完成 `第一阶段` 任务 ![照片](a.jpg)\n"
                + "1. 第一条\n"
                + "2) 第二条\n"
                + "> 引用的 ~~旧~~ 话\\*\n");
        assertThat(lines).extracting(SourceLine::text).containsExactly(
                "县级层面：组织专题学习，见通知。", "已完成 第一阶段 任务", "1.第一条", "2.第二条", "引用的 旧 话*");
    }

    @Test
    void pipeTablesStayTables() {
        List<SourceLine> lines = read("| 项目 | 完成情况 |\n|:---|---:|\n| 民生实事 | **10件** |\n\n" + BODY + "\n");
        assertThat(lines.get(0).table()).containsExactly(List.of("项目", "完成情况"), List.of("民生实事", "10件"));
        assertThat(lines.get(0).number()).isEqualTo(1);
        assertThat(lines).extracting(SourceLine::text).endsWith(BODY);
    }

    @Test
    void codeBlocksFrontMatterAndRulesLeaveNoMarks() {
        List<SourceLine> lines = read("---\ntitle: \"工作方案\"\ndate: 2026-01-01\n---\n```\n原样的一行\n```\n***\n正文。\n");
        assertThat(lines).extracting(SourceLine::text).containsExactly("工作方案", "", "原样的一行", "", "正文。");
        assertThat(lines.get(0).headingLevel()).isZero();
    }

    @Test
    void hardWrappedLinesAreJoinedButChineseLinesStayLines() {
        String wrapped = "过去五年，是极不寻常、极不平凡的五年。习近平总书记多次视察河北，发表重要讲话、作出重";
        List<SourceLine> lines = read(wrapped + "\n要指示，为我们提供了强大思想政治引领。\n一、总体要求\n" + BODY + "\n");
        assertThat(lines).extracting(SourceLine::text).containsExactly(
                wrapped + "要指示，为我们提供了强大思想政治引领。", "一、总体要求", BODY);
    }

    @Test
    void aHeadingRepeatingTheFrontMatterTitleIsDropped() {
        List<SourceLine> lines = read("---\ntitle: 民生实事计划\n---\n# 民生实事计划\n\n## 一、主要任务\n\n正文。\n");
        assertThat(lines).filteredOn(l -> !l.text().isEmpty()).extracting(SourceLine::text, SourceLine::headingLevel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("民生实事计划", 0),
                        org.assertj.core.groups.Tuple.tuple("一、主要任务", 2),
                        org.assertj.core.groups.Tuple.tuple("正文。", null));
    }

    @Test
    void orderedItemsAreListItemsAndALineEndingInACommaGoesOn() {
        List<SourceLine> lines = read("今年，我们将按照上级部署，\n各项工作取得积极进展。\n\n1. 新建幼儿园5所\n2. 新增托位2000个\n");
        assertThat(lines).filteredOn(l -> !l.text().isEmpty()).extracting(SourceLine::text)
                .containsExactly("今年，我们将按照上级部署，各项工作取得积极进展。", "1.新建幼儿园5所", "2.新增托位2000个");
        assertThat(lines).filteredOn(l -> l.text().startsWith("1.")).extracting(SourceLine::headingLevel)
                .containsExactly(SourceLine.LIST_ITEM);
    }
}
