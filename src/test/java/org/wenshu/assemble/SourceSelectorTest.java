package org.wenshu.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenshu.model.WenshuException;

class SourceSelectorTest {
    @TempDir
    Path dir;

    private List<String> select(String yaml) throws IOException {
        Path job = dir.resolve("jobs/job.yaml");
        Files.createDirectories(job.getParent());
        Files.writeString(job, yaml, StandardCharsets.UTF_8);
        JobFile file = new JobFileReader(Set.of("compilation"), List.of("pdf")).read(job);
        return new SourceSelector().select(file).stream()
                .map(p -> dir.resolve("jobs").relativize(p).toString().replace('\\', '/')).toList();
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path path = dir.resolve("jobs").resolve(name);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x", StandardCharsets.UTF_8);
        }
    }

    @Test
    void filesFoldersAndGlobsKeepTheGivenOrderAndNaturalOrderWithin() throws IOException {
        touch("first.txt", "units/10-丙.txt", "units/2-乙.docx", "units/1-甲.md", "units/notes.json", "units/sub/3.txt",
                "more/b.txt", "more/a.txt", "more/c.pdf");
        assertThat(select("sources:\n  - first.txt\n  - units\n  - more/*.txt\n"))
                .containsExactly("first.txt", "units/1-甲.md", "units/2-乙.docx", "units/10-丙.txt", "units/sub/3.txt",
                        "more/a.txt", "more/b.txt");
    }

    @Test
    void aFileListedTwiceCountsOnceAndExcludeTakesFilesOut() throws IOException {
        touch("units/a.txt", "units/a-草稿.txt", "units/b.txt");
        assertThat(select("sources: [units/b.txt, units]\nexclude: [\"*草稿*\"]\n"))
                .containsExactly("units/b.txt", "units/a.txt");
    }

    @Test
    void aMissingSourceOrAGlobMatchingNothingIsAnErrorAtItsLine() throws IOException {
        touch("a.txt");
        assertThatThrownBy(() -> select("sources:\n  - a.txt\n  - nosuch.txt\n"))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("job.yaml 第 3 行").hasMessageContaining("nosuch.txt");
        assertThatThrownBy(() -> select("sources:\n  - a.txt\n  - \"units/*.docx\"\n"))
                .isInstanceOf(WenshuException.class)
                .hasMessageContaining("第 3 行").hasMessageContaining("units/*.docx").hasMessageContaining("没有匹配");
    }

    @Test
    void naturalOrderComparesNumbersByValue() {
        assertThat(SourceSelector.compareNatural("第2篇", "第10篇")).isNegative();
        assertThat(SourceSelector.compareNatural("a02", "a2")).isZero();
        assertThat(SourceSelector.compareNatural("b", "a")).isPositive();
    }
}
