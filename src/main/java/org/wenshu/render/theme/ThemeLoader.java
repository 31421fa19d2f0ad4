package org.wenshu.render.theme;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.wenshu.model.Quote;
import org.wenshu.model.WenshuException;

/**
 * Reads a theme from JSON. A template's {@code theme.json} holds only overrides; they are merged
 * key by key into the default GB/T 9704 theme before the result is bound to {@link Theme}.
 */
public final class ThemeLoader {
    private static final String DEFAULT_THEME = "gbt9704.json";

    /** Made only when a theme is not one {@link ThemeBinder} reads (its set-up is most of a theme's cost). */
    private ObjectMapper mapper;

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        }
        return mapper;
    }

    /** The default theme (GB/T 9704). */
    public Theme defaultTheme() {
        return ThemeBinder.tree(defaultJson()).flatMap(ThemeBinder::bind).map(ThemeLoader::checked)
                .orElseGet(() -> bind(defaultTree(), DEFAULT_THEME));
    }

    /** The default theme with the overrides in {@code json} applied; {@code origin} names the file. */
    @SuppressWarnings("unchecked")
    public Theme withOverrides(String json, String origin) {
        Optional<Object> quick = ThemeBinder.tree(json);
        if (quick.isPresent() && quick.get() instanceof Map<?, ?> overrides) {
            Optional<Theme> theme = ThemeBinder.tree(defaultJson()).flatMap(tree -> {
                ThemeBinder.merge((Map<String, Object>) tree, (Map<String, Object>) overrides);
                return ThemeBinder.bind(tree);
            });
            if (theme.isPresent()) {
                return checked(theme.get());
            }
        }
        JsonNode overrides;
        try {
            overrides = mapper().readTree(json);
        } catch (IOException e) {
            throw new WenshuException(origin + "：主题文件不是有效的 JSON（" + firstLine(e.getMessage()) + "）")
                    .translatable(origin, "themeNotJson", firstLine(e.getMessage()));
        }
        if (!(overrides instanceof ObjectNode)) {
            throw new WenshuException(origin + "：主题文件应是一个 JSON 对象").translatable(origin, "themeNotObject");
        }
        ObjectNode merged = defaultTree();
        merge(merged, (ObjectNode) overrides);
        return bind(merged, origin);
    }

    private ObjectNode defaultTree() {
        try {
            return (ObjectNode) mapper().readTree(defaultJson());
        } catch (IOException e) {
            throw new IllegalStateException("default theme unreadable", e);
        }
    }

    private static String defaultJson() {
        try (InputStream in = ThemeLoader.class.getResourceAsStream(DEFAULT_THEME)) {
            if (in == null) {
                throw new IllegalStateException("default theme missing from the jar: " + DEFAULT_THEME);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("default theme unreadable", e);
        }
    }

    private Theme bind(ObjectNode tree, String origin) {
        Theme theme;
        try {
            theme = mapper().treeToValue(tree, Theme.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Theme.RoleStyle.BadColour bad) {
                    throw new WenshuException(origin + "：主题设置有误（" + bad.getMessage() + "）")
                            .translatable(origin, "themeBadColour", bad.what, Quote.of(String.valueOf(bad.value)));
                }
            }
            throw new WenshuException(origin + "：主题设置有误（" + firstLine(e.getOriginalMessage()) + "）")
                    .translatable(origin, "themeBadSetting", firstLine(e.getOriginalMessage()));
        }
        return checked(theme);
    }

    /** {@code theme}, once every required role and glyph-fallback face is known to be defined. */
    private static Theme checked(Theme theme) {
        for (String role : Theme.REQUIRED_ROLES) {
            Theme.RoleStyle style = theme.role(role);
            theme.face(style.face());
        }
        theme.glyphFallbackFaces().forEach(theme::face);
        return theme;
    }

    /** Objects merge recursively; any other value (arrays included) replaces the default. */
    static void merge(ObjectNode target, ObjectNode overrides) {
        Iterator<Map.Entry<String, JsonNode>> fields = overrides.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue() instanceof ObjectNode value) {
                merge(existingObject, value);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
