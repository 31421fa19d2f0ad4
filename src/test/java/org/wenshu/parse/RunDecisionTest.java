package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.parse.ParseFixtures.headings;
import static org.wenshu.parse.ParseFixtures.parse;

import org.junit.jupiter.api.Test;
import org.wenshu.model.Document;
import org.wenshu.model.Paragraph;
import org.wenshu.model.Section;

/** Siblings of one marker kind under one parent are decided together (issue 13 items 1, 2). */
class RunDecisionTest {
    private static final String BODY = "这是一段足够长的正文，用来说明上面的标题确实是标题，而不是正文中的一句话，内容要写得长一些。";

    @Test
    void aLineEndingLikeAListItemAmongHeadingsIsAHeadingToo() {
        Document doc = parse("标题\n一、主要任务\n1、加强组织领导\n" + BODY + "\n2、负责统筹协调；\n" + BODY
                + "\n3、强化督导检查\n" + BODY + "\n");
        assertThat(headings(doc.sections().get(0).sections()))
                .containsExactly("1、加强组织领导", "2、负责统筹协调", "3、强化督导检查");
    }

    @Test
    void aHeadingShapedLineAmongListItemsIsAListItemToo() {
        Document doc = parse("标题\n一、整治内容\n" + BODY + "\n(一)产业用地综合绩效评估为C类的违法用地，我区涉及此类整治面积约300亩;\n"
                + "(二)不符合总体规划的违法用地，我区涉及此类整治面积约500亩;\n"
                + "(三)位于重点开发区域的违法用地，涉及奉贤新城区域、大吴泾区域等范围内的违法用地\n二、整治方式\n" + BODY + "\n");
        Section first = doc.sections().get(0);
        assertThat(first.sections()).isEmpty();
        assertThat(first.paragraphs()).extracting(Paragraph::marker).containsExactly(null, "(一)", "(二)", "(三)");
        assertThat(headings(doc.sections())).containsExactly("一、整治内容", "二、整治方式");
    }

    @Test
    void runInHeadingsOfOneRunAreCutTheSameWay() {
        String long1 = "（一）坚持系统观念和全局视野，统筹推进城乡区域协调发展，加强规划引领和政策协同：持续完善城乡融合发展体制机制。"
                + "推动各项政策落地见效。";
        Document doc = parse("标题\n一、基本原则\n" + long1 + "\n（二）坚持问题导向。聚焦群众急难愁盼问题，推动各项工作。\n"
                + "（三）坚持改革创新。以改革破解发展难题，持续激发活力。\n");
        assertThat(doc.sections().get(0).sections()).extracting(Section::heading).containsExactly(
                "坚持系统观念和全局视野，统筹推进城乡区域协调发展，加强规划引领和政策协同：持续完善城乡融合发展体制机制",
                "坚持问题导向", "坚持改革创新");
    }

    /** Numbering that runs on through several parents is one list: its majority decides every part of it. */
    @Test
    void numberingThatRunsOnUnderTheNextParentIsDecidedAsOneList() {
        String item = "对未按规定落实安全责任的企业，要依法责令整改，整改不到位的依法处罚，并纳入信用记录，持续跟踪督办落实";
        StringBuilder text = new StringBuilder("某某整治方案\n一、重点任务\n（一）排查生产经营风险\n");
        for (int n = 1; n <= 6; n++) {
            text.append(n).append('.').append(item).append("；\n");
        }
        text.append("（二）推进智能化建设\n7.提升充装信息化水平。督促企业完善信息系统，实现全程追溯。\n8.").append(item)
                .append("。\n（三）完善管理制度\n9.严格许可审批。规范事中事后监管，建立清出机制。\n");
        Document doc = parse(text.toString());
        for (Section parent : doc.sections().get(0).sections()) {
            assertThat(parent.sections()).as(parent.heading()).isEmpty();
            assertThat(parent.paragraphs()).allMatch(Paragraph::isListItem);
        }
        assertThat(doc.diagnostics()).noneMatch(d -> d.code().equals("numbering-gap"));
    }

