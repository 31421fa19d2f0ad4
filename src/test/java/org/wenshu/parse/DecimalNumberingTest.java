package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.parse.ParseFixtures.headings;
import static org.wenshu.parse.ParseFixtures.parse;

import org.junit.jupiter.api.Test;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/** Decimal multi-level numbering (1　, 1.1, 2.3.2.1) nests by its depth (issue 14 item 5). */
class DecimalNumberingTest {
    private static final String BODY = "这是一段足够长的正文，用来说明上面的标题确实是标题，而不是正文中的一句话，内容要写得长一些。";

    @Test
    void eachDepthIsOneLevelDeeper() {
        Document doc = parse("某某系统建设技术规范\n1\u3000总则\n" + BODY + "\n1.1 目的\n" + BODY + "\n1.2 适用范围\n" + BODY
                + "\n2\u3000技术要求\n2.1 总体要求\n" + BODY + "\n2.1.1 网络\n" + BODY + "\n2.1.2 存储\n" + BODY
                + "\n2.1.2.1 备份\n" + BODY + "\n2.1.2.2 恢复\n" + BODY + "\n2.2 安全要求\n" + BODY + "\n");
        assertThat(headings(doc.sections())).containsExactly("1 总则", "2 技术要求");
        assertThat(headings(doc.sections().get(0).sections())).containsExactly("1.1 目的", "1.2 适用范围");
        Section second = doc.sections().get(1);
        assertThat(headings(second.sections())).containsExactly("2.1 总体要求", "2.2 安全要求");
        assertThat(headings(second.sections().get(0).sections())).containsExactly("2.1.1 网络", "2.1.2 存储");
        assertThat(headings(second.sections().get(0).sections().get(1).sections()))
                .containsExactly("2.1.2.1 备份", "2.1.2.2 恢复");
        assertThat(doc.diagnostics()).noneMatch(d -> d.code().startsWith("numbering"));
    }

    @Test
    void aShallowerNumberClosesDeeperOnesEvenWhenALevelWasSkipped() {
        Document doc = parse("某某办法\n一、总体要求\n" + BODY + "\n1.1.1 第一款\n" + BODY + "\n1.1.2 第二款\n" + BODY
                + "\n1.2 第二条\n" + BODY + "\n二、保障措施\n" + BODY + "\n");
        Section first = doc.sections().get(0);
        assertThat(headings(doc.sections())).containsExactly("一、总体要求", "二、保障措施");
        // no 1.1 opened a level for 1.2: it closes 1.1.2 and stands beside it, never under it
        assertThat(headings(first.sections())).containsExactly("1.1.1 第一款", "1.1.2 第二款", "1.2 第二条");
        assertThat(first.sections()).allMatch(s -> s.sections().isEmpty());
    }

    @Test
    void quantitiesAreNotNumbers() {
        Document doc = parse("某某工作总结\n一、主要成效\n" + BODY + "\n1.5亿元用于支持小微企业发展，惠及企业两千余家。\n"
                + "2.3万人参加职业技能培训，就业率明显提升。\n");
        Section first = doc.sections().get(0);
        assertThat(first.sections()).isEmpty();
        assertThat(first.paragraphs()).extracting(Paragraph::text)
                .contains("1.5亿元用于支持小微企业发展，惠及企业两千余家。", "2.3万人参加职业技能培训，就业率明显提升。");
    }
}
