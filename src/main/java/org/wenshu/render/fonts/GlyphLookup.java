package org.wenshu.render.fonts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link FontSet#coveringFont} answered once per role and character: a long document asks about
 * the same few thousand characters hundreds of thousands of times, and each question walks the
 * role's chain of faces. One lookup serves one pass over one document (it is not thread-safe).
 */
public final class GlyphLookup {
    private static final int NONE = -1;

    private final FontSet fonts;
    private final Map<String, Role> roles = new HashMap<>();
    private String lastRoleName;
    private Role lastRole;

    public GlyphLookup(FontSet fonts) {
        this.fonts = fonts;
    }

    /**
     * The font in {@code role}'s chain that draws {@code codePoint}, or null: as {@link
     * FontSet#coveringFont}, without an {@link java.util.Optional} to unwrap, for the loops that ask
     * about every character of a document.
     */
    public ResolvedFont fontFor(String role, int codePoint) {
        Role lookup = role(role);
        int index = lookup.answer(codePoint);
        return index == NONE ? null : lookup.chain.get(index);
    }

    /** The role asked about, the last one kept at hand: a pass asks about one role for many characters in a row. */
    private Role role(String role) {
        if (!role.equals(lastRoleName)) {
            lastRole = roles.computeIfAbsent(role, r -> new Role(fonts.chainFor(r)));
            lastRoleName = role;
        }
        return lastRole;
    }

    /** Whether some font in {@code role}'s chain draws {@code codePoint}. */
    public boolean covered(String role, int codePoint) {
        return role(role).answer(codePoint) != NONE;
    }

    private static final class Role {
        /** Not asked yet, in {@link #basic}. */
        private static final byte UNKNOWN = -2;

        private final List<ResolvedFont> chain;
        /** The answers for the Basic Multilingual Plane, by character (a chain is far shorter than 127 faces). */
        private byte[] basic;
        private final Map<Integer, Integer> supplementary = new HashMap<>();

        Role(List<ResolvedFont> chain) {
            this.chain = chain;
        }

        int answer(int codePoint) {
            if (codePoint >= 0x10000 || chain.size() > Byte.MAX_VALUE) {
                return supplementary.computeIfAbsent(codePoint, this::firstCovering);
            }
            if (basic == null) {
                basic = new byte[0x10000];
                java.util.Arrays.fill(basic, UNKNOWN);
            }
            int known = basic[codePoint];
            if (known == UNKNOWN) {
                known = firstCovering(codePoint);
                basic[codePoint] = (byte) known;
            }
            return known;
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