    @Test
    void aListRunningOnUnderTheNextParentDoesNotUnmakeItsHeadingsThere() {
        String target = "通过盘活信贷资源、优化信贷结构，加强对重点战略、重点行业、重点项目的信贷支持，实现制造业贷款增速不低于各项贷款平均增速，"
                + "小微企业贷款增速不低于各项贷款平均增速，不良贷款率和关注类贷款占比保持基本稳定，服务实体经济质效进一步提升。";
        Document doc = parse("标题\n一、工作目标\n1." + target + "\n2." + target + "\n二、主要任务\n（一）振兴实体经济\n"
                + "3.强化融资保障。" + BODY + "\n4.推动产业改造。" + BODY + "\n（二）优化融资结构\n5.推动去产能。" + BODY
                + "\n6.支持去杠杆。" + BODY + "\n");
        assertThat(doc.sections().get(0).sections()).isEmpty();
        assertThat(headings(doc.sections().get(1).sections().get(0).sections())).containsExactly("3.强化融资保障", "4.推动产业改造");
        assertThat(headings(doc.sections().get(1).sections().get(1).sections())).containsExactly("5.推动去产能", "6.支持去杠杆");
    }

    /** A duty list: the majority's cut (the whole line) does not fit the lines of two sentences; the label before the colon fits all. */
    @Test
    void aRunWhoseLinesDoNotAllTakeTheMajorityCutIsCutWhereEveryLineCan() {
        Document doc = parse("标题\n三、工作职责\n(一)区发展改革委：负责公园绿地等建设项目的审批、投资政策制定等工作。\n"
                + "(二)区水务局：按照水务规划要求，结合河道整治实施河道两侧绿地建设。\n"
                + "(三)区交通委：加强市政道路配套绿地建设。优化道路断面，以适合林荫道路建设。\n"
                + "(四)区财政局：按照年度计划，落实区本级所需资金。\n四、保障措施\n" + BODY + "\n");
        Section duties = doc.sections().get(0);
        assertThat(duties.sections()).extracting(Section::heading)
                .containsExactly("区发展改革委：", "区水务局：", "区交通委：", "区财政局：");
        assertThat(duties.sections().get(2).paragraphs()).extracting(Paragraph::text)
                .containsExactly("加强市政道路配套绿地建设。优化道路断面，以适合林荫道路建设。");
    }

    /** A label and a long text after it is cut at the colon even where the whole line would fit a heading; a short pair is not. */
    @Test
    void aLabelWithItsTextIsCutAtTheColonAndAShortPairStaysWhole() {
        Document doc = parse("标题\n三、组织架构\n（一）工作领导小组：指导协调监管机构和工作推进专班开展工作，审议研究操作细则、配套实施细则和管理办法等\n"
                + "（二）工作推进专班：配合相关单位研究调研并拟定管理办法及配套实施细则，根据各自职能推动工作稳步落实\n"
                + "四、实施步骤\n（一）第一阶段：集中攻坚\n" + BODY + "\n（二）第二阶段：全面巩固提升\n" + BODY + "\n");
        assertThat(doc.sections().get(0).sections()).extracting(Section::heading).containsExactly("工作领导小组：", "工作推进专班：");
        assertThat(doc.sections().get(1).sections()).extracting(Section::heading)
                .containsExactly("第一阶段：集中攻坚", "第二阶段：全面巩固提升");
    }

    /** 二、 after 1. 2. 3. (一、 left out) continues a count begun above: it does not land under 3. */
    @Test
    void anOuterKindPastItsFirstOrdinalDoesNotNestUnderAnInnerOne() {
        Document doc = parse("某某局2025年工作总结\n今年以来，我局重点抓了以下几项工作。\n1.抓好党建引领。" + BODY + "\n2.抓好项目建设。"
                + BODY + "\n二、存在问题\n" + BODY + "\n三、工作打算\n（一）加强组织领导\n" + BODY + "\n");
        assertThat(headings(doc.sections())).containsExactly("1.抓好党建引领", "2.抓好项目建设", "二、存在问题", "三、工作打算");
        assertThat(headings(doc.sections().get(3).sections())).containsExactly("（一）加强组织领导");
        // a writer's own order, 1. over （一）, still nests: a new level starts at 1
        Document own = parse("标题\n1.工作回顾\n（一）加强组织领导\n" + BODY + "\n（二）强化督促落实\n" + BODY + "\n2.工作打算\n" + BODY + "\n");
        assertThat(headings(own.sections())).containsExactly("1.工作回顾", "2.工作打算");
        assertThat(headings(own.sections().get(0).sections())).containsExactly("（一）加强组织领导", "（二）强化督促落实");
    }

    @Test
    void anUnnumberedLineThatWouldSplitARunIsNotAHeading() {
        Document doc = parse("某某工作方案\n加强组织领导\n" + BODY + "\n（十）完善工作机制\n" + BODY + "\n健全考核评价办法\n" + BODY
                + "\n（十一）强化督导问效\n" + BODY + "\n");
        Section top = doc.sections().get(0);
        assertThat(headings(doc.sections())).containsExactly("加强组织领导");
        assertThat(headings(top.sections())).containsExactly("（十）完善工作机制", "（十一）强化督导问效");
        assertThat(top.sections().get(0).paragraphs()).extracting(Paragraph::text).contains("健全考核评价办法");
    }

