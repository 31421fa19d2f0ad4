package org.wenshu.render.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.wenshu.model.WenshuException;

class ThemeLoaderTest {
    private final ThemeLoader loader = new ThemeLoader();

    @Test
    void defaultThemeIsGbt9704() {
        Theme theme = loader.defaultTheme();
        assertThat(theme.page().textWidth()).isEqualTo(156);
        assertThat(theme.page().textHeight()).isEqualTo(225);
        assertThat(ThemeCss.linePitch(theme)).isCloseTo(28.95, within(0.001));
        assertThat(theme.role("body").size()).isEqualTo(16);
        assertThat(theme.role("title").size()).isEqualTo(22);
        assertThat(theme.face(theme.role("heading1").face()).wordName()).isEqualTo("黑体");
        assertThat(theme.face(theme.role("heading2").face()).wordName()).isEqualTo("楷体_GB2312");
        assertThat(theme.role("pageNumber").size()).isEqualTo(14);
    }

    @Test
    void overridesMergeIntoTheDefaults() {
        Theme theme = loader.withOverrides("{\"leadBold\": true, \"roles\": {\"heading2\": {\"bold\": true}}}", "t.json");
        assertThat(theme.leadBold()).isTrue();
        assertThat(theme.role("heading2").bold()).isTrue();
        assertThat(theme.role("heading2").face()).isEqualTo("kai");
        assertThat(theme.role("body").size()).isEqualTo(16);
    }

    @Test
    void badJsonNamesTheFile() {
        assertThatThrownBy(() -> loader.withOverrides("{leadBold: }", "my/theme.json"))
                .isInstanceOf(WenshuException.class).hasMessageStartingWith("my/theme.json：");
        assertThatThrownBy(() -> loader.withOverrides("{\"roles\": {\"body\": {\"face\": \"nosuch\"}}}", "t.json"))
                .isInstanceOf(WenshuException.class).hasMessageContaining("nosuch");
    }

    @Test
    void cssCarriesTheGeometryAndPageNumbers() {
        String css = new ThemeCss().write(loader.defaultTheme(), role -> "\"f-" + role + "\"");
        assertThat(css).contains("size: 210.00mm 297.00mm")
                // the content area reaches 42 pt (the largest type) into the 26 mm right margin, so a
                // hanging stop or pause is not clipped, and the body gives that room back
                .contains("margin: 37.00mm 11.18mm 35.00mm 28.00mm")
                .contains("body { margin-right: 42.000pt; }")
                .contains("text-align: right; padding-right: 56.000pt;")
                .contains("@page :right { @bottom-right { content: \"— \" counter(page) \" —\"")
                .contains("@page :left { @bottom-left")
                .contains("padding-top: 7.00mm")
                .contains("line-height: 28.950pt");
    }
}
