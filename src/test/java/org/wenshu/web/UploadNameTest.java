package org.wenshu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Whatever name a browser sends, the stored name is one plain file directly in the workspace. */
class UploadNameTest {
    private static final Path FOLDER = Path.of("/tmp/ws/files");

    @Property
    void anyNameStaysInsideTheFolder(@ForAll String sent) {
        String name = UploadName.of(sent);
        assertThat(name).isNotEmpty().doesNotStartWith(".").doesNotContain("/", "\\", "*", "?", "[", "\u0000");
        assertThat(UploadName.inside(FOLDER, name).getParent()).isEqualTo(FOLDER);
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(UploadName.MAX_LENGTH + 3);
    }

    @Test
    void pathsAndHiddenNamesAreReducedToAPlainName() {
        assertThat(UploadName.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadName.of("C:\\Users\\甲\\总结.docx")).isEqualTo("总结.docx");
        assertThat(UploadName.of("..")).isEqualTo("材料");
        assertThat(UploadName.of(".wenshu-job.yaml")).isEqualTo("wenshu-job.yaml");
        assertThat(UploadName.of("CON.txt")).isEqualTo("材料_CON.txt");
        assertThat(UploadName.of("报告*（草稿）?.txt")).isEqualTo("报告_（草稿）_.txt");
        assertThat(UploadName.of("长".repeat(300) + ".docx")).endsWith("长.docx").hasSize(UploadName.MAX_LENGTH);
        assertThat(UploadName.numbered("总结.docx", 2)).isEqualTo("总结（2）.docx");
        assertThatThrownBy(() -> UploadName.inside(FOLDER, "../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
