package org.wenshu.render.theme;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one vocabulary of roles: which XHTML element plays which theme role, its CSS selector, the
 * Word paragraph style it becomes, its outline level and whether it starts a new page. Theme
 * checks, {@code XhtmlRoles}, {@code ThemeCss}, the Word styles and the writers all read it; a new
 * role is one row here plus its style in the theme.
 */
public final class RoleTable {

    /**
     * One row. An element matches when its tag is {@code tag} ({@code *}: any) and it has the class
     * {@code cssClass} (empty: any; ending in {@code -}: a class starting so). {@code outlineLevel}
     * is Word's (0 = level 1; -1: none).
     */
    public record Row(String tag, String cssClass, String role, String css, String wordId, String wordName,
                      int outlineLevel, boolean pageBreakBefore, boolean builtInStyle) {}

    /** Rows in matching order: the first that matches an element gives its role. */
    public static final List<Row> ROWS = List.of(
            new Row("*", "attachment-label", "attachmentLabel", ".attachment-label", "AttachmentLabel", "附件标识", -1, true, false),
            new Row("h2", "attachment", "attachmentTitle", "h2.attachment", "AttachmentTitle", "附件标题", 0, false, false),
            new Row("h1", "cover-title", "coverTitle", "h1.cover-title", "CoverTitle", "封面标题", -1, false, false),
            new Row("h1", "", "title", "h1.title", "Title", "Title", -1, false, true),
            new Row("h2", "", "heading1", "h2", "Heading1", "heading 1", 0, false, true),
            new Row("h3", "", "heading2", "h3", "Heading2", "heading 2", 1, false, true),
            new Row("h4", "", "heading3", "h4", "Heading3", "heading 3", 2, false, true),
            new Row("h5", "", "heading4", "h5", "Heading4", "heading 4", 3, false, true),
            new Row("h6", "", "heading5", "h6", "Heading5", "heading 5", 4, false, true),
            new Row("p", "kicker", "kicker", "p.kicker", "Kicker", "引题", -1, false, false),
            new Row("p", "subtitle", "subtitle", "p.subtitle", "Subtitle", "Subtitle", -1, false, true),
            new Row("p", "meta", "meta", "p.meta", "Meta", "文档信息", -1, false, false),
            new Row("p", "toc-title", "tocTitle", "div.toc p.toc-title", "TOCHeading", "TOC Heading", -1, false, true),
            new Row("p", "addressee", "addressee", "p.addressee", "Addressee", "主送机关", -1, false, false),
            new Row("p", "signature", "signature", "p.signature", "Signature", "发文机关署名", -1, false, false),
            new Row("p", "signdate", "signDate", "p.signdate", "SignDate", "成文日期", -1, false, false),
            new Row("p", "note", "note", "p.note", "Note", "附注", -1, false, false),
            new Row("p", "toc-1", "toc1", "div.toc p.toc-1", "TOC1", "toc 1", -1, false, true),
            new Row("p", "toc-", "toc2", "div.toc p.toc-2, div.toc p.toc-3, div.toc p.toc-4", "TOC2", "toc 2", -1, false, true),
            new Row("p", "cover-publisher", "coverPublisher", "p.cover-publisher", "CoverPublisher", "封面编印单位", -1, false, false),
            new Row("p", "cover-date", "coverDate", "p.cover-date", "CoverDate", "封面日期", -1, false, false),
            new Row("p", "outline-item", "outlineItem", "p.outline-item", "OutlineItem", "提纲条目", -1, false, false),
            new Row("p", "outline-note", "outlineNote", "p.outline-note", "OutlineNote", "提纲提示", -1, false, false),
            new Row("p", "masthead-name", "mastheadName", "p.masthead-name", "MastheadName", "报头名称", -1, false, false),
            new Row("p", "masthead-issue", "mastheadIssue", "p.masthead-issue", "MastheadIssue", "报头期号", -1, false, false),
            new Row("p", "masthead-line", "mastheadLine", "p.masthead-line", "MastheadLine", "报头编印单位和日期", -1, false, false),
            new Row("p", "editor-note", "editorNote", "p.editor-note", "EditorNote", "编者按", -1, false, false),
            new Row("p", "distribution", "distribution", "p.distribution", "Distribution", "报送发", -1, false, false),
            new Row("p", "head-mark", "headMark", "p.head-mark", "HeadMark", "份号密级紧急程度", -1, false, false),
            new Row("p", "issuer-mark", "issuerMark", "p.issuer-mark", "IssuerMark", "发文机关标志", -1, false, false),
            new Row("p", "doc-number", "docNumber", "p.doc-number", "DocNumber", "发文字号", -1, false, false),
            new Row("p", "attachment-note", "attachmentNote", "p.attachment-note", "AttachmentNote", "附件说明", -1, false, false),
            new Row("p", "imprint-copy", "imprintCopy", "p.imprint-copy", "ImprintCopy", "抄送机关", -1, false, false),
            new Row("p", "imprint-sole", "imprintSole", "p.imprint-sole", "ImprintSole", "印发机关和印发日期（无抄送）", -1, false, false),
            new Row("p", "imprint-line", "imprintLine", "p.imprint-line", "ImprintLine", "印发机关和印发日期", -1, false, false),
            new Row("p", "", "body", "p", "Normal", "Normal", -1, false, true));

    /** Roles every theme must style: those of the table and the page number. */
    public static List<String> requiredRoles() {
        Set<String> roles = new LinkedHashSet<>();
        for (Row row : ROWS) {
            roles.add(row.role());
        }
        roles.add("pageNumber");
        return List.copyOf(roles);
    }

    /** The first row matching an element of {@code tag} with {@code classes} (space-separated). */
    public static Row match(String tag, String classes) {
        // called for every element by several stages: the class list is split with a compiled
        // pattern (String.split would compile "\\s+" on every call), and searched without a stream
        String stripped = classes.strip();
        String[] names = stripped.isEmpty() ? NO_CLASS : SPACES.split(stripped);
        for (Row row : ROWS) {
            if (!row.tag().equals("*") && !row.tag().equals(tag)) {
                continue;
            }
            if (row.cssClass().isEmpty() || hasClass(names, row.cssClass())) {
                return row;
            }
        }
        return null;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] NO_CLASS = {""};

    /** Whether one of {@code names} is {@code cssClass}, or starts with it when it ends in {@code -}. */
    private static boolean hasClass(String[] names, String cssClass) {
        boolean prefix = cssClass.endsWith("-");
        for (String name : names) {
            if (prefix ? name.startsWith(cssClass) : name.equals(cssClass)) {
                return true;
            }
        }
        return false;
    }

    /** The row of a role, or {@code null}. */
    public static Row forRole(String role) {
        for (Row row : ROWS) {
            if (row.role().equals(role)) {
                return row;
            }
        }
        return null;
    }

    private RoleTable() {
    }
}
