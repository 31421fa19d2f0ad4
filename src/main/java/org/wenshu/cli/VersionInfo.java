package org.wenshu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.wenshu.model.WenshuException;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.fonts.ResolvedFont;
import picocli.CommandLine;

/**
 * What {@code wenshu --version} prints: wenshu's version, the Java running it, and the folders the
 * default template's fonts are taken from with the faces in each (which role uses which file is
 * {@code wenshu fonts}).
 */
final class VersionInfo implements CommandLine.IVersionProvider {
    private static final String DEFAULT_TEMPLATE = "document";

    private final ResourceBundle bundle;

    VersionInfo(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public String[] getVersion() {
        List<String> lines = new ArrayList<>();
        lines.add("wenshu " + version());
        lines.add(CliLanguage.format(bundle, "version.java", Runtime.version(),
                System.getProperty("java.vendor", "?"), System.getProperty("java.home", "?")));
        try {
            RenderSetup setup = RenderSetup.resolve(DEFAULT_TEMPLATE, Path.of(""), Map.of(), Map.of(), Instant.EPOCH, new FontCache());
            lines.add(CliLanguage.format(bundle, "version.fonts", DEFAULT_TEMPLATE));
            for (Map.Entry<Path, Set<String>> folder : folders(setup.fonts().distinctFamilies()).entrySet()) {
                lines.add("  " + folder.getKey() + "  " + String.join(bundle.getString("error.listSeparator"), folder.getValue()));
            }
            lines.add(CliLanguage.format(bundle, "version.fontsDetail", DEFAULT_TEMPLATE));
        } catch (WenshuException e) {
            lines.add(CliLanguage.format(bundle, "version.noFonts", e.getMessage()));
        }
        return lines.toArray(String[]::new);
    }

    /** Each folder a font comes from, with the names of the faces taken from it, in order of first use. */
    private static Map<Path, Set<String>> folders(List<ResolvedFont> fonts) {
        Map<Path, Set<String>> folders = new LinkedHashMap<>();
        for (ResolvedFont font : fonts) {
            Path parent = font.file().path().toAbsolutePath().getParent();
            folders.computeIfAbsent(parent, p -> new LinkedHashSet<>()).add(font.fullName());
        }
        return folders;
    }

    /** The version Maven wrote into {@code version.properties}. */
    static String version() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
