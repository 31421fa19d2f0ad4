package org.wenshu.render.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.wenshu.model.WenshuException;

/**
 * Where a template lives: a folder on disk (the user's own, or {@code templates/NAME} under the
 * working directory) or the built-in copy in the jar. It holds {@code template.ftlx} and, optionally,
 * {@code theme.json} with overrides of the default theme.
 */
public record TemplateFolder(String name, Path directory, String classpathPrefix) {
    public static final String MAIN_FILE = "template.ftlx";
    public static final String THEME_FILE = "theme.json";

    /**
     * Finds {@code nameOrPath}: an existing folder path first, then {@code templates/NAME} in
     * {@code workingDirectory}, then the built-in template of that name.
     */
    public static TemplateFolder find(String nameOrPath, Path workingDirectory) {
        Path asPath = workingDirectory.resolve(nameOrPath);
        if (Files.isRegularFile(asPath.resolve(MAIN_FILE))) {
            return new TemplateFolder(asPath.getFileName().toString(), asPath, null);
        }
        Path local = workingDirectory.resolve("templates").resolve(nameOrPath);
        if (!nameOrPath.contains("/") && Files.isRegularFile(local.resolve(MAIN_FILE))) {
            return new TemplateFolder(nameOrPath, local, null);
        }
        String prefix = "templates/" + nameOrPath + "/";
        if (!nameOrPath.contains("/") && TemplateFolder.class.getClassLoader().getResource(prefix + MAIN_FILE) != null) {
            return new TemplateFolder(nameOrPath, null, prefix);
        }
        throw new WenshuException("找不到模板“" + nameOrPath + "”：应是含 " + MAIN_FILE
                + " 的文件夹，或内置模板名（document）").translatable(null, "noTemplate", nameOrPath, MAIN_FILE);
    }

    public boolean isBuiltIn() {
        return directory == null;
    }

    /** The template's theme overrides, if it has any. */
    public Optional<String> themeOverrides() {
        if (directory != null) {
            Path file = directory.resolve(THEME_FILE);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new WenshuException(file + "：无法读取（" + e.getMessage() + "）").translatable(file, "unreadable", e.getMessage());
            }
        }
        try (InputStream in = TemplateFolder.class.getClassLoader().getResourceAsStream(classpathPrefix + THEME_FILE)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("built-in template unreadable: " + classpathPrefix, e);
        }
    }

    /**
     * The URI of the folder (ending in {@code /}) from which the template may load images and style
     * sheets: the folder on disk, or the built-in template's folder in the jar.
     */
    public String resourceRoot() {
        if (directory != null) {
            String uri = directory.toAbsolutePath().normalize().toUri().toString();
            return uri.endsWith("/") ? uri : uri + "/";
        }
        java.net.URL url = TemplateFolder.class.getClassLoader().getResource(classpathPrefix);
        return url == null ? null : url.toString();
    }

    /** How to name the theme file in messages. */
    public String themeOrigin() {
        return directory != null ? directory.resolve(THEME_FILE).toString() : "内置模板 " + name + "/" + THEME_FILE;
    }
}
