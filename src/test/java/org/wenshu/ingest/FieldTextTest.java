package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.wenshu.model.SourceLine;

/** Only a .doc field's result is text, also when the field spans paragraphs or nests. */
class FieldTextTest {
    @Test
    void aFieldWhoseResultSpansParagraphsShowsOnlyItsResult() {
        FieldText fields = new FieldText();
        assertThat(fields.visible("\u0013 MERGEFIELD title \u0014中国某某局关于提升\r")).isEqualTo("中国某某局关于提升\r");
        assertThat(fields.isOpen()).isTrue();
        assertThat(fields.visible("服务质效的实施意见\u0015\r")).isEqualTo("服务质效的实施意见\r");
        assertThat(fields.isOpen()).isFalse();
    }

    @Test
    void anInstructionThatSpansParagraphsIsHiddenWhole() {
        FieldText fields = new FieldText();
        assertThat(fields.visible("前\u0013 MERGEFIELD $TextContent\r")).isEqualTo("前");
        assertThat(fields.visible(" \\* FirstCap \u0014正文\u0015后\r")).isEqualTo("正文后\r");
    }

    @Test
    void nestedFieldsShowTheOuterResultOnly() {
        FieldText fields = new FieldText();
        assertThat(fields.visible("第\u0013 IF \u0013 PAGE \u0014 3\u0015 > 1 \u00143\u0015页"))
                .isEqualTo("第3页");
        assertThat(fields.visible("\u0013 PAGE \u0015无分隔符")).isEqualTo("无分隔符");
    }

    @Test
    void aStrayEndMarkIsDropped() {
        assertThat(new FieldText().visible("正文\u0015。")).isEqualTo("正文。");
    }

    @Test
    void mergeFieldsOfARealWpsFileNeverShow() throws Exception {
        Path file = Paths.get(getClass().getClassLoader().getResource("word-real/rm115.doc").toURI());
        var lines = Ingest.standard().read(file).lines();
        assertThat(lines).extracting(SourceLine::text).noneMatch(t -> t.contains("MERGEFIELD"));
        assertThat(lines.get(0).text()).isEqualTo("中国银监会浙江监管局关于提升银行业");
        assertThat(lines.get(1).text()).isEqualTo("服务实体经济质效的实施意见");
    }
}
