package org.wenshu.render.fonts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The font chosen for every role of a theme, the face for Latin text (absent when none is
 * installed), the faces that only set characters the others lack (a GB2312 face has no 蹚) and the
 * order in which faces stand in for each other.
 */
public record FontSet(Map<String, ResolvedFont> byRole, Optional<ResolvedFont> latin, List<ResolvedFont> glyphFallbacks) {
    public FontSet {
        byRole = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRole));
        latin = latin == null ? Optional.empty() : latin;
        glyphFallbacks = glyphFallbacks == null ? List.of() : List.copyOf(glyphFallbacks);
    }

    public FontSet(Map<String, ResolvedFont> byRole, Optional<ResolvedFont> latin) {
        this(byRole, latin, List.of());
    }

    public ResolvedFont forRole(String role) {
        ResolvedFont font = byRole.get(role);
        if (font == null) {
            throw new IllegalArgumentException("no font for role " + role);
        }
        return font;
    }

    /** One font per distinct family, in role order, then the Latin face, then the glyph fallbacks. */
    public List<ResolvedFont> distinctFamilies() {
        Map<String, ResolvedFont> byFamily = new LinkedHashMap<>();
        for (ResolvedFont font : byRole.values()) {
            byFamily.putIfAbsent(font.family(), font);
        }
        latin.ifPresent(font -> byFamily.putIfAbsent(font.family(), font));
        glyphFallbacks.forEach(font -> byFamily.putIfAbsent(font.family(), font));
        return List.copyOf(byFamily.values());
    }

    /**
     * Starts parsing the faces a page layout registers ({@link #distinctFamilies()}) on a daemon
     * thread, so that the work overlaps with reading the input; the layout then finds them parsed, or
     * waits for the one being parsed ({@link FontFace#font()} is synchronized). The bytes written do
     * not change: the same faces are parsed the same way, only earlier. A face that cannot be parsed is
     * left to the layout, which reports it as before.
     */
    public void parseInBackground() {
        List<ResolvedFont> faces = distinctFamilies();
        Thread thread = new Thread(() -> {
            for (ResolvedFont face : faces) {
                try {
                    face.font();
                } catch (RuntimeException e) {
                    // reported by the layout, which asks for the face again
                }
            }
        }, "wenshu-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    /** The role's family first, then every other family as a fallback for glyphs it lacks. */
    public List<ResolvedFont> chainFor(String role) {
        ResolvedFont first = forRole(role);
        List<ResolvedFont> chain = new ArrayList<>();
        chain.add(first);
        for (ResolvedFont other : distinctFamilies()) {
            if (!other.family().equals(first.family())) {
                chain.add(other);
            }
        }
        return chain;
    }

    /** The font in {@code role}'s chain that draws {@code codePoint}, if any. */
    public Optional<ResolvedFont> coveringFont(String role, int codePoint) {
        for (ResolvedFont font : chainFor(role)) {
            if (font.covers(codePoint)) {
                return Optional.of(font);
            }
        }
        return Optional.empty();
    }
}
