package org.wenshu.render.pdf;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.css.CSSPrimitiveValue;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.constants.MarginBoxName;
import org.xhtmlrenderer.css.newmatch.PageInfo;
import org.xhtmlrenderer.css.parser.FSFunction;
import org.xhtmlrenderer.css.parser.PropertyValue;
import org.xhtmlrenderer.css.sheet.PropertyDeclaration;
import org.xhtmlrenderer.css.style.EmptyStyle;
import org.xhtmlrenderer.extend.NamespaceHandler;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.extend.UserInterface;
import org.xhtmlrenderer.layout.Layer;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.ITextFontContext;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * The page-margin boxes of a layout (the theme's page numbers, {@code @page :right { @bottom-right
 * { content: "— " counter(page) " —" } }}) laid out once for each kind of page instead of once for
 * every page.
 * <p>Flying Saucer lays a table out in the margin of every page it creates (its
 * {@code PageBox.layoutMarginAreas}: style cascade, table and line layout), although a margin box
 * whose content is only text and the {@code page} and {@code pages} counters comes out the same on
 * every page of one kind: those counters are dynamic values, laid out as a placeholder and worked
 * out, measured and aligned again as each page is painted. Here the layout's style sheets give
 * Flying Saucer each kind of page (page name and {@code :first}/{@code :left}/{@code :right}) without
 * its margin boxes, so it lays none out; the margin boxes are laid out once, by Flying Saucer's own
 * code, on a stand-in page of the same kind, and that stand-in's tables are painted on every page of
 * the kind, where and when Flying Saucer paints a page's own (after the page's background, before
 * its border and content; {@link GridOutputDevice} calls {@link #paint}). The PDF is the same, byte
 * for byte.
 * <p>A kind of page whose margin content could differ from page to page (running elements, named
 * strings, other counters, quotes) keeps Flying Saucer's way: its margin boxes are laid out on every
 * page, as before.
 */
final class PageMargins {
    private final SharedContext shared;
    private final Styles styles;
    /** The stand-in page of each kind of page, its margin boxes laid out, made on first use. */
    private final Map<PageInfo, PageBox> standIns = new IdentityHashMap<>();

    /** Margin boxes for the layouts of {@code shared}, whose style sheets become {@link #styles()}. */
    PageMargins(SharedContext shared) {
        this.shared = shared;
        this.styles = new Styles(shared.getUac());
        shared.setCss(styles);
    }

    /** The style sheets the layout reads (set as the shared context's before the document is). */
    StyleReference styles() {
        return styles;
    }

    /** How many kinds of page have their margin boxes laid out here rather than on every page. */
    int deferredKinds() {
        return (int) styles.pages.values().stream().filter(Deferred.class::isInstance).count();
    }

    /**
     * Paints the margin boxes of {@code page}, being painted in {@code c}, when they were left out of
     * its layout: those of the stand-in page of its kind, laid out on first use.
     */
    void paint(RenderingContext c, PageBox page) {
        if (page.getPageInfo() instanceof Deferred deferred) {
            PageBox standIn = standIns.computeIfAbsent(deferred.full, full -> layOut(shared, c, full));
            standIn.paintMarginAreas(c, 0, Layer.PagedMode.PAGED_MODE_PRINT);
        }
    }

    /**
     * A page of the kind {@code full} describes, its margin boxes laid out as Flying Saucer lays out
     * those of the pages it creates ({@code Layer.layoutPages}): by the page box itself, in a layout
     * context of the same shared context, whose root layer's element is the document's root (the
     * element Flying Saucer gives the margin tables' boxes).
     */
    private static PageBox layOut(SharedContext shared, RenderingContext painting, PageInfo full) {
        LayoutContext c = shared.newLayoutContextInstance(new ITextFontContext());
        shared.getTextRenderer().setup(c.getFontContext());
        Element root = painting.getRootLayer().getMaster().getElement();
        c.pushLayer(new BlockBox(root, null, true));
        // the page's margin boxes without its XMP metadata, which the real page keeps and writes
        PageInfo info = new PageInfo(full.getProperties(), full.getPageStyle(), new HashMap<>(full.getMarginBoxes()));
        PageBox standIn = new PageBox(info, c, new EmptyStyle().deriveStyle(info.getPageStyle()), 0, 0);
        standIn.layout(c);
        return standIn;
    }

    /**
     * Whether every margin box's content is the same on every page of a kind: strings, none or
     * normal, and the {@code page} and {@code pages} counters (in any list style), which Flying
     * Saucer works out as it paints each page.
     */
    static boolean sameOnEveryPage(PageInfo info) {
        for (List<PropertyDeclaration> declarations : info.getMarginBoxes().values()) {
            for (PropertyDeclaration declaration : declarations) {
                if (declaration.getCSSName() == CSSName.CONTENT
                        && !sameOnEveryPage((PropertyValue) declaration.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameOnEveryPage(PropertyValue value) {
        if (value.getPropertyValueType() == PropertyValue.Type.VALUE_TYPE_LIST) {
            for (Object item : value.getValues()) {
                if (!(item instanceof PropertyValue part) || !sameOnEveryPage(part)) {
                    return false;
                }
            }
            return true;
        }
        if (value.getPropertyValueType() == PropertyValue.Type.VALUE_TYPE_FUNCTION) {
            return isPageCounter(value.getFunction());
        }
        if (value.getPrimitiveType() == CSSPrimitiveValue.CSS_STRING) {
            return true;
        }
        if (value.getPrimitiveType() == CSSPrimitiveValue.CSS_IDENT) {
            IdentValue ident = IdentValue.valueOf(value.getStringValue());
            return ident == IdentValue.NONE || ident == IdentValue.NORMAL;
        }
        return false;
    }

    /** {@code counter(page)} or {@code counter(pages)}, with or without a list style (as Flying Saucer reads them). */
    private static boolean isPageCounter(FSFunction function) {
        if (!function.is("counter")) {
            return false;
        }
        List<PropertyValue> parameters = function.getParameters();
        if (parameters.isEmpty() || parameters.size() > 2) {
            return false;
        }
        PropertyValue name = parameters.get(0);
        if (name.getPrimitiveType() != CSSPrimitiveValue.CSS_IDENT
                || !("page".equals(name.getStringValue()) || "pages".equals(name.getStringValue()))) {
            return false;
        }
        return parameters.size() == 1 || parameters.get(1).getPrimitiveType() == CSSPrimitiveValue.CSS_IDENT;
    }

    /**
     * Flying Saucer's style sheets, but a kind of page whose margin boxes are the same on every page
     * is given without them (its other properties and XMP metadata kept). Each kind is matched
     * once: the sheets do not change during a layout.
     */
    private static final class Styles extends StyleReference {
        private final Map<Kind, PageInfo> pages = new HashMap<>();

        Styles(UserAgentCallback agent) {
            super(agent);
        }

        @Override
        public void setDocumentContext(SharedContext context, NamespaceHandler handler, Document document, UserInterface ui) {
            pages.clear();
            super.setDocumentContext(context, handler, document, ui);
        }

        @Override
        public PageInfo getPageStyle(String pageName, String pseudoPage) {
            return pages.computeIfAbsent(new Kind(pageName, pseudoPage), kind -> {
                PageInfo full = super.getPageStyle(kind.name(), kind.pseudo());
                return full.getMarginBoxes().isEmpty() || !sameOnEveryPage(full) ? full : new Deferred(full);
            });
        }
    }

    /**
     * A kind of page: its name and pseudo-page, either may be null. Its equals and hashCode are
     * written out: a record's own are linked on first use through {@code ObjectMethods}' method
     * handles, which spun 22 lambda-form classes per cold run here (the class-data archive cannot
     * hold them; docs/benchmarks.md, round 10).
     */
    private record Kind(String name, String pseudo) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Kind kind && Objects.equals(name, kind.name) && Objects.equals(pseudo, kind.pseudo);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(name) + Objects.hashCode(pseudo);
        }
    }

    /** A kind of page without its margin boxes, which {@link #paint} paints from {@link #full}. */
    private static final class Deferred extends PageInfo {
        private final PageInfo full;

        Deferred(PageInfo full) {
            super(full.getProperties(), full.getPageStyle(), xmpOnly(full));
            this.full = full;
        }

        private static Map<MarginBoxName, List<PropertyDeclaration>> xmpOnly(PageInfo full) {
            Map<MarginBoxName, List<PropertyDeclaration>> boxes = new HashMap<>();
            if (full.getXMPPropertyList() != null) {
                boxes.put(MarginBoxName.FS_PDF_XMP_METADATA, full.getXMPPropertyList());
            }
            return boxes;
        }
    }
}
