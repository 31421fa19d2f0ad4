package org.wenshu.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.layout.HeadingPages;
import org.wenshu.render.theme.Theme;
import org.xml.sax.InputSource;

/**
 * The DOCX package the writer puts together without POI's object model, read back with POI: the
 * same bytes for the same input, entries in a fixed order stamped with the ZIP epoch, every part
 * well-formed, text that needs escaping intact, and the unnumbered tail of an official document
 * (its own section with empty footers after the numbered pages).
 */
class DocxPackageTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T08:30:15.250Z");
    private static final String XHTML = """
            <html xmlns="http://www.w3.org/1999/xhtml"><head><title>标题 &lt;一&gt;</title>
            <meta name="author" content="甲 &amp; 乙"/><meta name="keywords" content="k1, k2"/></head><body>
            <h1 class="title">关于 A&amp;B 的&#8220;通知&#8221;</h1>
            <p>  正文 &lt;甲&gt; &amp; "乙"　</p>
            <p>第二段<br/>换行</p>
            <div class="imprint page-foot even-page">
            <p class="imprint-copy" data-right-chars="1">抄送：某某单位。</p>
            <p class="imprint-line" data-right-chars="1"><span class="split"><span class="left">某某办公室</span><span class="right">2025年8月13日印发</span></span></p>
            </div></body></html>
            """;

    private static Theme theme;

    @BeforeAll
    static void theme() {
        theme = RenderSetup.resolve("official", Path.of(""), Map.of(), Map.of(), CREATED, new FontCache()).theme();
    }

    private static byte[] render(HeadingPages pages) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xhtml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(XHTML)));
        return new DocxRenderer(theme).render(xhtml, pages, CREATED);
    }

    private static HeadingPages blankPageBeforeImprint() {
        return new HeadingPages(Map.of(), 4, 0, List.of("page-foot"));
    }

    @Test
    void sameInputGivesTheSameBytesWithFixedEntries() throws Exception {
        byte[] first = render(blankPageBeforeImprint());
        assertThat(render(blankPageBeforeImprint())).isEqualTo(first);
        List<String> names = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
                byte[] part = zip.readAllBytes();
                // every part is well-formed XML
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(part));
                if (entry.getName().equals("[Content_Types].xml")) {
                    String types = new String(part, StandardCharsets.UTF_8);
                    for (String name : List.of("/word/document.xml", "/word/styles.xml", "/word/settings.xml",
                            "/word/footer1.xml", "/word/footer4.xml", "/docProps/core.xml", "/docProps/app.xml")) {
                        assertThat(types).contains("PartName=\"" + name + "\"");
                    }
                }
            }
        }
        assertThat(names).containsExactly("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                "word/document.xml", "word/_rels/document.xml.rels", "word/footer1.xml", "word/footer2.xml",
                "word/footer3.xml", "word/footer4.xml", "word/settings.xml", "word/styles.xml");
    }

    @Test
    void textAndPropertiesThatNeedEscapingReadBackIntact() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(render(null)))) {
            List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            // ends of a block are trimmed (ideographic space included), inner text is kept as given
            assertThat(texts).contains("关于 A&B 的\u201C通知\u201D", "正文 <甲> & \"乙\"", "第二段\n换行");
            var core = docx.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("标题 <一>");
            assertThat(core.getCreator()).isEqualTo("甲 & 乙");
            assertThat(core.getKeywords()).isEqualTo("k1, k2");
            assertThat(core.getCreated().toInstant()).isEqualTo(Instant.parse("2026-01-01T08:30:15Z"));
            assertThat(docx.getProperties().getExtendedProperties().getApplication()).isEqualTo("wenshu");
            // the styles part is the one the style writer made: real styles with names, based on Normal
            assertThat(docx.getStyles().getStyle("Title").getName()).isNotBlank();
            assertThat(docx.getStyles().getStyle("Title").getBasisStyleID()).isEqualTo("Normal");
            assertThat(docx.getSettings().getEvenAndOddHeadings()).isTrue();
        }
    }

    @Test
    void pagesAfterTheBlankOneAreASectionWithEmptyFooters() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(render(blankPageBeforeImprint())))) {
            List<XWPFFooter> footers = docx.getFooterList();
            assertThat(footers).hasSize(4);
            assertThat(footers.subList(0, 2)).allSatisfy(f -> assertThat(f.getText()).contains("—"));
            assertThat(footers.subList(2, 4)).allSatisfy(f -> assertThat(f.getText()).isBlank());
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            // the body's last paragraph closes the numbered section with the page-number footers
            XWPFParagraph numberedEnd = paragraphs.stream().filter(p -> p.getText().equals("第二段\n换行")).findFirst().orElseThrow();
            var numbered = numberedEnd.getCTP().getPPr().getSectPr();
            assertThat(numbered.sizeOfFooterReferenceArray()).isEqualTo(2);
            assertThat(List.of(numbered.getFooterReferenceArray(0).getId(), numbered.getFooterReferenceArray(1).getId()))
                    .containsExactly("rId3", "rId4");
            var last = docx.getDocument().getBody().getSectPr();
            assertThat(List.of(last.getFooterReferenceArray(0).getId(), last.getFooterReferenceArray(1).getId()))
                    .containsExactly("rId5", "rId6");
            // then the empty page, and the 版记 in frames anchored to the bottom margin
            int end = paragraphs.indexOf(numberedEnd);
            assertThat(paragraphs.get(end + 1).isPageBreak()).isTrue();
            XWPFParagraph copy = paragraphs.stream().filter(p -> p.getText().startsWith("抄送")).findFirst().orElseThrow();
            XWPFParagraph line = paragraphs.stream().filter(p -> p.getText().startsWith("某某办公室")).findFirst().orElseThrow();
            assertThat(line.getText()).isEqualTo("某某办公室\t2025年8月13日印发");
            assertThat(copy.getCTP().getPPr().getFramePr().getVAnchor().toString()).isEqualTo("margin");
            assertThat(((java.math.BigInteger) copy.getCTP().getPPr().getFramePr().getY()).longValue())
                    .isLessThan(((java.math.BigInteger) line.getCTP().getPPr().getFramePr().getY()).longValue());
        }
    }

    @Test
    void withoutABlankPageTheDocumentHasOneSectionAndTwoFooters() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(render(null)))) {
            assertThat(docx.getFooterList()).hasSize(2);
            assertThat(docx.getParagraphs()).noneMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr());
        }
    }

    /**
     * A text file to DOCX loads none of POI's DOCX object model (XWPF) or XMLBeans and its schema
     * classes: they were a third of a cold DOCX render's CPU in class loading and JIT compiling.
     */
    @Test
    void renderingADocxLoadsNoXmlBeans(@TempDir Path out) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-verbose:class", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.wenshu.cli.Main", "render", "--template", "document",
                "--to", "docx", "-o", out.toString(), "src/test/resources/corpus/002_f62ea30a084066f1.txt")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        Pattern classLoad = Pattern.compile("\\[class,load\\] (\\S+) ");
        List<String> loaded = output.lines().map(classLoad::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
        assertThat(loaded).contains("org.wenshu.render.docx.WordPackage")
                .noneMatch(name -> name.startsWith("org.apache.xmlbeans.") || name.startsWith("org.openxmlformats.")
                        || name.startsWith("org.apache.poi.xwpf.") || name.startsWith("org.apache.poi.ooxml."));
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("002_f62ea30a084066f1.docx");
        }
    }

    /** Indents in characters and twips, hanging or first-line, as POI reads them back. */
    @Test
    void indentsInCharactersReadBack() throws Exception {
        WordPackage document = new WordPackage();
        new DocxStyleWriter(theme).write(document);
        WordParagraph hanging = document.addParagraph().style("TOC2");
        hanging.indentLeft(300, 948);
        hanging.hanging(200, 632);
        hanging.add(WordRun.text("（一）条目"));
        WordParagraph flush = document.addParagraph().style("TOC1");
        flush.firstLine(0, 0);
        flush.add(WordRun.text("一、条目"));
        new DocxPageWriter(theme).write(document, false);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document.toBytes()))) {
            var first = docx.getParagraphs().get(0).getCTP().getPPr().getInd();
            assertThat(first.getLeftChars().intValue()).isEqualTo(300);
            assertThat(((java.math.BigInteger) first.getLeft()).intValue()).isEqualTo(948);
            assertThat(first.getHangingChars().intValue()).isEqualTo(200);
            assertThat(((java.math.BigInteger) first.getHanging()).intValue()).isEqualTo(632);
            assertThat(first.isSetFirstLine()).isFalse();
            var second = docx.getParagraphs().get(1).getCTP().getPPr().getInd();
            assertThat(second.getFirstLineChars().intValue()).isZero();
            assertThat(((java.math.BigInteger) second.getFirstLine()).intValue()).isZero();
            assertThat(docx.getParagraphs().get(1).getStyle()).isEqualTo("TOC1");
        }
    }
}
