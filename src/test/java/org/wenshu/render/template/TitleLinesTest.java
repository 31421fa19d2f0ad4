package org.wenshu.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleLinesTest {

    @Test
    void shortTitleStaysOnOneLine() {
        assertThat(TitleLines.of("2026年北京市政府工作报告", 20)).containsExactly("2026年北京市政府工作报告");
    }

    @Test
    void longSubtitleBreaksNearTheMiddleNotLeavingOneCharacter() {
        List<String> lines = TitleLines.of("——2026年1月25日在北京市第十六届人民代表大会第四次会议上", 28);
        assertThat(lines).hasSize(2);
        assertThat(String.join("", lines)).isEqualTo("——2026年1月25日在北京市第十六届人民代表大会第四次会议上");
        assertThat(lines.get(1).length()).isGreaterThan(5);
        assertThat(lines.get(0)).doesNotEndWith("202");
    }

    @Test
    void neverBreaksInsideNumbersOrBeforeClosingPunctuation() {
        String title = "关于印发《2026年度全市基层党组织建设工作要点》和《重点任务清单》的通知";
        List<String> lines = TitleLines.of(title, 20);
        assertThat(String.join("", lines)).isEqualTo(title);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i)).doesNotStartWith("》").doesNotStartWith("，");
            assertThat(lines.get(i - 1)).doesNotEndWith("《");
            assertThat(Character.isDigit(lines.get(i - 1).charAt(lines.get(i - 1).length() - 1))).isFalse();
        }
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
    }

    @Test
    void upperLineIsNotShorterThanTheLowerInATwoLineTitle() {
        List<String> lines = TitleLines.of("关于进一步加强和改进新时代基层治理体系和治理能力现代化建设的实施意见", 20);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).length()).isGreaterThanOrEqualTo(lines.get(1).length() - 2);
    }

    @Test
    void aDashStartsTheSecondLineRatherThanAWordBeingSplit() {
        assertThat(TitleLines.of("北京、福建、山东、宁夏推进第二批主题教育——扎实整改，让群众有更多获得感", 20))
                .containsExactly("北京、福建、山东、宁夏推进第二批主题教育", "——扎实整改，让群众有更多获得感");
    }

    @Test
    void theWordsOfAnOfficialTitleStayWhole() {
        String title = "上海市住房和城乡建设管理委员会关于印发《上海市CIM底座建设三年行动计划（2025-2027年）》的通知";
        List<String> lines = TitleLines.of(title, 19);
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(lines.get(0)).isEqualTo("上海市住房和城乡建设管理委员会");
        assertThat(lines.get(1)).startsWith("关于印发");
        for (int i = 1; i < lines.size(); i++) {
            String joint = lines.get(i - 1).substring(lines.get(i - 1).length() - 1) + lines.get(i).charAt(0);
            assertThat(joint).isNotIn("关于", "于印", "通知", "委员", "员会");
        }
    }
}
