package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.cli.OutlineText;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

class PdfReaderTest {
    private static final Path FILE = Path.of("材料.pdf");

    /**
     * The PDFs in {@code formats/} were printed by LibreOffice from a .docx made by
     * {@link FormatFixtureGenerator} ({@code .paged.docx}: first-line indents, a running header and
     * "— N —" page numbers). Compared with the .txt's outline, three things are ignored: line
     * numbers (a PDF numbers paragraphs, and has no blank lines), spaces (extraction cannot tell
     * a real space between Chinese characters from the gap Word and LibreOffice put between Chinese
     * and Latin text), and the PDF's own furniture diagnostics, which are checked separately.
     */
    @Test
    void aPrintedReportParsesToTheOutlineOfItsText() throws Exception {
        Wenshu wenshu = Wenshu.standard();
        for (String name : List.of("002_f62ea30a084066f1", "2026_河北省_政府工作报告")) {
            String pdf = outline(wenshu, FormatEquivalenceTest.resource("formats/" + name + ".pdf"));
            String txt = outline(wenshu, FormatEquivalenceTest.resource("corpus/" + name + ".txt"));
            assertThat(strip(pdf)).as(name).isEqualTo(strip(txt));
            assertThat(pdf).contains("已删除（pdf-page-number）页码").contains("页眉页脚").contains("某某县人民政府办公室");
        }
    }

    private static String outline(Wenshu wenshu, Path file) {
        return new OutlineText().write(wenshu.parse(file));
    }

