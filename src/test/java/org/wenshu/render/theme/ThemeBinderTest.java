package org.wenshu.render.theme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The streaming binder gives exactly the theme Jackson's data binding gives (records compare by
 * value), and declines whatever it does not read the way Jackson would, leaving it to Jackson.
 */
class ThemeBinderTest {
    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @Test
    void theDefaultThemeIsBoundAsJacksonBindsIt() throws Exception {
        Optional<Theme> quick = ThemeBinder.tree(defaultJson()).flatMap(ThemeBinder::bind);
        assertThat(quick).isPresent();
        assertThat(quick.get()).isEqualTo(mapper.treeToValue(mapper.readTree(defaultJson()), Theme.class));
        assertThat(new ThemeLoader().defaultTheme()).isEqualTo(quick.get());
    }

    @Test
    void overridesWrittenAsDocumentedAreBoundHereAsJacksonBindsThem() throws Exception {
        List<String> overrides = List.of(
                "{\"leadBold\": true, \"roles\": {\"heading2\": {\"bold\": true}}}",
                "{\"page\": {\"top\": 30.5, \"linesPerPage\": 20}, \"tocLevels\": 3, \"tocTitle\": \"目 录\"}",
                "{\"roles\": {\"body\": {\"size\": 15.75, \"color\": \"#1f1f1f\", \"ruleBelow\": 1}}, \"glyphFallbackFaces\": []}",
                "{\"faces\": {\"song\": {\"wordName\": \"宋体\", \"files\": [\"/no/such.ttf\"]}}, \"latinFace\": \"latin\"}",
                "{\"lineBreaking\": {\"hang\": \"，。\"}, \"tables\": {\"numericCell\": \"[0-9.]+\"}, \"roles\": {\"title\": {\"rightTab\": true}}}",
                "{\"leadBold\": false, \"leadBold\": true}");
        for (String json : overrides) {
            ObjectNode tree = (ObjectNode) mapper.readTree(defaultJson());
            ThemeLoader.merge(tree, (ObjectNode) mapper.readTree(json));
            Theme expected = mapper.treeToValue(tree, Theme.class);
            Optional<Object> quickTree = ThemeBinder.tree(defaultJson());
            @SuppressWarnings("unchecked")
            Map<String, Object> defaults = (Map<String, Object>) quickTree.orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> quickOverrides = (Map<String, Object>) ThemeBinder.tree(json).orElseThrow();
            ThemeBinder.merge(defaults, quickOverrides);
            assertThat(ThemeBinder.bind(defaults)).as(json).contains(expected);
            assertThat(new ThemeLoader().withOverrides(json, "t.json")).as(json).isEqualTo(expected);
        }
    }

    @Test
    void whatJacksonWouldCoerceOrRefuseIsLeftToIt() throws Exception {
        List<String> overrides = List.of(
                "{\"roles\": {\"body\": {\"size\": \"16\"}}}",       // text for a number: Jackson coerces it
                "{\"tocLevels\": 2.0}",                               // a fraction for a whole number
                "{\"tocTitle\": 3}",                                  // a number for text
                "{\"leadBold\": null}",
                "{\"roles\": {\"body\": {\"colour\": \"FF0000\"}}}", // an unknown key: Jackson's error names it
                "{\"roles\": {\"body\": {\"color\": \"red\"}}}",     // the record refuses it
                "{\"page\": {\"width\": 12345678901234567890}}");
        for (String json : overrides) {
            @SuppressWarnings("unchecked")
            Map<String, Object> defaults = (Map<String, Object>) ThemeBinder.tree(defaultJson()).orElseThrow();
            Optional<Object> quick = ThemeBinder.tree(json);
            quick.ifPresent(tree -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) tree;
                ThemeBinder.merge(defaults, map);
            });
            assertThat(quick.isEmpty() || ThemeBinder.bind(defaults).isEmpty()).as(json).isTrue();
        }
        Theme coerced = new ThemeLoader().withOverrides(overrides.get(0), "t.json");
        assertThat(coerced.role("body").size()).isEqualTo(16);
    }

    private static String defaultJson() throws Exception {
        try (InputStream in = ThemeLoader.class.getResourceAsStream("gbt9704.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
