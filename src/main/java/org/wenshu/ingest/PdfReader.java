package org.wenshu.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;
import org.wenshu.model.LimitExceededException;
import org.wenshu.model.WenshuException;
import org.wenshu.model.Wording;

/**
 * A PDF's text layer (Apache PDFBox): lines in reading order, page numbers and running headers
 * and footers dropped with a diagnostic, lines broken at the page width joined back into
 * paragraphs. Line numbers are paragraph ordinals. A PDF without text (a scan) is an error.
 */
public final class PdfReader implements SourceReader {
    /**
     * Streams (other than images) decoding beyond this in total are a compression bomb, not a
     * document: 1,000 pages of text is ~50 MB of content, fonts add a few MB.
     */
    static final long MAX_CONTENT_BYTES = 256L * 1024 * 1024;

    @Override
    public boolean accepts(Path path, byte[] head) {
        boolean magic = head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F'
                && head[4] == '-';
        return magic || path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public SourceText read(Path path, byte[] content) {
        List<List<PdfLine>> pages;
        int imagePages = 0;
        int pageCount = 0;
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (PDDocument document = load(content, diagnostics)) {
            int damaged = checkContentSize(path, document);
            if (damaged > 0) {
                diagnostics.add(Diagnostic.warning("pdf-stream-damaged", 0, "pdfStreamDamaged", damaged));
            }
            pages = new PdfLineCollector().read(document);
            if (pages.stream().allMatch(List::isEmpty)) {
                pageCount = document.getNumberOfPages();
                int[] budget = {MAX_XOBJECTS_VISITED};
                for (PDPage page : document.getPages()) {
                    imagePages += hasImage(page.getResources(), 0, budget) ? 1 : 0;
                }
            }
        } catch (WenshuException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new WenshuException(path + "：PDF 文件设有密码保护，请去掉密码后再试", e).translatable(path, "pdfPassword");
        } catch (IOException | RuntimeException e) {
            throw new WenshuException(path + "：无法读取 PDF 文件（文件损坏或不完整）", e).translatable(path, "pdfDamaged");
        }
        if (pages.stream().allMatch(List::isEmpty)) {
            if (imagePages > 0) {
                throw new WenshuException(path + "：PDF 是扫描件（" + pageCount + " 页中 " + imagePages
                        + " 页只有图像，没有文字层），请先做文字识别（OCR）或索要 Word 版")
                        .translatable(path, "pdfScan", pageCount, imagePages);
            }
            throw new WenshuException(path + "：PDF 中没有文字，也没有图像（" + pageCount + " 页都是空白或只有线条）")
                    .translatable(path, "pdfBlank", pageCount);
        }
        PdfPageFurniture.Result furniture = new PdfPageFurniture().remove(pages);
        List<SourceLine> lines = new PdfParagraphs().join(furniture.pages());
        diagnostics.addAll(furniture.diagnostics());
        return new SourceText(path, lines, diagnostics);
    }

    /**
     * The document, parsed strictly first. PDFBox repairs a damaged file in its lenient mode (a
     * truncated file, a broken cross-reference table: it searches the bytes for objects) and says
     * so only in its log, which is off: when only the lenient parse succeeds, the user is warned
     * that the text may be incomplete. A sound file is parsed once.
     */
    private static PDDocument load(byte[] content, List<Diagnostic> diagnostics) throws IOException {
        RandomAccessReadBuffer source = new RandomAccessReadBuffer(content);
        try {
            return new PDFParser(source).parse(false);
        } catch (InvalidPasswordException e) {
            source.close();
            throw e;
        } catch (IOException | RuntimeException strict) {
            source.close();
        }
        PDDocument repaired = Loader.loadPDF(content);
        diagnostics.add(Diagnostic.warning("pdf-repaired", 0, "pdfRepaired", damage(content)));
        return repaired;
    }

    /** What is wrong with a file PDFBox had to repair, as far as the last bytes tell. */
    private static Wording damage(byte[] content) {
        int from = Math.max(0, content.length - 1024);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return Wording.of(tail.contains("%%EOF") ? "pdfDamage.structure" : "pdfDamage.truncated");
    }

    /** Form XObjects inside form XObjects are followed this deep when looking for an image. */
    private static final int MAX_FORM_DEPTH = 8;
    /** At most this many XObjects are looked at in all (forms can refer to each other many times). */
    private static final int MAX_XOBJECTS_VISITED = 10_000;

    /** Whether a page's resources hold an image, directly or in a form it draws. */
    private static boolean hasImage(PDResources resources, int depth, int[] budget) throws IOException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (--budget[0] < 0) {
                return false;
            }
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject
                    || object instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1, budget)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decodes every stream once, only counting, so a compression bomb anywhere (page content, a form
     * XObject, a font, an object stream; any chain of filters) is refused in bounded time and memory:
     * PDFBox itself would decode each stream whole into memory. The number of streams that could
     * not be decoded to their end (damaged) is returned.
     */
    private static int checkContentSize(Path path, PDDocument document) throws IOException {
        try {
            PdfDecodeBudget budget = new PdfDecodeBudget(MAX_CONTENT_BYTES);
            budget.check(document.getDocument());
            return budget.damaged();
        } catch (PdfDecodeBudget.Exceeded e) {
            throw new LimitExceededException("decoded-size", path + "：PDF 内容解压后体积异常（超过 "
                    + MAX_CONTENT_BYTES / (1024 * 1024) + " MB，疑似压缩炸弹），已拒绝读取")
                    .translatable(path, "pdfBomb", MAX_CONTENT_BYTES / (1024 * 1024));
        }
    }
}
