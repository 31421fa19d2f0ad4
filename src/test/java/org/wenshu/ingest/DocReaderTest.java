package org.wenshu.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

/** Word 97–2003 files; the corpus equivalence is in {@link FormatEquivalenceTest}. */
class DocReaderTest {

    /** {@code formats/table.doc}: a Heading 1 paragraph, body text and a 2×2 table, saved by LibreOffice 7.4. */
    @Test
    void headingStylesAndTablesComeThrough() throws Exception {
        Path file = FormatEquivalenceTest.resource("formats/table.doc");
        List<SourceLine> lines = new DocReader().read(file, Files.readAllBytes(file)).lines();
        assertThat(lines).extracting(SourceLine::number).containsExactly(1, 2, 3, 4);
        assertThat(lines.get(0).headingLevel()).as("the lone Heading 1 on top is the title").isZero();
        assertThat(lines.get(2).table()).containsExactly(List.of("项目", "完成情况"), List.of("民生实事", "10件"));
        assertThat(lines.get(3).text()).isEqualTo("表后的正文。");
    }

    @Test
    void anOfficeFileWithoutWordTextIsNotTakenForADoc() throws Exception {
        byte[] empty;
        try (POIFSFileSystem fs = new POIFSFileSystem();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[8]), "Workbook");
            fs.writeFilesystem(out);
            empty = out.toByteArray();
        }
        byte[] bytes = empty;
        assertThatThrownBy(() -> new DocReader().read(Path.of("表格.doc"), bytes))
                .isInstanceOf(WenshuException.class).hasMessageStartingWith("表格.doc：不是 Word 文档");
    }
}
