package org.wenshu.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.wenshu.model.WenshuException;
import org.wenshu.render.AtomicFile;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code wenshu gallery DIR [--pages FILE]}: for CI. Reads back every PDF in DIR, checks it (fonts
 * embedded, text present, table-of-contents page numbers, page counts against expected ones) and
 * writes a PNG preview of each first page (PDFBox, no poppler) and an {@code index.html} gallery
 * beside them. Exit 1 when a check fails.
 */
final class GalleryCommand implements Callable<Integer> {
    /** A table-of-contents line: the entry, dot leaders or spaces, the page number. */
    private static final Pattern TOC_LINE = Pattern.compile("^(.{2,}?)[\\s.·…]*?(\\d{1,4})$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*(\\d+)\\s*—");

    Path directory;
    Path expectedPages;
    CommandLine.Model.CommandSpec spec;

    /** The command's picocli model ({@link CommandModel}). */
    CommandLine.Model.CommandSpec model() {
        spec = CommandModel.command("gallery", this);
        spec.addPositional(CommandModel.positional(PositionalParamSpec.builder().required(true).index("0").arity("1").paramLabel("DIR").descriptionKey("dir"),
                Path.class, () -> directory, v -> directory = (Path) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--pages").paramLabel("FILE"), Path.class,
                () -> expectedPages, v -> expectedPages = (Path) v));
        return CommandModel.withStandardHelp(spec);
    }

    /** A sample: its PDF's name, pages and preview, the other formats found beside it (DOCX …) and what failed. */
    record Sample(String name, int pages, String preview, List<OutputWriter> others, List<String> problems) {}

    private final OutputFormats outputFormats;

    GalleryCommand(OutputFormats outputFormats) {
        this.outputFormats = outputFormats;
    }

