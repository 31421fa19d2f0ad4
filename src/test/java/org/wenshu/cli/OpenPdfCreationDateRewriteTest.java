package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDocument;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The build step {@code scripts/rewrite-libraries} (scripts/LibraryRewrites.java, its
 * NoOpenPdfCreationDate rule) takes OpenPDF's own creation date out of {@code PdfDocument}'s
 * constructor. The step is run, as the build runs it, on a jar of the real {@code PdfDocument}
 * class; the rewritten class is loaded beside the rest of OpenPDF and compared with the original:
 * no date any more and the same state otherwise, and a PDF whose dates
 * are written at close (as PdfRenderer's listener writes them) the same bytes.
 */
class OpenPdfCreationDateRewriteTest {
    private static final String PDF_DOCUMENT = "com.lowagie.text.pdf.PdfDocument";

    @Test
    void theConstructorStampsNoDateAndSetsTheSameStateOtherwise() throws Exception {
        RewrittenClasses loaders = RewrittenClasses.of(List.of(PDF_DOCUMENT), PdfDocument.class);
        Object original = loaders.original().loadClass(PDF_DOCUMENT).getConstructor().newInstance();
        Object rewritten = loaders.rewritten().loadClass(PDF_DOCUMENT).getConstructor().newInstance();
        assertThat(rewritten.getClass().getClassLoader()).isSameAs(loaders.rewritten());
        assertThat(info(original, "CREATIONDATE")).as("OpenPDF's own date").isNotNull();
        assertThat(info(rewritten, "CREATIONDATE")).as("no date once rewritten").isNull();
        assertThat(String.valueOf(info(rewritten, "PRODUCER"))).isEqualTo(String.valueOf(info(original, "PRODUCER")));
        assertThat(keys(rewritten)).isEqualTo(keys(original) - 1);
        assertThat(field(rewritten, "lastElementType")).isEqualTo(field(original, "lastElementType"));
    }

    @Test
    void aPdfWhoseDatesAreWrittenAtCloseIsTheSameBytes() throws Exception {
        RewrittenClasses loaders = RewrittenClasses.of(List.of(PDF_DOCUMENT), PdfDocument.class);
        assertThat(withoutFileId(pdf(loaders.rewritten()))).isEqualTo(withoutFileId(pdf(loaders.original())))
                .contains("/CreationDate(D:20231114221320Z)");
    }

    /** A one-line PDF made with the classes of {@code loader}, its dates put in at close as PdfRenderer puts them. */
    private static byte[] pdf(ClassLoader loader) throws Exception {
        Class<?> document = loader.loadClass("com.lowagie.text.Document");
        Class<?> element = loader.loadClass("com.lowagie.text.Element");
        Class<?> writerClass = loader.loadClass("com.lowagie.text.pdf.PdfWriter");
        Class<?> name = loader.loadClass("com.lowagie.text.pdf.PdfName");
        Class<?> object = loader.loadClass("com.lowagie.text.pdf.PdfObject");
        Class<?> string = loader.loadClass("com.lowagie.text.pdf.PdfString");
        Object doc = document.getConstructor().newInstance();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object writer = writerClass.getMethod("getInstance", document, OutputStream.class).invoke(null, doc, out);
        document.getMethod("open").invoke(doc);
        Object paragraph = loader.loadClass("com.lowagie.text.Paragraph").getConstructor(String.class).newInstance("wenshu");
        document.getMethod("add", element).invoke(doc, paragraph);
        Object info = writerClass.getMethod("getInfo").invoke(writer);
        Method put = info.getClass().getMethod("put", name, object);
        Object date = string.getConstructor(String.class).newInstance("D:20231114221320Z");
        put.invoke(info, name.getField("CREATIONDATE").get(null), date);
        put.invoke(info, name.getField("MODDATE").get(null), date);
        document.getMethod("close").invoke(doc);
        return out.toByteArray();
    }

    /** The PDF as text without its file identifier (drawn at random). */
    private static String withoutFileId(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/ID ?\\[<[0-9a-fA-F]+><[0-9a-fA-F]+>\\]", "/ID []");
    }

    private static Object info(Object pdfDocument, String key) throws Exception {
        Object info = infoOf(pdfDocument);
        Class<?> name = pdfDocument.getClass().getClassLoader().loadClass("com.lowagie.text.pdf.PdfName");
        return info.getClass().getMethod("get", name).invoke(info, name.getField(key).get(null));
    }

    private static int keys(Object pdfDocument) throws Exception {
        Object info = infoOf(pdfDocument);
        return (int) info.getClass().getMethod("size").invoke(info);
    }

    private static Object infoOf(Object pdfDocument) throws Exception {
        Method getInfo = pdfDocument.getClass().getDeclaredMethod("getInfo");
        getInfo.setAccessible(true);
        return getInfo.invoke(pdfDocument);
    }

    private static Object field(Object pdfDocument, String name) throws Exception {
        Field field = pdfDocument.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(pdfDocument);
    }
}
