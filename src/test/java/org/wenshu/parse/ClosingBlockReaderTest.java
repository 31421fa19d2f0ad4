package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenshu.parse.ParseFixtures.parse;

import org.junit.jupiter.api.Test;
import org.wenshu.model.Document;
import org.wenshu.model.Section;

/** The closing block (落款, 成文日期, 附注) of an official document goes to meta, wherever it stands. */
class ClosingBlockReaderTest {
    private static final String BODY = "为进一步做好有关工作，现将有关事项通知如下，请结合实际认真贯彻执行。";

    @Test
    void datesInChineseNumeralsAreSignDates() {
        assertThat(ClosingBlockReader.isoDate("二○○七年四月九日")).isEqualTo("2007-04-09");
        assertThat(ClosingBlockReader.isoDate("二〇二六年一月五日")).isEqualTo("2026-01-05");
        assertThat(ClosingBlockReader.isoDate("二〇一九年十二月二十一日")).isEqualTo("2019-12-21");
        assertThat(ClosingBlockReader.isoDate("2024年11月 21日")).isEqualTo("2024-11-21");
        assertThat(ClosingBlockReader.isSignDate("二〇二六年十三月五日")).isTrue();
        assertThat(ClosingBlockReader.isoDate("二〇二六年十三月五日")).isNull();
    }

    @Test
    void isoDatesHaveAsciiDigitsWhateverTheDefaultLocale() {
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        try {
            // String.format wrote the locale's own digits here (٢٠٠٧-٠٤-٠٩)
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.forLanguageTag("ar-EG"));
            assertThat(ClosingBlockReader.isoDate("二○○七年四月九日")).isEqualTo("2007-04-09");
            assertThat(ClosingBlockReader.isoDate("2024年1月 2日")).isEqualTo("2024-01-02");
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
    }

    @Test
    void aClosingBlockInChineseNumeralsAtTheEnd() {
        Document doc = parse("某某局关于开展安全检查的通知\n\n各有关单位：\n" + BODY + "\n某某局\n二〇二六年一月五日\n");
        assertThat(doc.meta().fields()).containsEntry("signature", "某某局").containsEntry("signed", "二〇二六年一月五日")
                .containsEntry("date", "2026-01-05");
        assertThat(doc.preamble()).extracting(p -> p.text()).containsExactly("各有关单位：", BODY);
    }

    @Test
    void aClosingBlockAboveTheAttachmentsLeavesTheNoticeBody() {
        Document doc = parse("某某局关于报送年度统计数据的通知\n\n各有关单位：\n" + BODY + "\n某某局\n二○○七年四月九日\n"
                + "（此件主动公开）\n附件1\n年度统计数据报送表\n填表说明：请于每年一月底前报送。\n");
        assertThat(doc.meta().fields()).containsEntry("signature", "某某局").containsEntry("date", "2007-04-09")
                .containsEntry("note", "（此件主动公开）");
        assertThat(doc.preamble()).extracting(p -> p.text()).containsExactly("各有关单位：", BODY);
        assertThat(doc.sections()).extracting(Section::kind).contains(Section.Kind.ATTACHMENT);
    }

    @Test
    void anAttachmentListOrAClosingFormulaAboveTheDateIsNoSignature() {
        Document doc = parse("某某局关于印发《某某工作指引》的通知\n\n各有关单位：\n" + BODY + "\n附件：某某工作指引\n二○○七年四月九日\n");
        assertThat(doc.meta().fields()).doesNotContainKey("signature").containsEntry("date", "2007-04-09");
        Document formula = parse("某某局关于开展安全检查的通知\n\n各有关单位：\n" + BODY + "\n特此通知\n2009年10月21日\n");
        assertThat(formula.meta().fields()).doesNotContainKey("signature");
        assertThat(formula.preamble()).extracting(p -> p.text()).contains("特此通知");
    }
}
