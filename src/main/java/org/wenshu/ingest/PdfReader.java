package org.wenshu.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

/**
 * A PDF's text layer (Apache PDFBox): lines in reading order, page numbers and running headers
 * and footers dropped with a diagnostic, lines broken at the page width joined back into
 * paragraphs. Line numbers are paragraph ordinals. A PDF without text (a scan) is an error.
 */
public final class PdfReader implements SourceReader {
    /** Page content decoded beyond this is a compression bomb, not a document (1,000 pages of text is ~50 MB). */
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
        try (PDDocument document = Loader.loadPDF(content)) {
            checkContentSize(path, document);
            pages = new PdfLineCollector().read(document);
        } catch (WenshuException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new WenshuException(path + "：PDF 文件设有密码保护，请去掉密码后再试", e);
        } catch (IOException | RuntimeException e) {
            throw new WenshuException(path + "：无法读取 PDF 文件（文件损坏或不完整）", e);
        }
        if (pages.stream().allMatch(List::isEmpty)) {
            throw new WenshuException(path + "：PDF 中没有文字层（可能是扫描件），请先做文字识别（OCR）或索要 Word 版");
        }
        PdfPageFurniture.Result furniture = new PdfPageFurniture().remove(pages);
        List<SourceLine> lines = new PdfParagraphs().join(furniture.pages());
        return new SourceText(path, lines, furniture.diagnostics());
    }

    /**
     * Inflates every page's content once, only counting, so a flate bomb is refused in bounded time
     * and memory (PDFBox itself would decode the whole stream into memory to parse it).
     */
    private static void checkContentSize(Path path, PDDocument document) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (PDPage page : document.getPages()) {
            for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext(); ) {
                PDStream stream = streams.next();
                try (InputStream in = decodedForCounting(stream)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > MAX_CONTENT_BYTES) {
                            throw new WenshuException(path + "：PDF 页面内容解压后体积异常（超过 "
                                    + MAX_CONTENT_BYTES / (1024 * 1024) + " MB，疑似压缩炸弹），已拒绝读取");
                        }
                    }
                } catch (ZipException | EOFException e) {
                    // a damaged stream: PDFBox reads what it can of it, and so does the count
                }
            }
        }
    }

    private static InputStream decodedForCounting(PDStream stream) throws IOException {
        List<COSName> filters = stream.getFilters();
        if (filters.isEmpty()) {
            return stream.getCOSObject().createRawInputStream();
        }
        if (filters.size() == 1 && COSName.FLATE_DECODE.equals(filters.get(0))) {
            return new InflaterInputStream(stream.getCOSObject().createRawInputStream());
        }
        return stream.createInputStream();
    }
}
