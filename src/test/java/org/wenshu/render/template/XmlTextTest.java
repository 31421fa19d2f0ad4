package org.wenshu.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void legalTextIsReturnedAsItIs() {
        String text = "正文\t第二句\n𠀀（补充平面）\r";
        assertThat(XmlText.legal(text)).isSameAs(text);
        assertThat(XmlText.legal(null)).isNull();
        assertThat(XmlText.legal("")).isEmpty();
    }

    @Test
    void charactersXmlForbidsAreLeftOutWhereverTheyAre() {
        assertThat(XmlText.legal("\u0001开头")).isEqualTo("开头");
        assertThat(XmlText.legal("中\u0007间\uFFFE与\uFFFF结尾\u001F")).isEqualTo("中间与结尾");
        // an unpaired surrogate goes, a pair (a supplementary character) stays, also after a removal
        assertThat(XmlText.legal("a\uD800b\u0002𠀀c\uDC00")).isEqualTo("ab𠀀c");
    }
}
