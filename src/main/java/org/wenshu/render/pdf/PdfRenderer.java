package org.wenshu.render.pdf;

import org.wenshu.render.layout.HeadingPages;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.w3c.dom.Document;
import org.wenshu.render.fonts.FontSet;
import org.wenshu.render.fonts.ResolvedFont;
import org.wenshu.render.theme.Theme;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.pdf.ITextReplacedElementFactory;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;

/**
 * Lays out styled XHTML with Flying Saucer and writes the PDF: the theme's fonts registered under
 * their CSS family names (collections by face index), embedded as subsets; bookmarks, title,
 * author, subject and language taken from the XHTML head; dates fixed to the given instant. A
 * document is laid out once, its table of contents included: the contents' page numbers are
 * painted into the layout that found them ({@link TocNumbers}), the blank pages that put the
 * contents and the body on right-hand pages are the layout's own page breaks ({@link PageSequence}).
 * The page numbers' margin boxes are laid out once per kind of page, not on every page
 * ({@link PageMargins}); a justified line is drawn as one string with character spacing
 * ({@link GridOutputDevice}).
 */
public final class PdfRenderer {
    private static final int MAX_TOC_PASSES = 3;

    private final Theme theme;
    private final FontSet fonts;
    private final String language;

    /** Where the template's images and style sheets may come from (a folder URI ending in /), or null. */
    private final String resourceRoot;
    /** The user agents of this render's layouts, each remembering the resources it refused. */
    private final List<FolderUserAgent> agents = new java.util.ArrayList<>();
    /** The characters' widths the layouts have measured. */
    private final CharWidths widths = new CharWidths();
    /** Flying Saucer's user-agent style sheet as shipped, read on first use. */
    private String userAgentSheet;
    /** How many times this renderer has laid a document out. */
    private int layouts;
    /** The layouts' font resolver, made on first use. */
    private ITextFontResolver resolver;

    /** Whether Flying Saucer lays out the page-margin boxes (page numbers) on every page, as it does by itself. */
    private boolean marginBoxesOnEveryPage;
    /** Whether justified lines are drawn one string a character, as Flying Saucer draws them. */
    private boolean justifiedCharByChar;
    /** Whether OpenPDF converts every string drawn, as it does by itself. */
    private boolean stringsConvertedByOpenPdf;

    /** A renderer that loads no resource but {@code data:} URIs. */
    public PdfRenderer(Theme theme, FontSet fonts, String language) {
        this(theme, fonts, language, null);
    }

    /** A renderer that loads resources only from {@code resourceRoot} (a folder URI) and {@code data:} URIs. */
    public PdfRenderer(Theme theme, FontSet fonts, String language, String resourceRoot) {
        this.theme = theme;
        this.fonts = fonts;
        this.language = language;
        this.resourceRoot = resourceRoot;
    }

    /**
     * Leaves the page-margin boxes to Flying Saucer, which lays them out on every page, instead of
     * once per kind of page ({@link PageMargins}): the same PDF, made the slower way (tests compare the two).
     */
    public PdfRenderer marginBoxesOnEveryPage() {
        marginBoxesOnEveryPage = true;
        return this;
    }

    /**
     * Draws justified lines as Flying Saucer does, one string a character in a TJ array, instead of
     * one string with character spacing: the same glyph positions, written the long way (tests compare the two).
     */
    public PdfRenderer justifiedCharByChar() {
        justifiedCharByChar = true;
        return this;
    }

    /**
     * Leaves every string drawn to OpenPDF's conversion, instead of writing those made of
     * characters drawn before from their learnt codes ({@link GlyphContent}): the same PDF, made
     * the slower way (tests compare the two).
     */
    public PdfRenderer stringsConvertedByOpenPdf() {
        stringsConvertedByOpenPdf = true;
        return this;
    }

    /** Renders {@code xhtml} (styles already in its head) stamped with {@code created}. */
    public PdfResult render(Document xhtml, Instant created) {
        return layOut(xhtml).write(created);
    }

