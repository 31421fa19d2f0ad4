package org.wenshu.render.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.wenshu.render.fonts.FontSet;
import org.wenshu.render.fonts.ResolvedFont;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.pdf.ITextUserAgent;
import org.wenshu.render.theme.Theme;
import org.xhtmlrenderer.pdf.PagePosition;

/**
 * Lays out styled XHTML with Flying Saucer and writes the PDF: the theme's fonts registered under
 * their CSS family names (collections by face index), embedded as subsets; bookmarks, title,
 * author, subject and language taken from the XHTML head; dates fixed to the given instant.
 */
public final class PdfRenderer {
    private static final Pattern ANY_ID = Pattern.compile(".+");

    private final Theme theme;
    private final FontSet fonts;
    private final String language;

    public PdfRenderer(Theme theme, FontSet fonts, String language) {
        this.theme = theme;
        this.fonts = fonts;
        this.language = language;
    }

    /** Renders {@code xhtml} (styles and bookmarks already in its head) stamped with {@code created}. */
    public PdfResult render(Document xhtml, Instant created) {
        CharacterGrid grid = CharacterGrid.of(theme);
        GridOutputDevice device = new GridOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT, grid);
        ITextFontResolver resolver = new ITextFontResolver();
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, new ITextUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL), resolver,
                new ITextReplacedElementFactory(device), new GridTextRenderer(grid));
        for (ResolvedFont font : fonts.distinctFamilies()) {
            resolver.addFont(font.font(), font.file().baseFontName(), font.family());
        }
        Document withBookmarks = (Document) xhtml.cloneNode(true);
        new BookmarkWriter().addBookmarks(withBookmarks);
        new GlyphFallback(fonts).apply(withBookmarks);
        renderer.setDocument(withBookmarks, null);
        renderer.layout();
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void onClose(ITextRenderer closing) {
                PdfDictionary info = closing.getWriter().getInfo();
                PdfDate date = new PdfDate(calendar(created));
                info.put(PdfName.CREATIONDATE, date);
                info.put(PdfName.MODDATE, date);
                info.put(PdfName.CREATOR, new PdfString("wenshu"));
                closing.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(language));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            renderer.createPDF(out);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("PDF writer failed", e);
        }
        Map<String, Integer> pages = new LinkedHashMap<>();
        List<PagePosition> positions = renderer.findPagePositionsByID(ANY_ID);
        for (PagePosition position : positions) {
            pages.putIfAbsent(position.getId(), position.getPageNo() + 1);
        }
        int pageCount = renderer.getRootBox().getLayer().getPages().size();
        return new PdfResult(new PdfNormalizer().normalize(out.toByteArray()), new HeadingPages(pages, pageCount));
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
