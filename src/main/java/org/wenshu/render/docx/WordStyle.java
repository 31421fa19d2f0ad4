package org.wenshu.render.docx;

import java.util.List;

/** A paragraph style the DOCX writer defines: Word style id, display name, theme role, outline level (-1: none). */
record WordStyle(String id, String name, String role, int outlineLevel, boolean builtIn) {

    /** The styles every wenshu DOCX carries, in the order they appear in the style list. */
    static final List<WordStyle> ALL = List.of(
            new WordStyle("Normal", "Normal", "body", -1, true),
            new WordStyle("Title", "Title", "title", -1, true),
            new WordStyle("Subtitle", "Subtitle", "subtitle", -1, true),
            new WordStyle("Kicker", "引题", "kicker", -1, false),
            new WordStyle("Meta", "文档信息", "meta", -1, false),
            new WordStyle("Heading1", "heading 1", "heading1", 0, true),
            new WordStyle("Heading2", "heading 2", "heading2", 1, true),
            new WordStyle("Heading3", "heading 3", "heading3", 2, true),
            new WordStyle("Heading4", "heading 4", "heading4", 3, true),
            new WordStyle("Heading5", "heading 5", "heading5", 4, true),
            new WordStyle("AttachmentLabel", "附件标识", "attachmentLabel", -1, false),
            new WordStyle("AttachmentTitle", "附件标题", "attachmentTitle", 0, false),
            new WordStyle("Addressee", "主送机关", "addressee", -1, false),
            new WordStyle("Signature", "发文机关署名", "signature", -1, false),
            new WordStyle("SignDate", "成文日期", "signDate", -1, false),
            new WordStyle("Note", "附注", "note", -1, false),
            new WordStyle("CoverTitle", "封面标题", "coverTitle", -1, false),
            new WordStyle("CoverPublisher", "封面编印单位", "coverPublisher", -1, false),
            new WordStyle("CoverDate", "封面日期", "coverDate", -1, false),
            new WordStyle("OutlineItem", "提纲条目", "outlineItem", -1, false),
            new WordStyle("OutlineNote", "提纲提示", "outlineNote", -1, false),
            new WordStyle("TOCHeading", "TOC Heading", "tocTitle", -1, true),
            new WordStyle("TOC1", "toc 1", "toc1", -1, true),
            new WordStyle("TOC2", "toc 2", "toc2", -1, true));

    static String idForRole(String role) {
        for (WordStyle style : ALL) {
            if (style.role().equals(role)) {
                return style.id();
            }
        }
        return "Normal";
    }
}
