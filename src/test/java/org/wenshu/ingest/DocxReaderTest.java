package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wenshu.ingest.MinimalDocx.numbered;
import static org.wenshu.ingest.MinimalDocx.p;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

class DocxReaderTest {
    private static final Path FILE = Path.of("材料.docx");
    private static final String BODY = "这是一段足够长的正文，用来说明上面的标题确实是标题，而不是正文中的一句话。";
    private static final String LEVELS = "<w:abstractNum w:abstractNumId=\"0\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%2）\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%3.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%3.%4\"/></w:lvl>"
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
            + "<w:lvlText w:val=\"\u25CF\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/><w:lvlOverride w:ilvl=\"0\">"
            + "<w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"0\"/></w:num>";

    private static List<String> texts(byte[] docx) {
        return new DocxReader().read(FILE, docx).lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void automaticNumberingBecomesTheMarkersAReaderSees() {
        byte[] docx = new MinimalDocx().numbering(LEVELS).body(
                numbered("1", 0, "总体要求") + numbered("1", 1, "指导思想") + numbered("1", 2, "第一点")
                + numbered("1", 2, "第二点") + numbered("1", 3, "细目") + numbered("1", 1, "工作目标")
                + numbered("1", 2, "重新计数") + numbered("1", 0, "主要任务") + numbered("1", 1, "下级重新计数")
                + numbered("2", 0, "另一个列表从五开始") + numbered("3", 0, "圆点不算编号")).bytes();
        assertThat(texts(docx)).containsExactly("一、总体要求", "（一）指导思想", "1.第一点", "2.第二点", "一.2.1\u3000细目",
                "（二）工作目标", "1.重新计数", "二、主要任务", "（一）下级重新计数", "五、另一个列表从五开始", "圆点不算编号");
    }

    @Test
    void theSeparatorAfterAnAutomaticNumberIsKept() {
        String levels = "<w:abstractNum w:abstractNumId=\"0\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:suff w:val=\"space\"/>"
                + "<w:lvlText w:val=\"%1.%2\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:suff w:val=\"nothing\"/>"
                + "<w:lvlText w:val=\"%1.%2.%3\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%4.\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        byte[] docx = new MinimalDocx().numbering(levels).body(numbered("1", 0, "引言") + numbered("1", 1, "范围")
                + numbered("1", 2, "术语") + numbered("1", 3, "定义")).bytes();
        // a tab (Word's default) reads as a full-width space; a marker with its own stop needs none
        assertThat(texts(docx)).containsExactly("1\u3000引言", "1.1 范围", "1.1.1术语", "1.定义");
    }

    @Test
    void chineseCountingGoesPastTen() {
        assertThat(WordNumbering.format(10, "chineseCounting")).isEqualTo("十");
        assertThat(WordNumbering.format(12, "chineseCounting")).isEqualTo("十二");
        assertThat(WordNumbering.format(20, "chineseCounting")).isEqualTo("二十");
        assertThat(WordNumbering.format(3, "decimalEnclosedCircle")).isEqualTo("③");
        assertThat(WordNumbering.format(2, "ideographTraditional")).isEqualTo("乙");
    }

    @Test
    void headingStylesAndOutlineLevelsSetTheHeadingLevel() {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Title\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"mine\"><w:name w:val=\"我的标题\"/>"
                + "<w:basedOn w:val=\"1\"/></w:style>";
        byte[] docx = new MinimalDocx().styles(styles).body(
                "<w:p><w:pPr><w:pStyle w:val=\"a3\"/></w:pPr><w:r><w:t>年度工作总结</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"mine\"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>"
                + p(BODY)
                + "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>主要做法</w:t></w:r></w:p>"
                + p(BODY)).bytes();
        List<SourceLine> lines = new DocxReader().read(FILE, docx).lines();
        assertThat(lines).extracting(SourceLine::headingLevel).containsExactly(0, 1, null, 2, null);
        Document doc = Wenshu.standard().parse(new SourceText(FILE, lines, List.of())).get(0);
        assertThat(doc.title()).isEqualTo("年度工作总结");
        assertThat(doc.sections().get(0).heading()).isEqualTo("总体情况");
        assertThat(doc.sections().get(0).sections().get(0).heading()).isEqualTo("主要做法");
    }

