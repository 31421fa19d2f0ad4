package org.wenshu;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.ReportRenderer;
import org.wenshu.render.fonts.FontCache;

/**
 * The render side of a {@link Wenshu}: one renderer per template, made on first use and kept, all
 * sharing one font cache, so fonts and templates are loaded once however many threads render.
 * Kept apart from {@code Wenshu} so that parsing alone never loads a render class.
 */
final class Rendering {
    private final Path templateDirectory;
    private final Map<String, String> fonts;
    private final Map<String, String> settings;
    private final FontCache cache = new FontCache();
    private final Map<String, ReportRenderer> renderers = new ConcurrentHashMap<>();

    Rendering(Path templateDirectory, Map<String, String> fonts, Map<String, String> settings) {
        this.templateDirectory = templateDirectory;
        this.fonts = Map.copyOf(fonts);
        this.settings = Map.copyOf(settings);
    }

    /** The renderer of {@code template} (a built-in name or a folder relative to the template directory). */
    ReportRenderer renderer(String template) {
        return renderers.computeIfAbsent(template, name -> RenderSetup.resolve(name, templateDirectory, fonts, settings,
                Instant.EPOCH, cache).renderer());
    }
}
