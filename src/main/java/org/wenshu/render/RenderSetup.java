package org.wenshu.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.wenshu.model.WenshuException;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.fonts.FontLocator;
import org.wenshu.render.fonts.FontSet;
import org.wenshu.render.template.TemplateFolder;
import org.wenshu.render.theme.Theme;
import org.wenshu.render.theme.ThemeLoader;

/**
 * Everything a render call is configured with, resolved once: the template folder, its theme
 * (defaults plus the template's overrides), the fonts found for each role, the {@code --set}
 * values and the timestamp stamped into outputs.
 */
public record RenderSetup(TemplateFolder folder, Theme theme, FontSet fonts, Map<String, String> settings, Instant created) {

    public RenderSetup {
        settings = Map.copyOf(settings);
    }

    /** Resolves {@code template} (a name or folder) relative to {@code workingDirectory}. */
    public static RenderSetup resolve(String template, Path workingDirectory, Map<String, String> fontOverrides,
                                      Map<String, String> settings, Instant created, FontCache cache) {
        TemplateFolder folder = TemplateFolder.find(template, workingDirectory);
        ThemeLoader loader = new ThemeLoader();
        Theme theme = folder.themeOverrides()
                .map(json -> loader.withOverrides(json, folder.themeOrigin()))
                .orElseGet(loader::defaultTheme);
        FontSet fonts = new FontLocator(cache).locate(theme, fontOverrides);
        return new RenderSetup(folder, theme, fonts, settings, created);
    }

    /** The instant in {@code SOURCE_DATE_EPOCH} (seconds), or now when it is not set. */
    public static Instant createdAt(String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return Instant.ofEpochSecond(Instant.now().getEpochSecond());
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
        } catch (NumberFormatException e) {
            throw new WenshuException("SOURCE_DATE_EPOCH=" + sourceDateEpoch + "：应是自 1970 年起的秒数")
                    .translatable("SOURCE_DATE_EPOCH=" + sourceDateEpoch, "badSourceDateEpoch");
        }
    }

    public ReportRenderer renderer() {
        return new ReportRenderer(folder, theme, fonts, settings, created);
    }
}
