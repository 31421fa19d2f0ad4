package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.parse.ParseFixtures.headings;
import static org.wenshu.parse.ParseFixtures.parse;

import org.junit.jupiter.api.Test;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/**
 * One numbered list is one kind of thing (issue 14 item 4), also where its numbering runs on
 * through the parts of a document, and also where one item's first sentence is too long to be a
 * heading: the real-file shapes of word-real rm148 (（一）…（三十） through 一、…六、) and rm104
 * (一、…七、 whose 五、 runs on for a hundred characters before its first full stop).
 */
class OneListOneKindTest {
    private static final String LONG = "各机构应切实加强对外包催收行为的穿透式管理，定期开展催收工作合规性排查，通过常态化抽查录音录像、"
            + "回访客户和受理投诉等方式发现问题，对排查中发现的违规行为及时督促整改并依法依规追究相关人员的责任，"
            + "确保各项监管要求落到实处并每季度末将工作开展情况书面报送监管部门。";

    @Test
    void aListRunningOnThroughPartsIsParagraphsWhereMostPartsAre() {
        Document doc = parse("关于规范催收工作的意见\n一、总体要求\n（一）各机构要提高政治站位。坚持依法合规。\n"
                + "（二）各机构要守住合规底线。严格遵守法律法规。\n二、切实承担主体责任\n（三）" + LONG + "\n"
                + "（四）各机构要指定部门负责催收管理。明确权责分工。\n三、加强外包管理\n（五）" + LONG + "\n"
                + "（六）各机构要审慎选择外包机构。开展准入评估。\n");
        for (Section part : doc.sections()) {
            assertThat(part.sections()).as(part.heading()).isEmpty();
            assertThat(part.paragraphs()).as(part.heading()).allMatch(Paragraph::isListItem);
        }
        assertThat(doc.diagnostics()).noneMatch(d -> d.code().startsWith("numbering"));
    }

    @Test
    void anItemOfARunOfHeadingsTooLongForAHeadingIsCutAtItsFirstClause() {
        String fifth = "中小商业银行应在筹建前3个工作日向拟设地银监分局报告；筹建结束后向拟设地银监分局提出设立申请，同时提交高管人员情况报告，"
                + "由银监分局受理、审查、批准设立并颁发金融许可证，并将批准文件抄报我局，各行应严格按照规定的程序和时限办理，不得擅自简化。";
        Document doc = parse("关于设立社区支行有关事项的通知\n各银行：\n一、设立社区支行应满足以下条件。监管评级不低于3级。\n"
                + "二、社区支行实行有限牌照经营。业务范围如下：\n（一）社区支行的业务范围为：吸收个人存款。\n"
                + "（二）小微支行的业务范围为：吸收小微企业存款。\n三、" + fifth + "\n四、社区支行高管人员实行报告制。由各行自定。\n");
        assertThat(headings(doc.sections())).containsExactly("一、设立社区支行应满足以下条件",
                "二、社区支行实行有限牌照经营", "三、中小商业银行应在筹建前3个工作日向拟设地银监分局报告", "四、社区支行高管人员实行报告制");
        assertThat(doc.sections().get(2).paragraphs()).extracting(Paragraph::text).first().asString()
                .startsWith("筹建结束后").endsWith("不得擅自简化。");
        assertThat(doc.diagnostics()).noneMatch(d -> d.code().startsWith("numbering"));
    }
}
