package org.wenshu.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wenshu.model.WenshuException;
import org.wenshu.render.theme.Theme;
import org.wenshu.render.theme.ThemeLoader;

class FontLocatorTest {
    private final Theme theme = new ThemeLoader().defaultTheme();
    private final FontLocator locator = new FontLocator(new FontCache());

    @Test
    void everyRoleGetsAnExistingFontThatDrawsChinese() {
        FontSet fonts = locator.locate(theme, Map.of());
        for (String role : theme.roleNames()) {
            ResolvedFont font = fonts.forRole(role);
            assertThat(font.file().exists()).as(role).isTrue();
            assertThat(font.covers('国')).as(role).isTrue();
        }
    }

    @Test
    void fontOverrideForARoleWins() {
        FontSet defaults = locator.locate(theme, Map.of());
        ResolvedFont kai = defaults.forRole("heading2");
        FontSet fonts = locator.locate(theme, Map.of("body", kai.file().toString()));
        assertThat(fonts.forRole("body").file()).isEqualTo(kai.file());
        assertThat(fonts.forRole("body").origin()).isEqualTo("--font body");
        assertThat(fonts.forRole("heading3").file()).isEqualTo(defaults.forRole("heading3").file());
    }

    @Test
    void collectionsAreAddressedByIndex() {
        FontFile file = FontFile.parse("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,1", Path.of("/root"));
        assertThat(file.index()).isEqualTo(1);
        assertThat(file.isCollection()).isTrue();
        assertThat(file.baseFontName()).isEqualTo("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,1");
        assertThat(FontFile.parse("~/f.ttf", Path.of("/home/u")).path()).isEqualTo(Path.of("/home/u/f.ttf"));
    }

    @Test
    void missingOrUnknownOverridesAreUserErrors() {
        assertThatThrownBy(() -> locator.locate(theme, Map.of("body", "/nonexistent/font.ttf")))
                .isInstanceOf(WenshuException.class).hasMessageContaining("字体文件不存在");
        assertThatThrownBy(() -> locator.locate(theme, Map.of("footer", "/x.ttf")))
                .isInstanceOf(WenshuException.class).hasMessageContaining("没有这个角色或字体");
    }

    @Test
    void aCharacterNoFontDrawsIsFound() {
        FontSet fonts = locator.locate(theme, Map.of());
        assertThat(fonts.coveringFont("body", 0x1F600)).isEmpty();
        assertThat(fonts.coveringFont("body", '中')).isPresent();
    }
}
