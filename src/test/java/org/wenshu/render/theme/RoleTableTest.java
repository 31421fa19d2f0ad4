package org.wenshu.render.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTableTest {

    @Test
    void anElementWithoutClassTakesTheRowOfItsTag() {
        assertThat(RoleTable.match("p", "").role()).isEqualTo("body");
        assertThat(RoleTable.match("h2", "  ").role()).isEqualTo("heading1");
        assertThat(RoleTable.match("div", "")).isNull();
    }

    @Test
    void classesAreSeparatedByAnyWhitespaceAndMatchWhole() {
        assertThat(RoleTable.match("p", "first meta").role()).isEqualTo("meta");
        assertThat(RoleTable.match("p", "\tmeta\n last ").role()).isEqualTo("meta");
        assertThat(RoleTable.match("p", "metadata").role()).isEqualTo("body");
        assertThat(RoleTable.match("h1", "x title").role()).isEqualTo("title");
        assertThat(RoleTable.match("span", "attachment-label").role()).isEqualTo("attachmentLabel");
    }

    @Test
    void aRowEndingInADashMatchesEveryClassStartingSo() {
        assertThat(RoleTable.match("p", "toc-1").role()).isEqualTo("toc1");
        assertThat(RoleTable.match("p", "toc-3").role()).isEqualTo("toc2");
        assertThat(RoleTable.match("p", "entry toc-4").role()).isEqualTo("toc2");
        assertThat(RoleTable.match("p", "xtoc-4").role()).isEqualTo("body");
    }
}
