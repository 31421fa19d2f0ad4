package org.wenshu.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;

/**
 * The structural self-check over the whole corpus: prints, per file, how many consecutive
 * ordinals ended up as siblings and how many marker kinds kept one depth, with the faults.
 */
class StructureSelfCheckTest {
    @Test
    void consecutiveOrdinalsAreSiblingsAndKindsKeepTheirDepth() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CorpusGoldenTest.resource("corpus"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Wenshu wenshu = Wenshu.standard();
        int pairs = 0;
        int siblings = 0;
        int kinds = 0;
        int oneDepth = 0;
        StringBuilder report = new StringBuilder();
        for (Path file : files) {
            for (Document document : wenshu.parse(file)) {
                StructureSelfCheck check = StructureSelfCheck.of(document);
                pairs += check.pairs();
                siblings += check.siblingPairs();
                kinds += check.kinds();
                oneDepth += check.kindsAtOneDepth();
                if (!check.faults().isEmpty()) {
                    report.append(file.getFileName()).append(" «").append(document.title()).append("»\n");
                    check.faults().forEach(f -> report.append("    ").append(f).append('\n'));
                }
            }
        }
        report.append(String.format("siblings %d/%d, kinds at one depth %d/%d%n", siblings, pairs, oneDepth, kinds));
        System.out.print(report);
        assertThat(pairs).isPositive();
    }
}