    @Test
    void tablesStayTablesAndLineNumbersArePararaphOrdinals() {
        String table = "<w:tbl><w:tr><w:tc>" + p("项目") + "</w:tc><w:tc>" + p("完成情况") + "</w:tc></w:tr>"
                + "<w:tr><w:tc>" + p("民生实事") + "</w:tc><w:tc>" + p("10件") + p("全部完成") + "</w:tc></w:tr></w:tbl>";
        byte[] docx = new MinimalDocx().body(p("一、完成情况") + "<w:p/>" + table + p(BODY)).bytes();
        List<SourceLine> lines = new DocxReader().read(FILE, docx).lines();
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 2, 3, 4);
        assertThat(lines.get(2).table()).containsExactly(List.of("项目", "完成情况"), List.of("民生实事", "10件 全部完成"));
        assertThat(lines.get(2).text()).isEqualTo("项目\t完成情况 民生实事\t10件 全部完成");
    }

    @Test
    void aOneCellTableIsAFrameAroundParagraphs() {
        byte[] docx = new MinimalDocx().body("<w:tbl><w:tr><w:tc>" + p("一、框里的标题") + p(BODY)
                + "</w:tc></w:tr></w:tbl>").bytes();
        assertThat(texts(docx)).containsExactly("一、框里的标题", BODY);
    }

    @Test
    void textBoxesDeletedAndHiddenTextAndTheTableOfContentsAreLeftOut() {
        String textBox = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
                + "<w:txbxContent>" + p("文本框里的字") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
                + "</mc:AlternateContent></w:r>";
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>";
        byte[] docx = new MinimalDocx().styles(styles).body(
                "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr><w:r><w:t>一、总体情况\t1</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>正文</w:t></w:r>" + textBox + "<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的</w:t></w:r>"
                + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>继续</w:t></w:r></w:p>").bytes();
        SourceText text = new DocxReader().read(FILE, docx);
        assertThat(text.lines()).extracting(SourceLine::text).containsExactly("正文继续");
        assertThat(text.diagnostics()).extracting(d -> d.code())
                .containsExactly("furniture-removed", "text-box-skipped");
    }

    @Test
    void manualLineBreaksSplitBodyTextButNotHeadings() {
        byte[] docx = new MinimalDocx().body("<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>标题前半</w:t><w:br/><w:t>后半</w:t></w:r></w:p>")
                .bytes();
        List<SourceLine> lines = new DocxReader().read(FILE, docx).lines();
        assertThat(lines).extracting(SourceLine::text).containsExactly("第一行", "第二行", "标题前半后半");
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 1, 2);
    }

    @Test
    void headersFootersAndFootnotesStayOutOfTheBody() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("页眉文字");
            policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun().setText("— 1 —");
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("正文一段");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("脚注文字");
            body.addFootnoteReference(note);
            doc.write(out);
            docx = out.toByteArray();
        }
        assertThat(texts(docx)).containsExactly("正文一段");
    }

    @Test
    void numberingLinkedToAHeadingStyleCountsToo() {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        byte[] docx = new MinimalDocx().numbering(LEVELS).styles(styles).body(
                "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>" + p(BODY)
                + "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>主要任务</w:t></w:r></w:p>" + p(BODY)).bytes();
        List<SourceLine> lines = new DocxReader().read(FILE, docx).lines();
        assertThat(lines).extracting(SourceLine::text).containsExactly("一、总体要求", BODY, "二、主要任务", BODY);
        assertThat(lines).extracting(SourceLine::headingLevel).containsExactly(1, null, 1, null);
    }

    @Test
    void aLoneHeadingOneOpeningTheDocumentIsItsTitle() {
        String styles = "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"heading 2\"/></w:style>";
        byte[] docx = new MinimalDocx().styles(styles).body(
                "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>年度工作总结</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"2\"/></w:pPr><w:r><w:t>总体情况</w:t></w:r></w:p>" + p(BODY)
                + "<w:p><w:pPr><w:pStyle w:val=\"2\"/></w:pPr><w:r><w:t>存在问题</w:t></w:r></w:p>" + p(BODY)).bytes();
        List<SourceLine> lines = new DocxReader().read(FILE, docx).lines();
        assertThat(lines).extracting(SourceLine::headingLevel).containsExactly(0, 1, null, 1, null);
        Document doc = Wenshu.standard().parse(new SourceText(FILE, lines, List.of())).get(0);
        assertThat(doc.title()).isEqualTo("年度工作总结");
        assertThat(doc.sections()).extracting(s -> s.heading()).containsExactly("总体情况", "存在问题");
    }

    @Test
    void aDocumentWhoseTextIsAllInTextBoxesSaysSo() {
        String textBox = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
                + "<w:txbxContent>" + p("文本框里的正文") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
                + "</mc:AlternateContent></w:r></w:p>";
        byte[] docx = new MinimalDocx().body(textBox).bytes();
        assertThatThrownBy(() -> new DocxReader().read(FILE, docx)).isInstanceOf(WenshuException.class)
                .hasMessage("材料.docx：正文都在文本框里，wenshu 不读文本框；请把文字移出文本框后再试");
    }

    @Test
    void listsSharingADefinitionContinueOneCountAsInWord() {
        byte[] docx = new MinimalDocx().numbering(LEVELS).body(
                numbered("1", 0, "甲") + numbered("1", 0, "乙") + numbered("4", 0, "另一个列表接着数")
                + numbered("2", 0, "从五重新开始") + numbered("1", 0, "回到第一个列表") + numbered("2", 0, "不再重新开始"))
                .bytes();
        assertThat(texts(docx)).containsExactly("一、甲", "二、乙", "三、另一个列表接着数", "五、从五重新开始",
                "六、回到第一个列表", "七、不再重新开始");
    }

    @Test
    void aListThatLinksToAListStyleTakesTheStylesLevels() {
        String numbering = "<w:abstractNum w:abstractNumId=\"6\"><w:styleLink w:val=\"ChapterList\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
                + "<w:lvlText w:val=\"第%1章\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"5\"><w:numStyleLink w:val=\"ChapterList\"/></w:abstractNum>"
                + "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"6\"/></w:num>"
                + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"5\"/></w:num>";
        String styles = "<w:style w:type=\"numbering\" w:styleId=\"ChapterList\"><w:name w:val=\"章节列表\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"6\"/></w:numPr></w:pPr></w:style>";
        byte[] docx = new MinimalDocx().numbering(numbering).styles(styles)
                .body(numbered("7", 0, "总则") + numbered("6", 0, "分则")).bytes();
        // Word shows its default tab after the number
        assertThat(texts(docx)).containsExactly("第一章\u3000总则", "第二章\u3000分则");
    }
}
