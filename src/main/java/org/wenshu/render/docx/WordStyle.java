package org.wenshu.render.docx;

import java.util.List;
import org.wenshu.render.theme.RoleTable;

/** A paragraph style the DOCX writer defines: Word style id, display name, theme role, outline level (-1: none). */
record WordStyle(String id, String name, String role, int outlineLevel, boolean builtIn) {

    /** The styles every wenshu DOCX carries, one per role of the {@link RoleTable}, Normal first. */
    static final List<WordStyle> ALL = all();

    private static List<WordStyle> all() {
        List<WordStyle> styles = new java.util.ArrayList<>();
        RoleTable.Row body = RoleTable.forRole("body");
        styles.add(new WordStyle(body.wordId(), body.wordName(), body.role(), body.outlineLevel(), body.builtInStyle()));
        for (RoleTable.Row row : RoleTable.ROWS) {
            if (!row.role().equals("body")) {
                styles.add(new WordStyle(row.wordId(), row.wordName(), row.role(), row.outlineLevel(), row.builtInStyle()));
            }
        }
        return List.copyOf(styles);
    }

    static String idForRole(String role) {
        for (WordStyle style : ALL) {
            if (style.role().equals(role)) {
                return style.id();
            }
        }
        return "Normal";
    }
}
