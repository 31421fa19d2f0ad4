package org.wenshu.render.fonts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wenshu.model.WenshuException;
import org.wenshu.render.theme.Theme;

/**
 * Picks a real font file for every role: a {@code --font ROLE=FILE} (or {@code FACE=FILE}) given by
 * the user, else the first file of the role's face that exists on this machine (Windows, macOS
 * and Linux paths are listed in the theme), else any font found for another face.
 */
public final class FontLocator {
    private final FontCache cache;
    private final Path home;

    public FontLocator(FontCache cache) {
        this(cache, Path.of(System.getProperty("user.home", "/")));
    }

    public FontLocator(FontCache cache, Path home) {
        this.cache = cache;
        this.home = home;
    }

    /** Fonts for every role of {@code theme}; {@code overrides} maps a role or face name to a file. */
    public FontSet locate(Theme theme, Map<String, String> overrides) {
        for (String key : overrides.keySet()) {
            if (!theme.roles().containsKey(key) && !theme.faces().containsKey(key)) {
                throw new WenshuException("--font " + key + "=…：没有这个角色或字体（可用：角色 "
                        + String.join("、", theme.roleNames()) + "；字体 "
                        + String.join("、", theme.faces().keySet().stream().sorted().toList()) + "）");
            }
        }
        Map<String, FontFile> byFace = new LinkedHashMap<>();
        for (String face : theme.faces().keySet().stream().sorted().toList()) {
            String override = overrides.get(face);
            FontFile file = override != null ? userFile(face, override) : firstExisting(theme.face(face).files());
            if (file != null) {
                byFace.put(face, file);
            }
        }
        if (byFace.isEmpty() && overrides.isEmpty()) {
            throw new WenshuException("找不到可用的中文字体：请安装 fonts-arphic-gbsn00lp fonts-arphic-gkai00mp "
                    + "fonts-wqy-microhei（apt-get install -y …），或用 --font 角色=字体文件 指定");
        }
        Map<String, String> familyByFile = new LinkedHashMap<>();
        Map<String, ResolvedFont> byRole = new LinkedHashMap<>();
        for (String role : theme.roleNames()) {
            String face = theme.role(role).face();
            FontFile file;
            String origin;
            if (overrides.containsKey(role)) {
                file = userFile(role, overrides.get(role));
                origin = "--font " + role;
            } else if (byFace.containsKey(face)) {
                file = byFace.get(face);
                origin = overrides.containsKey(face) ? "--font " + face : isFirstChoice(theme, face, file) ? "主题" : "替代字体";
            } else {
                file = fallback(byFace, byRole);
                origin = "替代字体（没有找到" + theme.face(face).wordName() + "）";
            }
            String family = familyByFile.computeIfAbsent(file.toString(), f -> "wenshu-" + face);
            byRole.put(role, new ResolvedFont(role, face, file, cache.load(file), family, origin));
        }
        return new FontSet(byRole);
    }

    private FontFile fallback(Map<String, FontFile> byFace, Map<String, ResolvedFont> byRole) {
        if (!byFace.isEmpty()) {
            return byFace.values().iterator().next();
        }
        return byRole.values().iterator().next().file();
    }

    /** A file from the first half of the list (the real GB faces) rather than an open stand-in. */
    private boolean isFirstChoice(Theme theme, String face, FontFile file) {
        String path = file.path().toString();
        return !(path.startsWith("/usr/share/fonts/truetype/arphic") || path.startsWith("/usr/share/fonts/truetype/wqy")
                || path.startsWith("/usr/share/fonts/opentype/noto") || path.startsWith("/usr/share/fonts/truetype/lxgw"));
    }

    private FontFile userFile(String key, String spec) {
        FontFile file = FontFile.parse(spec, home);
        if (!file.exists()) {
            throw new WenshuException("--font " + key + "=" + spec + "：字体文件不存在或不可读");
        }
        return file;
    }

    private FontFile firstExisting(List<String> specs) {
        List<FontFile> files = new ArrayList<>();
        for (String spec : specs) {
            files.add(FontFile.parse(spec, home));
        }
        return files.stream().filter(FontFile::exists).findFirst().orElse(null);
    }
}