    @Override
    public Integer call() throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (!Files.isDirectory(directory)) {
            throw new WenshuException(directory + "：不是文件夹").translatable(directory, "notAFolder");
        }
        Map<String, Integer> expected = expectedPages == null ? Map.of() : readExpected(expectedPages);
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(directory)) {
            pdfs = files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        if (pdfs.isEmpty()) {
            throw new WenshuException(directory + "：没有 PDF").translatable(directory, "noPdf");
        }
        List<Sample> samples = new ArrayList<>();
        for (Path pdf : pdfs) {
            samples.add(sample(pdf, expected));
        }
        for (String name : expected.keySet()) {
            if (samples.stream().noneMatch(s -> s.name().equals(name))) {
                samples.add(new Sample(name, 0, null, List.of(), List.of(say("gallery.missingSample", expectedPages))));
            }
        }
        AtomicFile.write(directory.resolve("index.html"), html(samples, spec.resourceBundle()).getBytes(StandardCharsets.UTF_8));
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (Sample sample : samples) {
            for (String problem : sample.problems()) {
                out.println("wenshu: " + CliLanguage.format(spec.resourceBundle(), "output.fileError",
                        directory.resolve(sample.name() + ".pdf"), problem));
            }
            failed += sample.problems().isEmpty() ? 0 : 1;
        }
        out.println("wenshu: " + (failed == 0
                ? CliLanguage.format(spec.resourceBundle(), "gallery.summary", directory.resolve("index.html"), samples.size())
                : CliLanguage.format(spec.resourceBundle(), "gallery.summaryFailed", directory.resolve("index.html"),
                        samples.size(), failed)));
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private Sample sample(Path pdf, Map<String, Integer> expected) throws IOException {
        String file = pdf.getFileName().toString();
        String name = file.substring(0, file.length() - 4);
        List<String> problems = new ArrayList<>();
        int pages;
        String preview = name + ".png";
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 60);
            Path png = directory.resolve(preview);
            ImageIO.write(image, "png", png.toFile());
            for (PDPage page : document.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(fontName);
                    if (font != null && !font.isEmbedded()) {
                        problems.add(say("gallery.fontNotEmbedded", font.getName()));
                    }
                }
            }
            List<String> pageTexts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pageTexts.add(stripper.getText(document));
            }
            String title = document.getDocumentInformation().getTitle();
            String all = han(String.join("", pageTexts));
            if (all.length() < 20) {
                problems.add(say("gallery.noText"));
            } else if (title != null && !han(title).isEmpty() && !all.contains(han(title))) {
                problems.add(say("gallery.titleMissing", title));
            }
            problems.addAll(tocProblems(pageTexts, spec.resourceBundle()));
        }
        Integer want = expected.get(name);
        if (want == null && !expected.isEmpty()) {
            problems.add(say("gallery.noExpectedPages", expectedPages, name + "\t" + pages));
        } else if (want != null && want != pages) {
            problems.add(say("gallery.pageCount", pages, want, expectedPages));
        }
        List<OutputWriter> others = outputFormats.writers().stream()
                .filter(format -> !format.name().equals("pdf") && Files.exists(directory.resolve(name + "." + format.extension())))
                .toList();
        return new Sample(name, pages, preview, others, problems);
    }

    /**
     * The table of contents (a page headed 目录 or 目 录) lists entries with page numbers; each entry
     * must stand on the page whose footer shows that number ("— N —").
     */
    static List<String> tocProblems(List<String> pageTexts) {
        return tocProblems(pageTexts, CliLanguage.CHINESE.bundle());
    }

    /** As {@link #tocProblems(List)}, said in the language of {@code words}. */
    static List<String> tocProblems(List<String> pageTexts, java.util.ResourceBundle words) {
        List<String> problems = new ArrayList<>();
        for (int t = 0; t < Math.min(3, pageTexts.size()); t++) {
            String text = pageTexts.get(t);
            if (!text.strip().replace(" ", "").replace("\u3000", "").startsWith("目录")) {
                continue;
            }
            Map<Integer, Integer> pageOfNumber = new LinkedHashMap<>();
            for (int i = 0; i < pageTexts.size(); i++) {
                Matcher m = PAGE_NUMBER.matcher(pageTexts.get(i));
                while (m.find()) {
                    pageOfNumber.putIfAbsent(Integer.parseInt(m.group(1)), i);
                }
            }
            int entries = 0;
            for (String line : text.split("\\R")) {
                Matcher m = TOC_LINE.matcher(line.strip());
                if (!m.matches() || PAGE_NUMBER.matcher(line).find()) {
                    continue;
                }
                String entry = m.group(1).replaceAll("[\\s.·…]", "");
                if (entry.isEmpty() || entry.equals("目录")) {
                    continue;
                }
                entries++;
                int number = Integer.parseInt(m.group(2));
                Integer page = pageOfNumber.get(number);
                String key = han(entry);
                key = key.substring(0, Math.min(8, key.length()));
                if (page == null) {
                    problems.add(CliLanguage.format(words, "gallery.tocNoPage", entry, Integer.toString(number)));
                } else if (!han(pageTexts.get(page)).contains(key)) {
                    problems.add(CliLanguage.format(words, "gallery.tocWrongPage", entry, Integer.toString(number)));
                }
            }
            if (entries == 0) {
                problems.add(words.getString("gallery.tocEmpty"));
            }
        }
        return problems;
    }

    /**
     * Only the Chinese characters of {@code text}: extracted text differs from the source in spaces,
     * punctuation width and the order of runs in other faces (Latin digits), never in them.
     */
    static String han(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Map<String, Integer> readExpected(Path file) throws IOException {
        Map<String, Integer> expected = new LinkedHashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            try {
                expected.put(cells[0].strip(), Integer.parseInt(cells[1].strip()));
            } catch (RuntimeException e) {
                throw new WenshuException(file + " 第 " + number + " 行：应是“名称<TAB>页数”").translatable(file, "pagesLine", number);
            }
        }
        return expected;
    }

    /** The message {@code key} in the command line's language; file names and numbers as they are. */
    private String say(String key, Object... arguments) {
        Object[] texts = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
        return CliLanguage.format(spec.resourceBundle(), key, texts);
    }

    private static String html(List<Sample> samples, java.util.ResourceBundle words) {
        StringBuilder cards = new StringBuilder();
        for (Sample s : samples) {
            cards.append("<figure class=\"").append(s.problems().isEmpty() ? "ok" : "bad").append("\">\n");
            if (s.preview() != null) {
                cards.append("  <a href=\"").append(attr(s.name())).append(".pdf\"><img src=\"").append(attr(s.preview()))
                        .append("\" alt=\"").append(attr(CliLanguage.format(words, "gallery.firstPage", s.name()))).append("\" loading=\"lazy\"></a>\n");
            }
            cards.append("  <figcaption><b>").append(text(s.name())).append("</b><br>").append(text(CliLanguage.format(words, "gallery.pages", Integer.toString(s.pages())))).append(" · ")
                    .append("<a href=\"").append(attr(s.name())).append(".pdf\">PDF</a>");
            for (OutputWriter format : s.others()) {
                cards.append(" · <a href=\"").append(attr(s.name() + "." + format.extension())).append("\">")
                        .append(text(format.name().toUpperCase(java.util.Locale.ROOT))).append("</a>");
            }
            cards.append("<br>").append(s.problems().isEmpty() ? "✓ " + text(words.getString("gallery.passed"))
                    : "✗ " + text(String.join(words.getString("gallery.separator"), s.problems())))
                    .append("</figcaption>\n</figure>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="LANG">
                <head>
                <meta charset="utf-8">
                <title>TITLE</title>
                <style>
                body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; margin: 24px; background: #f4f4f4; }
                main { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 20px; }
                figure { margin: 0; background: #fff; padding: 10px; border-top: 4px solid #2e7d32; box-shadow: 0 1px 3px #0003; }
                figure.bad { border-top-color: #c62828; }
                img { width: 100%; border: 1px solid #ddd; }
                figcaption { font-size: 13px; line-height: 1.5; margin-top: 6px; }
                </style>
                </head>
                <body>
                <h1>HEADING</h1>
                <main>
                """.replace("LANG", words.getLocale().getLanguage().equals("en") ? "en" : "zh-CN")
                .replace("TITLE", text(words.getString("gallery.title")))
                .replace("HEADING", text(words.getString("gallery.heading"))) + cards + "</main>\n</body>\n</html>\n";
    }

    private static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
