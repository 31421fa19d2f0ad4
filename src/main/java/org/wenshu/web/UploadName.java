package org.wenshu.web;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name an uploaded file is stored under in its workspace, made from whatever name the browser
 * sent: only the last path component, no control characters, no characters a job file would read
 * as a wildcard ({@code * ? [ ] { }}) or Windows refuses, no leading dot (so it can neither hide nor
 * clash with the workspace's own job file) and at most {@value #MAX_LENGTH} characters. The result
 * always names a file directly inside the folder it is resolved against.
 */
final class UploadName {
    static final int MAX_LENGTH = 120;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cs}<>:\"|?*\\[\\]{}\\\\/\\u2028\\u2029]");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul");

    private UploadName() {
    }

    /** A safe file name for {@code sent} (never empty). */
    static String of(String sent) {
        String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = UNSAFE.matcher(name).replaceAll("_").strip();
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 8 ? name.substring(dot) : "";
            String stem = name.substring(0, name.length() - extension.length());
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_LENGTH - extension.length()));
            name = stem + extension;
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (name.isEmpty() || RESERVED.contains(stem.toLowerCase(java.util.Locale.ROOT))) {
            name = "材料" + (name.isEmpty() ? "" : "_" + name);
        }
        return name;
    }

    /** {@code name} with {@code （n）} before its extension, for a second file of the same name. */
    static String numbered(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "（" + n + "）" + name.substring(dot) : name + "（" + n + "）";
    }

    /** {@code folder.resolve(name)}, refusing anything that would not sit directly in {@code folder}. */
    static Path inside(Path folder, String name) {
        Path resolved = folder.resolve(name).normalize();
        if (!folder.equals(resolved.getParent())) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        return resolved;
    }
}