    @Test
    void unnumberedHeadingsUnderANumberedOneStayItsChildren() {
        Document doc = parse("标题\n一、工作回顾\n" + BODY + "\n产业结构持续优化\n" + BODY + "\n创新能级显著提升\n" + BODY
                + "\n二、工作安排\n" + BODY + "\n");
        assertThat(headings(doc.sections().get(0).sections())).containsExactly("产业结构持续优化", "创新能级显著提升");
    }

    @Test
    void enumerationsAreParagraphsAllAlike() {
        Document doc = parse("标题\n一、工作回顾\n一是经济运行稳中有进。\n" + BODY + "\n二是产业结构持续优化，新动能加快成长。\n" + BODY
                + "\n三是改革开放深入推进。\n" + BODY + "\n");
        Section first = doc.sections().get(0);
        assertThat(first.sections()).isEmpty();
        assertThat(first.paragraphs()).extracting(Paragraph::text).startsWith("一是经济运行稳中有进。");
    }

    /**
     * One numbered list is one kind (issue 14 item 4): a notice's numbered paragraphs, of which one
     * is a long clause no cut makes a heading, are all paragraphs, not headings beside a list item.
     */
    @Test
    void numberedParagraphsAreOneKindWhenOneCannotBeAHeading() {
        String longClause = "各银行业金融机构应及时报告上述事项执行过程中遇到的重大情况与问题，认真梳理本机构在业务开展、"
                + "风险防控和内部管理等方面存在的薄弱环节并逐项整改，确保各项监管要求落到实处，同时做好相关数据的统计报送工作，"
                + "对工作中发现的新情况新问题及时研究提出意见建议，每季度末将工作开展情况书面报送我局"; // over 100, no early stop
        Document doc = parse("某某局关于做好有关工作的通知\n各有关单位：\n一、各机构要清醒认识新形势。及时采取有效措施，加快业务转型。\n"
                + "二、" + longClause + "。\n三、各机构要持续做好风险防范工作。严守风险底线，确保平稳运行。\n");
        assertThat(doc.sections()).isEmpty();
        assertThat(doc.preamble()).extracting(Paragraph::marker).containsExactly(null, "一、", "二、", "三、");
        assertThat(doc.diagnostics()).noneMatch(d -> d.code().startsWith("numbering"));
    }

    /** The last item of a 1.…；2.…；3.…。 list is an item like the others, not a heading over what follows. */
    @Test
    void theLastItemOfAListEndingInAFullStopIsNoHeading() {
        Document doc = parse("标题\n一、严格规范催收行为\n" + BODY + "\n催收时不得有下列行为：\n1.冒用行政机关名义实施催收；\n"
                + "2.采取恐吓、威胁等不正当手段实施催收；\n3.采用其他违法违规手段实施催收。\n" + BODY + "\n二、加强监督管理\n" + BODY + "\n");
        Section first = doc.sections().get(0);
        assertThat(first.sections()).isEmpty();
        assertThat(first.paragraphs()).extracting(Paragraph::marker).containsExactly(null, null, "1.", "2.", "3.", null);
    }

    /**
     * Inner lists are decided first: the sub-list's last item (ending in 。) is no sub-heading that
     * would keep the outer items headings beside an item that cannot be one.
     */
    @Test
    void anOuterListIsJudgedAfterItsInnerLists() {
        String longClause = "各机构应切实加强对外包催收行为的穿透式管理，定期开展催收工作合规性排查，通过常态化抽查录音录像、"
                + "回访客户和受理投诉等方式发现问题，对排查中发现的违规行为及时督促整改并依法依规追究相关人员的责任，"
                + "不得有下列行为";
        Document doc = parse("标题\n一、加强外包催收管理\n（一）各机构要审慎选择合作机构。坚持依法合规经营。\n（二）" + longClause
                + "\n1.冒用行政机关名义实施催收；\n2.采取恐吓、威胁等不正当手段实施催收；\n3.采用其他违法违规手段实施催收。\n"
                + "（三）各机构要做好风险防范工作。严守风险底线。\n");
        Section first = doc.sections().get(0);
        assertThat(first.sections()).isEmpty();
        assertThat(first.paragraphs()).extracting(Paragraph::marker).containsExactly("（一）", "（二）", "1.", "2.", "3.", "（三）");
    }
}