    /**
     * Lays {@code xhtml} out (styles already in its head) without painting the PDF yet: the pages
     * each heading falls on are known, so the DOCX can be written while the PDF is painted.
     */
    public Layout layOut(Document xhtml) {
        Document working = (Document) xhtml.cloneNode(true);
        new BookmarkWriter().addBookmarks(working);
        TocTable toc = new TocTable(theme);
        List<TocTable.PageCell> cells = toc.apply(working);
        new GlyphFallback(fonts).apply(working);
        KinsokuBreaking breaking = new KinsokuBreaking(theme.lineBreaking());
        new ScriptSpacing(theme.lineBreaking().scriptSpace()).apply(working);
        new NoBreakUnits(breaking).apply(working);

        PageSequence sequence = new PageSequence(working);
        UnusedRules unused = UnusedRules.of(working, userAgentSheet());
        ITextRenderer renderer = layOutOnce(working, unused);
        List<String> blanks = rectoBlanks(renderer, sequence);
        HeadingPages pages = headingPages(renderer, blanks);
        if (!cells.isEmpty()) {
            toc.fill(cells, pages); // for any later layout (a page foot's)
            // the number column has a fixed width: the numbers are painted into this layout, which they cannot change
            if (!TocNumbers.paintInto(renderer, cells, pages)) {
                // a number cell was not laid out as one line of text: lay out again with the numbers written in
                for (int pass = 1; pass < MAX_TOC_PASSES; pass++) {
                    renderer = layOutOnce(working, unused);
                    blanks = rectoBlanks(renderer, sequence);
                    HeadingPages again = headingPages(renderer, blanks);
                    if (again.equals(pages)) {
                        break;
                    }
                    pages = again;
                    toc.fill(cells, pages);
                }
            }
        }
        PageFoot foot = new PageFoot();
        List<String> footPages = new ArrayList<>();
        for (String added = foot.evenPage(working, renderer); added != null; added = foot.evenPage(working, renderer)) {
            footPages.add(added);
            renderer = layOutOnce(working, unused);
        }
        if (!footPages.isEmpty()) {
            List<String> all = new ArrayList<>(blanks);
            all.addAll(footPages);
            pages = headingPages(renderer, all);
        }
        if (foot.push(working, renderer)) {
            renderer = layOutOnce(working, unused); // only the space above the last block grew: pages stay as they are
        }
        return new Layout(renderer, pages);
    }

    /** A finished layout: its heading pages, and the PDF it paints. */
    public final class Layout {
        private final ITextRenderer renderer;
        private final HeadingPages pages;

        private Layout(ITextRenderer renderer, HeadingPages pages) {
            this.renderer = renderer;
            this.pages = pages;
        }

        public HeadingPages headingPages() {
            return pages;
        }

        /** How many times Flying Saucer laid the document out to make this layout (a page foot takes more than one). */
        public int layouts() {
            return layouts;
        }

        /** The resources the template asked for and did not get (outside its folder), so far. */
        public List<String> refusedResources() {
            Set<String> refused = new java.util.LinkedHashSet<>();
            agents.forEach(agent -> refused.addAll(agent.refused()));
            return List.copyOf(refused);
        }