    private static String strip(String outline) {
        return outline.lines()
                .filter(line -> !line.startsWith("文件：") && !line.contains("（pdf-"))
                .map(line -> line.replaceAll("\\bL\\d+\\b", "L#").replace(" ", ""))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void pageNumbersAndRunningHeadsAreDroppedWithADiagnostic() {
        List<List<PdfLine>> pages = List.of(
                List.of(line("内部资料", 1, 40), line("正文第一页。", 1, 100), line("— 1 —", 1, 800)),
                List.of(line("内部资料", 2, 40), line("正文第二页。", 2, 100), line("第2页", 2, 800)),
                List.of(line("内部资料", 3, 40), line("正文第三页。", 3, 100), line("3", 3, 800)),
                List.of(line("内部资料", 4, 40), line("正文第四页。", 4, 100), line("4/12", 4, 800)),
                List.of(line("内部资料", 5, 40), line("正文第五页。", 5, 100), line("－５－", 5, 800)),
                List.of(line("内部资料", 6, 40), line("正文第六页。", 6, 100), line("第 6 页 共 12 页", 6, 800)));
        PdfPageFurniture.Result result = new PdfPageFurniture().remove(pages);
        assertThat(result.pages().stream().flatMap(List::stream).map(PdfLine::text))
                .containsExactly("正文第一页。", "正文第二页。", "正文第三页。", "正文第四页。", "正文第五页。", "正文第六页。");
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly("furniture-removed");
        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("已删除（pdf-page-number）页码 6 处，如“— 1 —”", "已删除（pdf-running-head）页眉页脚 6 处：内部资料");
    }

    @Test
    void linesBrokenAtThePageWidthAreJoinedBackIntoParagraphs() {
        // left margin 72, right margin 530, 16 pt type; paragraphs open with a two-character indent
        List<PdfLine> lines = List.of(
                new PdfLine("一、总体要求", 1, 104, 200, 100, 16),
                new PdfLine("全年各项工作稳步推进，主要指标好于预期。全省生产总值增长", 1, 104, 530, 120, 16),
                new PdfLine("5.1%，一般公共预算收入增长", 1, 72, 470, 140, 16),
                new PdfLine("12.5%。这一句话恰好在行尾结束。", 1, 72, 530, 160, 16),
                new PdfLine("下一行没有缩进，所以还是同一段。", 1, 72, 330, 180, 16),
                new PdfLine("新的一段从缩进开始，行尾不满。", 1, 104, 400, 200, 16),
                new PdfLine("满行但下一行缩进，本段到此为止", 1, 104, 530, 220, 16),
                new PdfLine("又一段。", 1, 104, 170, 240, 16));
        List<SourceLine> paragraphs = new PdfParagraphs().join(List.of(lines));
        assertThat(paragraphs).extracting(SourceLine::text).containsExactly(
                "一、总体要求",
                "全年各项工作稳步推进，主要指标好于预期。全省生产总值增长5.1%，一般公共预算收入增长"
                        + "12.5%。这一句话恰好在行尾结束。下一行没有缩进，所以还是同一段。",
                "新的一段从缩进开始，行尾不满。",
                "满行但下一行缩进，本段到此为止",
                "又一段。");
        assertThat(paragraphs).extracting(SourceLine::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aLineLeftShortByPunctuationThatMayNotOpenOrEndALineContinues() {
        // ragged right edge at 522, 16 pt: "伐，" and "“盟" could not be split, so each line broke early
        List<PdfLine> lines = List.of(
                new PdfLine("“认真学习，最大的启发是在推动新时代工商", 1, 111, 522, 100, 16),
                new PdfLine("联工作中，要准确识变、科学应变、主动求变，紧跟时代步", 1, 79, 497, 129, 16),
                new PdfLine("伐，顺应实践发展，以新的理论指导新的实践。”强化能力、培养", 1, 79, 497, 158, 16),
                new PdfLine("“盟主”书记，以点带面为企业“传经送宝”。", 1, 79, 269, 187, 16),
                new PdfLine("新的一段。", 1, 111, 191, 216, 16));
        assertThat(new PdfParagraphs().join(List.of(lines))).extracting(SourceLine::text).containsExactly(
                "“认真学习，最大的启发是在推动新时代工商联工作中，要准确识变、科学应变、主动求变，紧跟时代步"
                        + "伐，顺应实践发展，以新的理论指导新的实践。”强化能力、培养“盟主”书记，以点带面为企业“传经送宝”。",
                "新的一段。");
    }

    @Test
    void aCentredSubtitleWrappedOverTwoLinesIsOneParagraph() {
        List<PdfLine> lines = List.of(
                new PdfLine("2026年北京市政府工作报告", 1, 170, 431, 128, 22),
                new PdfLine("——2026年1月25日在北京市第十六届人民代表大会第四次会议", 1, 84, 518, 183, 16),
                new PdfLine("上", 1, 293, 309, 212, 16),
                new PdfLine("北京市市长 殷勇", 1, 243, 358, 241, 16),
                new PdfLine("各位代表：", 1, 111, 190, 299, 16),
                new PdfLine("现在，我代表北京市人民政府，向大会报告政府工作，请予", 1, 111, 522, 328, 16),
                new PdfLine("审议，并请市政协委员提出意见。", 1, 79, 317, 357, 16),
                new PdfLine("一、2025年工作回顾", 1, 111, 253, 386, 16),
                new PdfLine("2025年是“十四五”规划收官之年。习近平总书记高度重视", 1, 111, 522, 415, 16),
                new PdfLine("首都工作，充分肯定纪念活动服务保障工作。", 1, 79, 400, 444, 16));
        assertThat(new PdfParagraphs().join(List.of(lines))).extracting(SourceLine::text).containsExactly(
                "2026年北京市政府工作报告", "——2026年1月25日在北京市第十六届人民代表大会第四次会议上", "北京市市长殷勇",
                "各位代表：", "现在，我代表北京市人民政府，向大会报告政府工作，请予审议，并请市政协委员提出意见。",
                "一、2025年工作回顾", "2025年是“十四五”规划收官之年。习近平总书记高度重视首都工作，充分肯定纪念活动服务保障工作。");
    }

    /**
     * Word's fixed line spacing sets 14 pt text on a 31 pt pitch (page 1): more than twice the type
     * size, yet the lines of a paragraph. Page 2 is set denser (12 pt on 18 pt) and separates its
     * paragraphs only by a wider gap, which the first page's pitch would hide: each page is measured
     * on its own lines.
     */
    @Test
    void eachPageIsJoinedByItsOwnLinePitch() {
        String full1 = "第二页用小一号的字排得更密，这一行一直写到了右边的页边为止";
        String full2 = "这一行也写满了整行，所在的段落还没有结束，仍然继续往下写";
        String full3 = "第三行同样写满整行的宽度，这一段到这里才结束了，句号在行尾。";
        String full4 = "新的一段没有首行缩进，只有段前的空白把它和上一段分开，写满";
        String full5 = "整行之后继续往下写，这一行仍然写满了整行的宽度，没有留下空";
        String full6 = "白，第三行也写满，直到这一段结束为止，句号正好落在行尾上。";
        List<PdfLine> page1 = List.of(
                new PdfLine("一、总体要求", 1, 118, 202, 100, 14),
                new PdfLine("全年各项工作稳步推进，主要指标好于预期，全省生产总值增长", 1, 118, 505, 131, 14),
                new PdfLine("百分之五点一，一般公共预算收入增长百分之十二点五，城乡居民", 1, 90, 505, 162, 14),
                new PdfLine("收入持续增加。", 1, 90, 188, 193, 14),
                new PdfLine("二、主要任务", 1, 118, 202, 224, 14),
                new PdfLine("坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建", 1, 118, 505, 255, 14),
                new PdfLine("新发展格局，着力推动高质量发展。", 1, 90, 320, 286, 14));
        List<PdfLine> page2 = List.of(
                new PdfLine(full1, 2, 90, 505, 100, 12),
                new PdfLine(full2, 2, 90, 505, 118, 12),
                new PdfLine(full3, 2, 90, 505, 136, 12),
                new PdfLine(full4, 2, 90, 505, 166, 12),
                new PdfLine(full5, 2, 90, 505, 184, 12),
                new PdfLine(full6, 2, 90, 505, 202, 12),
                new PdfLine("最后一行。", 2, 90, 150, 220, 12));
        assertThat(new PdfParagraphs().join(List.of(page1, page2))).extracting(SourceLine::text).containsExactly(
                "一、总体要求",
                "全年各项工作稳步推进，主要指标好于预期，全省生产总值增长百分之五点一，一般公共预算收入增长百分之十二点五，城乡居民收入持续增加。",
                "二、主要任务",
                "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。",
                full1 + full2 + full3,
                full4 + full5 + full6 + "最后一行。");
    }

    @Test
    void withoutIndentsAFullStopAtTheMarginEndsTheParagraph() {
        List<PdfLine> lines = List.of(
                new PdfLine("第一段写满了一整行，最后以句号结束。", 1, 72, 530, 100, 16),
                new PdfLine("第二段从页边开始，没有缩进，也写满了", 1, 72, 530, 120, 16),
                new PdfLine("一行才换行。", 1, 72, 170, 140, 16));
        assertThat(new PdfParagraphs().join(List.of(lines))).extracting(SourceLine::text).containsExactly(
                "第一段写满了一整行，最后以句号结束。", "第二段从页边开始，没有缩进，也写满了一行才换行。");
    }

    @Test
    void aScanWithoutATextLayerIsAnErrorThatSaysItIsAScan() throws Exception {
        byte[] scan;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(40, 60, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
                    org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, picture);
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 50, 50, 500, 700); // a scanned page: one picture, no text
                }
            }
            doc.addPage(new PDPage()); // and a blank back page
            doc.save(out);
            scan = out.toByteArray();
        }
        assertThatThrownBy(() -> new PdfReader().read(FILE, scan))
                .isInstanceOf(WenshuException.class)
                .hasMessage("材料.pdf：PDF 是扫描件（3 页中 2 页只有图像，没有文字层），请先做文字识别（OCR）或索要 Word 版");
    }

    @Test
    void aPdfWithNeitherTextNorImagesSaysItIsEmpty() throws Exception {
        byte[] drawing;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(100, 100, 300, 400); // lines and fills only
                content.fill();
            }
            doc.save(out);
            drawing = out.toByteArray();
        }
        assertThatThrownBy(() -> new PdfReader().read(FILE, drawing))
                .isInstanceOf(WenshuException.class)
                .hasMessage("材料.pdf：PDF 中没有文字，也没有图像（1 页都是空白或只有线条）");
    }

    @Test
    void aPasswordProtectedPdfAsksForThePasswordToBeRemoved() throws Exception {
        byte[] locked;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(out);
            locked = out.toByteArray();
        }
        assertThatThrownBy(() -> new PdfReader().read(FILE, locked))
                .isInstanceOf(WenshuException.class).hasMessageContaining("密码保护");
    }

    @Test
    void aDamagedPdfIsAOneLineError() {
        byte[] damaged = "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new PdfReader().read(FILE, damaged))
                .isInstanceOf(WenshuException.class).hasMessageStartingWith("材料.pdf：");
    }

    private static PdfLine line(String text, int page, float baseline) {
        return new PdfLine(text, page, 72, 72 + 16 * text.length(), baseline, 16);
    }

    /**
     * A page whose content stream is damaged part-way (a flipped run of bytes in the compressed
     * data): PDFBox reads what it can decode and says so only in its log, so the reader warns that
     * text may be missing; the sound file gets no such warning.
     */
    @Test
    void aDamagedContentStreamIsReadAsFarAsItGoesWithAWarning() throws Exception {
        byte[] sound = java.nio.file.Files.readAllBytes(Path.of("src/test/resources/formats/2026_河北省_政府工作报告.pdf"));
        SourceText whole = new PdfReader().read(FILE, sound);
        assertThat(whole.diagnostics()).extracting(Diagnostic::code).doesNotContain("pdf-stream-damaged");
        byte[] raw;
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(sound)) {
            org.apache.pdfbox.cos.COSStream contents = pdf.getPage(0).getContentStreams().next().getCOSObject();
            assertThat(contents.getFilters()).hasToString("COSName{FlateDecode}");
            try (java.io.InputStream in = contents.createRawInputStream()) {
                raw = in.readAllBytes();
            }
        }
        int at = indexOf(sound, raw);
        assertThat(at).as("the first page's compressed content in the file").isPositive();
        byte[] damaged = sound.clone();
        for (int i = at + raw.length / 2; i < at + raw.length / 2 + 16; i++) {
            damaged[i] ^= 0x5a;
        }
        SourceText read = new PdfReader().read(FILE, damaged);
        assertThat(read.diagnostics()).filteredOn(d -> d.code().equals("pdf-stream-damaged")).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(org.wenshu.model.Severity.WARNING))
                .extracting(Diagnostic::message).asString().contains("1 个数据流", "文字可能不全");
        int soundCharacters = whole.lines().stream().mapToInt(line -> line.text().length()).sum();
        assertThat(read.lines().stream().mapToInt(line -> line.text().length()).sum()).isLessThan(soundCharacters);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * A damaged PDF PDFBox can still read (it searches the bytes for objects in its lenient mode)
     * is read with a warning naming the damage, since text may be missing; a sound one gets none.
     */
    @Test
    void aDamagedPdfThatCanStillBeReadIsReadWithAWarning() throws Exception {
        byte[] sound = java.nio.file.Files.readAllBytes(Path.of("src/test/resources/formats/2026_河北省_政府工作报告.pdf"));
        assertThat(new PdfReader().read(FILE, sound).diagnostics()).extracting(Diagnostic::code).doesNotContain("pdf-repaired");

        List<String> soundLines = new PdfReader().read(FILE, sound).lines().stream().map(SourceLine::text).toList();
        String text = new String(sound, StandardCharsets.ISO_8859_1);

        // an interrupted download: the last bytes (cross-reference table, trailer, %%EOF) are missing
        byte[] truncated = java.util.Arrays.copyOf(sound, text.lastIndexOf("\nxref"));
        SourceText cut = new PdfReader().read(FILE, truncated);
        assertThat(cut.lines()).extracting(SourceLine::text).containsExactlyElementsOf(soundLines);
        assertThat(cut.diagnostics()).filteredOn(d -> d.code().equals("pdf-repaired")).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(org.wenshu.model.Severity.WARNING))
                .extracting(Diagnostic::message).asString().contains("截断", "文字可能不全");

        // the end intact, the cross-reference offset wrong: every object has to be searched for
        int at = text.lastIndexOf("startxref") + "startxref".length();
        java.util.regex.Matcher offset = java.util.regex.Pattern.compile("\\s*(\\d+)").matcher(text).region(at, text.length());
        assertThat(offset.lookingAt()).isTrue();
        String wrong = String.valueOf(Long.parseLong(offset.group(1)) / 2);
        byte[] moved = (text.substring(0, offset.start(1)) + wrong + text.substring(offset.end(1))).getBytes(StandardCharsets.ISO_8859_1);
        SourceText searched = new PdfReader().read(FILE, moved);
        assertThat(searched.lines()).extracting(SourceLine::text).containsExactlyElementsOf(soundLines);
        assertThat(searched.diagnostics()).extracting(Diagnostic::message)
                .contains("PDF 文件已损坏（交叉引用表或对象结构有误），已尽量修复后读取，文字可能不全；请与原件核对或索要完好的文件");
    }
}
