package org.wenshu.render.fonts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wenshu.model.Quote;
import org.wenshu.model.WenshuException;
import org.wenshu.render.theme.Theme;

/**
 * Picks a real font file for every role: a {@code --font ROLE=FILE} (or {@code FACE=FILE}) given by
 * the user; else the first installed file of the role's face (the theme lists Windows, macOS and
 * Linux paths); else the face's first installed open stand-in; else whatever another face found.
 * The theme's glyph-fallback faces are found the same way and serve characters the others lack.
 */
public final class FontLocator {
    static final String FROM_THEME = "主题";
    static final String FROM_FALLBACK = "替代字体";

    private final FontCache cache;
    private final Path home;

    public FontLocator(FontCache cache) {
        this(cache, Path.of(System.getProperty("user.home", "/")));
    }

    public FontLocator(FontCache cache, Path home) {
        this.cache = cache;
        this.home = home;
    }

    private record Choice(FontFile file, String origin) {}

    /** Fonts for every role of {@code theme}; {@code overrides} maps a role or face name to a file. */
    public FontSet locate(Theme theme, Map<String, String> overrides) {
        for (String key : overrides.keySet()) {
            if (!theme.roles().containsKey(key) && !theme.faces().containsKey(key)) {
                throw new WenshuException("--font " + key + "=…：没有这个角色或字体（可用：角色 "
                        + String.join("、", theme.roleNames()) + "；字体 "
                        + String.join("、", theme.faces().keySet().stream().sorted().toList()) + "）")
                        .translatable(null, "noSuchFontRole", key, theme.roleNames(), theme.faces().keySet().stream().sorted().toList());
            }
        }
        String latinFace = theme.latinFace();
        Map<String, Choice> byFace = new LinkedHashMap<>();
        for (String face : theme.faces().keySet().stream().sorted().filter(f -> !f.equals(latinFace)).toList()) {
            Theme.Face spec = theme.face(face);
            Optional<Choice> choice = overrides.containsKey(face)
                    ? Optional.of(new Choice(userFile(face, overrides.get(face)), "--font " + face))
                    : firstExisting(spec.files(), FROM_THEME).or(() -> firstExisting(spec.fallbacks(), FROM_FALLBACK));
            choice.ifPresent(c -> byFace.put(face, c));
        }
        if (byFace.isEmpty() && overrides.isEmpty()) {
            throw new WenshuException("找不到可用的中文字体：请运行 scripts/ensure-fonts（安装 Fandol 字体），"
                    + "或用 --font 角色=字体文件 指定").translatable(null, "noChineseFont");
        }
        Map<String, String> familyByFile = new LinkedHashMap<>();
        Map<String, ResolvedFont> byRole = new LinkedHashMap<>();
        for (String role : theme.roleNames()) {
            String face = theme.role(role).face();
            Choice choice;
            if (overrides.containsKey(role)) {
                choice = new Choice(userFile(role, overrides.get(role)), "--font " + role);
            } else if (byFace.containsKey(face)) {
                choice = byFace.get(face);
            } else {
                FontFile borrowed = byFace.isEmpty() ? byRole.values().iterator().next().file()
                        : byFace.values().iterator().next().file();
                choice = new Choice(borrowed, FROM_FALLBACK + "（没有找到" + theme.face(face).wordName() + "）");
            }
            String family = familyByFile.computeIfAbsent(choice.file().toString(), f -> "wenshu-" + face);
            byRole.put(role, new ResolvedFont(role, face, choice.file(), cache.face(choice.file()).checked(), family, choice.origin()));
        }
        List<ResolvedFont> glyphFallbacks = new ArrayList<>();
        for (String face : theme.glyphFallbackFaces()) {
            Choice choice = byFace.get(face);
            if (choice != null) {
                String family = familyByFile.computeIfAbsent(choice.file().toString(), f -> "wenshu-" + face);
                glyphFallbacks.add(new ResolvedFont("glyphFallback", face, choice.file(), cache.face(choice.file()).checked(), family,
                        choice.origin()));
            }
        }
        Optional<ResolvedFont> latin = theme.latin().flatMap(spec -> overrides.containsKey(latinFace)
                        ? Optional.of(new Choice(userFile(latinFace, overrides.get(latinFace)), "--font " + latinFace))
                        : firstExisting(spec.files(), FROM_THEME).or(() -> firstExisting(spec.fallbacks(), FROM_FALLBACK)))
                .map(c -> new ResolvedFont("latin", latinFace, c.file(), cache.face(c.file()).checked(), "wenshu-" + latinFace, c.origin()));
        return new FontSet(byRole, latin, glyphFallbacks);
    }

    private FontFile userFile(String key, String spec) {
        FontFile file = FontFile.parse(spec, home);
        if (!file.exists()) {
            throw new WenshuException("--font " + key + "=" + spec + "：字体文件不存在或不可读")
                    .translatable(null, "badFontFile", key, Quote.of(spec));
        }
        return file;
    }

    private Optional<Choice> firstExisting(List<String> specs, String origin) {
        return specs.stream().map(spec -> FontFile.parse(spec, home)).filter(FontFile::exists).findFirst()
                .map(file -> new Choice(file, origin));
    }
}