        /** Paints the pages into a PDF stamped with {@code created}; once per layout. */
        public PdfResult write(Instant created) {
            renderer.setListener(new DefaultPDFCreationListener() {
                @Override
                public void onClose(ITextRenderer closing) {
                    PdfDictionary info = closing.getWriter().getInfo();
                    PdfString date = UtcPdfDate.of(created);
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
            return new PdfResult(new PdfNormalizer().normalize(out.toByteArray()), pages, refusedResources());
        }
    }

    /**
     * The names of the blocks of the sequence before which {@code renderer}'s layout put a blank
     * page, so that they start on a right-hand page: the block's first page is two pages after the
     * last page holding the content of the block before it.
     */
    private static List<String> rectoBlanks(ITextRenderer renderer, PageSequence sequence) {
        List<String> blanks = new ArrayList<>();
        List<PageBox> pageBoxes = renderer.getRootBox().getLayer().getPages();
        for (PageSequence.RectoStart start : sequence.rectoStarts()) {
            Box box = renderer.getSharedContext().getIdMap().get(start.id());
            Box before = bodyChild(renderer.getRootBox(), start.before());
            if (box != null && before != null
                    && pageIndex(pageBoxes, box.getAbsY()) - pageIndex(pageBoxes, lastContentY(before)) == 2) {
                blanks.add(start.name());
            }
        }
        return blanks;
    }

    /** The box of {@code element}, a child of the body, or null. */
    private static Box bodyChild(Box root, org.w3c.dom.Element element) {
        for (Box body : root.getChildren()) {
            for (Box child : body.getChildren()) {
                if (child.getElement() == element) {
                    return child;
                }
            }
        }
        return null;
    }

    /**
     * A point on the last line of {@code box}'s content: the bottom of its last descendant block or
     * line (the box itself reaches to the end of the page its break after it made).
     */
    private static int lastContentY(Box box) {
        Box last = box;
        while (!(last instanceof org.xhtmlrenderer.render.LineBox) && last.getChildCount() > 0) {
            last = last.getChild(last.getChildCount() - 1);
        }
        // an empty block's own box reaches to the end of the page its break made: its top is where it is
        return last == box ? box.getAbsY() : last.getAbsY() + Math.max(0, last.getHeight() - 1);
    }

    /** The 1-based physical page on which the element with {@code id} begins, or 0. */
    private static int physicalPage(ITextRenderer renderer, String id) {
        Box box = renderer.getSharedContext().getIdMap().get(id);
        if (box == null) {
            return 0;
        }
        return pageIndex(renderer.getRootBox().getLayer().getPages(), box.getAbsY()) + 1;
    }

    /**
     * The index of the first page whose bottom is below {@code y} (pages lie one under the other),
     * or -1: found by halves, as a long document asks it for every heading.
     */
    private static int pageIndex(List<PageBox> pageBoxes, int y) {
        int low = 0;
        int high = pageBoxes.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (y < pageBoxes.get(middle).getBottom()) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low < pageBoxes.size() ? low : -1;
    }

    /**
     * One font resolver for all layouts of this render (a contents takes two or three): each new
     * one sets up Flying Saucer's built-in Latin fonts and its cache of sized faces again.
     */
    private ITextFontResolver fontResolver() {
        if (resolver == null) {
            resolver = new ThemeFontResolver(fonts.distinctFamilies());
        }
        return resolver;
    }

    /** Flying Saucer's user-agent sheet, read once per render. */
    private String userAgentSheet() {
        if (userAgentSheet == null) {
            userAgentSheet = UserAgentSheet.shipped();
        }
        return userAgentSheet;
    }

    private ITextRenderer layOutOnce(Document document, UnusedRules unused) {
        layouts++;
        // against the classes and elements the document has now (blank pages, contents tables)
        String userAgent = unused.prune();
        CharacterGrid grid = CharacterGrid.of(theme);
        GridOutputDevice device = new GridOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT, grid);
        ITextFontResolver resolver = fontResolver();
        FolderUserAgent agent = new FolderUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, resourceRoot);
        agents.add(agent);
        ITextRenderer renderer = new ITextRenderer(ITextRenderer.DEFAULT_DOTS_PER_POINT, ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device, agent, resolver,
                new ITextReplacedElementFactory(device), new GridTextRenderer(grid, fonts.forRole("body").font(),
                        new HangingPunctuation(theme.lineBreaking().hang()), theme.lineBreaking().scriptSpace(), widths));
        renderer.getSharedContext().setLineBreakingStrategy(new KinsokuBreaking(theme.lineBreaking()));
        if (justifiedCharByChar) {
            device.justifyCharByChar();
        }
        if (stringsConvertedByOpenPdf) {
            device.convertStringsByOpenPdf();
        }
        // the page numbers' margin boxes laid out once per kind of page, not on every page
        if (!marginBoxesOnEveryPage) {
            device.paintMargins(new PageMargins(renderer.getSharedContext()));
        }
        renderer.setDocument(document, resourceRoot, UserAgentSheet.handler(userAgent));
        renderer.layout();
        return renderer;
    }

    /**
     * The page number shown on the page where each element with an id begins (as its bookmark
     * points there): counted from the first page of {@code div.main} when there is one, which is
     * page 1, else from the first page.
     */
    private static HeadingPages headingPages(ITextRenderer renderer, List<String> blanks) {
        List<PageBox> pageBoxes = renderer.getRootBox().getLayer().getPages();
        int mainPage = physicalPage(renderer, PageSequence.MAIN_ID);
        // numbers count from the first page of div.main
        int offset = mainPage > 0 ? mainPage - 1 : 0;
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (Map.Entry<String, Box> entry : renderer.getSharedContext().getIdMap().entrySet()) {
            int index = pageIndex(pageBoxes, entry.getValue().getAbsY());
            if (index >= 0) {
                pages.put(entry.getKey(), index + 1 - offset);
            }
        }
        Map<String, Integer> sorted = new java.util.TreeMap<>(pages);
        return new HeadingPages(sorted, pageBoxes.size(), mainPage > 0 ? offset : 0, blanks);
    }
}
