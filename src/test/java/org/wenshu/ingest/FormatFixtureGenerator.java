package org.wenshu.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.wenshu.Wenshu;
import org.wenshu.model.Document;
import org.wenshu.model.Section;

/**
 * Makes the .docx fixtures of the format-equivalence test from a UTF-8 .txt, one paragraph per
 * line (empty lines included, so paragraph ordinals equal the .txt's line numbers):
 * {@code NAME.styled.docx} gives the lines the parser takes for the title and for whole-line
 * headings Word's Title and Heading N styles; {@code NAME.numbered.docx} replaces the literal
 * markers 一、 （一） 1. （1） with a four-level automatic list where Word would show the same marker.
 * {@code NAME.md} is the same lines as Markdown. {@code NAME.paged.docx} (first-line indents, a
 * running header, "— N —" page numbers) is printed to PDF by LibreOffice. Run by hand, not as a test:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.wenshu.ingest.FormatFixtureGenerator IN.txt OUTDIR
 * soffice --headless --convert-to pdf OUTDIR/NAME.paged.docx
 * </pre>
 */
public final class FormatFixtureGenerator {
    /** Level patterns and the lvlText/numFmt that reproduces each. */
    private static final Pattern[] MARKERS = {
        Pattern.compile("^([一二三四五六七八九十]+)、"),
        Pattern.compile("^（([一二三四五六七八九十]+)）"),
        Pattern.compile("^(\\d+)\\."),
        Pattern.compile("^（(\\d+)）"),
    };
    private static final String[] LVL_TEXT = {"%1、", "（%2）", "%3.", "（%4）"};
    private static final STNumberFormat.Enum[] FORMATS = {STNumberFormat.CHINESE_COUNTING,
        STNumberFormat.CHINESE_COUNTING, STNumberFormat.DECIMAL, STNumberFormat.DECIMAL};

    private FormatFixtureGenerator() {}

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        String name = in.getFileName().toString().replaceAll("\\.txt$", "");
        List<String> lines = lines(Files.readString(in, StandardCharsets.UTF_8));
        write(styled(in, lines), dir.resolve(name + ".styled.docx"));
        write(numbered(lines), dir.resolve(name + ".numbered.docx"));
        write(paged(lines), dir.resolve(name + ".paged.docx"));
        Files.writeString(dir.resolve(name + ".md"), markdown(in, lines), StandardCharsets.UTF_8);
    }

    /**
     * The same lines as Markdown, line for line: "#" for the title, "##", "###"… for whole-line
     * headings by depth, paragraph leads in bold, a list item as "- ".
     */
    private static String markdown(Path in, List<String> lines) {
        Document parsed = Wenshu.standard().parse(in).get(0);
        Map<Integer, Integer> headingLines = new HashMap<>();
        collect(parsed.sections(), 1, headingLines);
        Map<Integer, String> leads = new HashMap<>();
        leads(parsed.sections(), leads);
        StringBuilder out = new StringBuilder();
        boolean titleDone = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            Integer level = headingLines.get(i + 1);
            String lead = leads.get(i + 1);
            if (!titleDone && !text.isBlank() && text.strip().equals(parsed.title())) {
                out.append("# ").append(text);
                titleDone = true;
            } else if (level != null) {
                out.append("#".repeat(level + 1)).append(' ').append(text);
            } else if (lead != null && text.startsWith(lead)) {
                out.append("**").append(lead).append("**").append(text.substring(lead.length()));
            } else {
                out.append(text);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void leads(List<Section> sections, Map<Integer, String> out) {
        for (Section section : sections) {
            section.paragraphs().stream().filter(p -> p.lead() != null && p.marker() == null)
                    .forEach(p -> out.putIfAbsent(p.line(), p.lead()));
            leads(section.sections(), out);
        }
    }

    /** For the PDF fixture: first-line indents, a running header and "— N —" page numbers. */
    private static XWPFDocument paged(List<String> lines) {
        XWPFDocument doc = new XWPFDocument();
        XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
        policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph()
                .createRun().setText("某某县人民政府办公室");
        XWPFParagraph footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT)
                .createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        footer.createRun().setText("— ");
        footer.getCTP().addNewFldSimple().setInstr("PAGE");
        footer.getCTP().addNewR().addNewT().setStringValue(" —");
        for (String text : lines) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationFirstLine(480);
            p.createRun().setText(text);
        }
        return doc;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static XWPFDocument styled(Path in, List<String> lines) {
        Document parsed = Wenshu.standard().parse(in).get(0);
        Map<Integer, Integer> headingLines = new HashMap<>();
        collect(parsed.sections(), 1, headingLines);
        XWPFDocument doc = new XWPFDocument();
        XWPFStyles styles = doc.createStyles();
        addStyle(styles, "Title", "Title");
        for (int level = 1; level <= 4; level++) {
            addStyle(styles, "Heading" + level, "heading " + level);
        }
        boolean titleDone = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText(text);
            Integer level = headingLines.get(i + 1);
            if (!titleDone && !text.isBlank() && text.strip().equals(parsed.title())) {
                p.setStyle("Title");
                titleDone = true;
            } else if (level != null && level <= 4) {
                p.setStyle("Heading" + level);
            }
        }
        return doc;
    }

    /** Lines that are a whole heading (no run-in body, not a part) and their depth. */
    private static void collect(List<Section> sections, int depth, Map<Integer, Integer> out) {
        for (Section section : sections) {
            boolean runIn = section.paragraphs().stream().anyMatch(p -> p.line() == section.line());
            if (section.kind() == Section.Kind.HEADING && !runIn) {
                out.put(section.line(), depth);
            }
            collect(section.sections(), depth + 1, out);
        }
    }

    private static void addStyle(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static XWPFDocument numbered(List<String> lines) {
        XWPFDocument doc = new XWPFDocument();
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        for (int level = 0; level < LVL_TEXT.length; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(FORMATS[level]);
            lvl.addNewLvlText().setVal(LVL_TEXT[level]);
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        BigInteger numId = numbering.addNum(abstractId);
        int[] counters = new int[LVL_TEXT.length];
        for (String text : lines) {
            XWPFParagraph p = doc.createParagraph();
            int level = -1;
            String rest = text;
            for (int l = 0; l < MARKERS.length && level < 0; l++) {
                Matcher m = MARKERS[l].matcher(text);
                if (m.find() && ordinal(m.group(1)) == counters[l] + 1) {
                    level = l;
                    rest = text.substring(m.end());
                }
            }
            if (level >= 0) {
                counters[level]++;
                for (int deeper = level + 1; deeper < counters.length; deeper++) {
                    counters[deeper] = 0;
                }
                p.setNumID(numId);
                p.setNumILvl(BigInteger.valueOf(level));
            }
            p.createRun().setText(rest);
        }
        return doc;
    }

    private static int ordinal(String number) {
        if (number.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(number);
        }
        String digits = "一二三四五六七八九";
        if (number.equals("十")) {
            return 10;
        }
        if (number.length() == 1) {
            return digits.indexOf(number) + 1;
        }
        if (number.startsWith("十")) {
            return 10 + digits.indexOf(number.charAt(1)) + 1;
        }
        return -1;
    }

    private static void write(XWPFDocument doc, Path out) throws IOException {
        try (doc; OutputStream stream = Files.newOutputStream(out)) {
            doc.write(stream);
        }
    }
}
