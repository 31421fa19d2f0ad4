package org.wenshu.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The base names of the outputs written by one render call, so that two inputs with the same name
 * ({@code a/ok.txt b/ok.txt}, {@code ok.txt ok.md}) never overwrite each other: the second becomes
 * {@code ok-2}, the third {@code ok-3}. Names are compared ignoring case, as on Windows and macOS.
 */
final class OutputNames {
    private final Set<String> taken = new HashSet<>();

    /** {@code wanted} if no earlier output of this call used it, else the first free {@code wanted-N}. */
    String claim(String wanted) {
        String name = wanted;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = wanted + "-" + n;
        }
        return name;
    }
}
