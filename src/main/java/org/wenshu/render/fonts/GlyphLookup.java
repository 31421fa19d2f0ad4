package org.wenshu.render.fonts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FontSet#coveringFont} answered once per role and character: a long document asks about
 * the same few thousand characters hundreds of thousands of times, and each question walks the
 * role's chain of faces. One lookup serves one pass over one document (it is not thread-safe).
 */
public final class GlyphLookup {
    private static final int NONE = -1;

    private final FontSet fonts;
    private final Map<String, Role> roles = new HashMap<>();

    public GlyphLookup(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The font in {@code role}'s chain that draws {@code codePoint}, if any; as {@link FontSet#coveringFont}. */
    public Optional<ResolvedFont> coveringFont(String role, int codePoint) {
        Role lookup = roles.computeIfAbsent(role, r -> new Role(fonts.chainFor(r)));
        int index = lookup.answers.computeIfAbsent(codePoint, cp -> lookup.firstCovering(cp));
        return index == NONE ? Optional.empty() : Optional.of(lookup.chain.get(index));
    }

    /** Whether some font in {@code role}'s chain draws {@code codePoint}. */
    public boolean covered(String role, int codePoint) {
        return coveringFont(role, codePoint).isPresent();
    }

    private static final class Role {
        private final List<ResolvedFont> chain;
        private final Map<Integer, Integer> answers = new HashMap<>();

        Role(List<ResolvedFont> chain) {
            this.chain = chain;
        }

        int firstCovering(int codePoint) {
            for (int i = 0; i < chain.size(); i++) {
                if (chain.get(i).covers(codePoint)) {
                    return i;
                }
            }
            return NONE;
        }
    }
}
