package org.wenshu.conservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.wenshu.Wenshu;
import org.wenshu.ingest.PlainTextReader;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;

/**
 * The conservation invariant on generated documents (title blocks, every heading form, run-in
 * headings, lists, glossaries, web furniture at head, foot and in the middle, HTML blocks on one
 * line, site markers) and on corpus files mutated (lines dropped, repeated, swapped, joined,
 * furniture and "相关报道：" inserted anywhere, lines wrapped into {@code <p>} blocks on one line).
 *
 * <p>The number of tries comes from {@code jqwik.tries.default} (src/test/resources/
 * junit-platform.properties keeps {@code mvn test} to seconds); run longer with
 * {@code mvn test -Dtest=ConservationProperties -Djqwik.tries.default=5000}.
 */
class ConservationProperties {
    private static final Wenshu WENSHU = Wenshu.standard();
    private static final List<CorpusFile> CORPUS = corpus();

    private static final List<String> WORDS = List.of(
            "全面", "推进", "高质量发展", "深化改革", "主题教育", "调查研究", "群众", "民生", "就业", "基层",
            "党员干部", "整改落实", "产业结构", "持续优化", "科技创新", "营商环境", "生态环境", "乡村振兴",
            "2026年", "12.5%", "3万亿元", "“四上”企业", "《实施方案》", "xx", "D员", "x县", "GDP", "AI");
    private static final List<String> FURNITURE = List.of(
            "下载 打印 全屏 收藏", "下载", "打印", "【字号：加大 还原 减小】", "【字体：", "大", "中", "小", "】",
            "您的位置：首页 > 要闻", "首页 > 政务信息 > 要闻", "分享到:", "分享到微信", "×", "|", "扫一扫在手机打开当前页",
            "打印本页 关闭窗口", "8c3c6e4d9d3c2cf8a1b2", "阅读量：", "相关报道：", "相关文档：", "更多>>",
            "责任编辑：王五", "上一篇：关于做好春节期间工作的通知", "》》点击图片进入专题《《");
    private static final List<String> META = List.of(
            "来源：人民日报", "发布时间：2026-02-03 09:02:33", "发布时间:2024-11-25 04:43:40 来源: sp20241125",
            "2026-01-31 07:00:44", "（来源：青海日报）", "编辑：何继红", "省长 王予波", "《 人民日报 》( 2023年10月27日 04 版)",
            "某某市人民政府文件", "某政发〔2026〕1号", "第5期", "（2026年1月25日）", "2026年3月1日", "（此件公开发布）");
    private static final List<String> MARKERS = List.of(
            "一、", "二、", "三、", "（一）", "（二）", "（三）", "1.", "2.", "3、", "（1）", "(2)", "①", "第一章", "第二部分",
            "一是", "二是", "附件1", "附件", "注释：", "名词解释", "［1］", "——");

    @Property
    void generatedDocumentsLoseAndInventNothing(@ForAll("documents") String text) {
        assertConserved(text);
    }

    @Property
    void mutatedCorpusFilesLoseAndInventNothing(@ForAll("mutatedCorpus") MutatedFile file) {
        assertConserved(file.text());
    }

    private static void assertConserved(String text) {
        SourceText source = new PlainTextReader().read(Path.of("generated.txt"), text.getBytes(StandardCharsets.UTF_8));
        List<Document> documents = WENSHU.parse(source);
        Statistics.label("documents").collect(documents.size() > 1 ? "several" : "one");
        assertThat(Conservation.check(source, documents)).isEmpty();
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(6, sentence()),
                Tuple.of(3, Combinators.combine(Arbitraries.of(MARKERS), phrase(), sentence().injectNull(0.5))
                        .as((m, h, body) -> m + h + (body == null ? "" : "。" + body))),
                Tuple.of(2, phrase()),
                Tuple.of(2, Arbitraries.of(FURNITURE)),
                Tuple.of(1, Arbitraries.of(META)),
                Tuple.of(1, Arbitraries.just("")),
                Tuple.of(1, sentence().list().ofMinSize(2).ofMaxSize(4)
                        .map(ps -> "<div>" + String.join("</div><div>&nbsp;</div><div>", ps) + "</div>")),
                Tuple.of(1, sentence().map(s -> "##paidbegin##" + s)),
                Tuple.of(1, sentence().map(s -> "　　" + s + " ")));
        return Combinators.combine(phrase(), line.list().ofMinSize(1).ofMaxSize(40))
                .as((title, lines) -> title + "\n" + String.join("\n", lines) + "\n");
    }

    @Provide
    Arbitrary<MutatedFile> mutatedCorpus() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 100_000), Arbitraries.of(FURNITURE)).as(Mutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, CORPUS.size() - 1),
                mutation.list().ofMinSize(1).ofMaxSize(6)).as(MutatedFile::new);
    }

    /** A corpus file (by index into the sorted list) with mutations applied in order; printed short. */
    record MutatedFile(int file, List<Mutation> mutations) {
        String text() {
            return mutate(CORPUS.get(file).text(), mutations);
        }

        @Override
        public String toString() {
            return CORPUS.get(file).name() + " " + mutations;
        }
    }

    /** kind: 0 drop, 1 repeat, 2 swap with next, 3 join next, 4 insert furniture, 5 insert 相关报道：, 6 wrap 3 lines in <p>, 7 blank. */
    record Mutation(int kind, int at, String furniture) {}

    private record CorpusFile(String name, String text) {}

    private static String mutate(String text, List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        for (Mutation m : mutations) {
            if (lines.size() < 3) {
                break;
            }
            int i = m.at() % lines.size();
            int j = (i + 1) % lines.size();
            switch (m.kind()) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> lines.set(i, lines.set(j, lines.get(i)));
                case 3 -> {
                    if (i + 1 < lines.size()) {
                        lines.set(i, lines.get(i) + lines.remove(i + 1).strip());
                    }
                }
                case 4 -> lines.add(i, m.furniture());
                case 5 -> lines.add(i, "相关报道：");
                case 6 -> {
                    int end = Math.min(lines.size(), i + 3);
                    String blocks = "<p>" + String.join("</p><p>", lines.subList(i, end)) + "</p>";
                    lines.subList(i, end).clear();
                    lines.add(i, blocks);
                }
                default -> lines.add(i, "");
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static Arbitrary<String> phrase() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5).map(w -> String.join("", w));
    }

    private static Arbitrary<String> sentence() {
        Arbitrary<String> clause = Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(8).map(w -> String.join("", w));
        return Combinators.combine(clause.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("。", "！", "；", "：", ""))
                .as((clauses, end) -> String.join("，", clauses) + end);
    }

    private static List<CorpusFile> corpus() {
        Path folder = Paths.get("src/test/resources/corpus");
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return new CorpusFile(p.getFileName().toString(), Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
