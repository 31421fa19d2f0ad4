package org.wenshu.render.theme;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.wenshu.model.WenshuException;

/**
 * Page geometry, font faces and the look of each text role. One theme drives both the CSS for the
 * PDF and the Word styles for the DOCX, so the two outputs agree. Lengths are millimetres, font
 * sizes points, vertical spacing in lines of the page grid. {@code glyphFallbackFaces} serve no role:
 * they set the characters none of the role faces has (a GB2312 face lacks 蹚), after those faces.
 */
public record Theme(String name, String description, Page page, PageNumber pageNumber,
                    Map<String, Face> faces, String latinFace, List<String> glyphFallbackFaces,
                    Map<String, RoleStyle> roles, boolean leadBold, String tocTitle, int tocLevels,
                    LineBreaking lineBreaking, Tables tables) {

    /** The roles every theme must define. */
    public static final List<String> REQUIRED_ROLES = RoleTable.requiredRoles();

    public Theme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(pageNumber, "pageNumber");
        faces = Map.copyOf(faces);
        roles = Map.copyOf(roles);
        latinFace = latinFace == null ? "" : latinFace;
        glyphFallbackFaces = glyphFallbackFaces == null ? List.of() : List.copyOf(glyphFallbackFaces);
        tocTitle = tocTitle == null ? "目录" : tocTitle;
        tocLevels = tocLevels <= 0 ? 2 : tocLevels;
        lineBreaking = lineBreaking == null ? new LineBreaking("", "", "", 0) : lineBreaking;
        tables = tables == null ? new Tables("", 0, List.of()) : tables;
    }

    /**
     * Tables of the sources: the first row is a header row (bold, centred); a cell whose whole text
     * matches {@code numericCell} (a number, maybe with a unit: 8.2万人, 27%) is set flush right; a
     * heading right after a table gets {@code spaceBeforeHeading} lines above it. A table too wide for
     * the body's type (the narrowest widths of its columns do not fit the text width together: a
     * form of 15 columns) is set in the first of {@code smallerSizes} (points, largest first) at
     * which they fit, or the last; its lines keep the body's proportion of pitch to size.
     */
    public record Tables(String numericCell, double spaceBeforeHeading, List<Double> smallerSizes) {
        public Tables {
            numericCell = numericCell == null ? "" : numericCell;
            smallerSizes = smallerSizes == null ? List.of() : List.copyOf(smallerSizes);
        }

        public boolean isNumeric(String cell) {
            return !numericCell.isEmpty() && cell.strip().matches(numericCell);
        }
    }

    /**
     * Line-breaking rules (禁则, GB/T 15834 and the W3C clreq): the marks that may not start a line
     * (closing brackets and quotes, stops and pauses, %, connectors) and those that may not end one
     * (opening brackets and quotes, currency signs). The PDF applies them next to any script; the
     * DOCX hands them to Word as its custom kinsoku lists. {@code hang}: the stops and pauses that
     * may hang past the end of a full line instead of pushing its last character down (Word's
     * "allow punctuation to overflow", on by default, and LibreOffice's hanging punctuation; empty
     * for none). {@code scriptSpace}: the space between Chinese text and Latin letters or digits, as
     * a share of the font size (0 for none) — Word's autoSpaceDE/autoSpaceDN, on by default there
     * and always on in LibreOffice.
     */
    public record LineBreaking(String noStart, String noEnd, String hang, double scriptSpace) {
        public LineBreaking {
            noStart = noStart == null ? "" : noStart;
            noEnd = noEnd == null ? "" : noEnd;
            hang = hang == null ? "" : hang;
        }

        /** Whether a line may end between {@code before} and {@code after} (code points; -1 at a text edge). */
        public boolean allowsBreakBetween(int before, int after) {
            return (after < 0 || noStart.indexOf(after) < 0) && (before < 0 || noEnd.indexOf(before) < 0);
        }
    }

    /** Paper size, margins and the text grid. */
    public record Page(double width, double height, double top, double bottom, double left, double right,
                       int linesPerPage, int charsPerLine) {
        public double textWidth() {
            return width - left - right;
        }

        public double textHeight() {
            return height - top - bottom;
        }

        /** Distance between two baselines of body text, in points. */
        public double linePitchPt() {
            return textHeight() / linesPerPage * 72 / 25.4;
        }

        /** Width of one grid character, in points. */
        public double charPitchPt() {
            return textWidth() / charsPerLine * 72 / 25.4;
        }
    }

    /** The "— N —" page number: text around the digits, distance below the text block, inset. */
    public record PageNumber(String role, String prefix, String suffix, double gap, double insetChars) {}

    /**
     * A typeface used in the document: its Word name, the files of the real face on Windows, macOS
     * or Linux, and open stand-ins to fall back to when none of those is installed.
     */
    public record Face(String wordName, List<String> files, List<String> fallbacks) {
        public Face {
            files = files == null ? List.of() : List.copyOf(files);
            fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
        }
    }

    /**
     * How one role (title, heading 1, body, …) looks. {@code color} is the text colour as six hex
     * digits (empty: black); {@code ruleAbove}/{@code ruleBelow} draw a rule across the text block
     * above/below the paragraph, that many points thick, in {@code ruleColor} (empty: black) — a
     * paragraph border in Word; {@code rightTab} sets a right-aligned tab stop at the right margin
     * so a paragraph can hold text on the left and on the right of one line.
     */
    public record RoleStyle(String face, double size, boolean bold, String align, double indentChars,
                            double spaceBefore, double spaceAfter, String color, double ruleAbove,
                            double ruleBelow, String ruleColor, boolean rightTab) {
        public RoleStyle {
            align = align == null ? "left" : align;
            color = hex(color, "color");
            ruleColor = hex(ruleColor, "ruleColor");
        }

        public RoleStyle(String face, double size, boolean bold, String align, double indentChars,
                         double spaceBefore, double spaceAfter) {
            this(face, size, bold, align, indentChars, spaceBefore, spaceAfter, "", 0, 0, "", false);
        }

        /** A colour that is not six hex digits; {@link ThemeLoader} names the theme file and says it in the reader's language. */
        static final class BadColour extends IllegalArgumentException {
            final String what;
            final String value;

            BadColour(String what, String value) {
                super(what + " 应是六位十六进制颜色，如 FF0000：" + value);
                this.what = what;
                this.value = value;
            }
        }

        private static String hex(String value, String what) {
            String v = value == null ? "" : value.strip().replaceFirst("^#", "").toUpperCase(java.util.Locale.ROOT);
            if (!v.isEmpty() && !v.matches("[0-9A-F]{6}")) {
                throw new BadColour(what, value);
            }
            return v;
        }
    }

    /**
     * The face for Latin letters and digits (Word's ASCII slot), or empty. In the PDF, runs of
     * ASCII text are set in it, so lines break as they do in Word with Times New Roman.
     */
    public java.util.Optional<Face> latin() {
        return java.util.Optional.ofNullable(faces.get(latinFace));
    }

    /** The Word name of the Latin face (Times New Roman by default). */
    public String latinFont() {
        return latin().map(Face::wordName).orElse("Times New Roman");
    }

    public RoleStyle role(String role) {
        RoleStyle style = roles.get(role);
        if (style == null) {
            throw new WenshuException("主题 " + name + " 没有定义角色“" + role + "”的样式").translatable(null, "themeNoRole", name, role);
        }
        return style;
    }

    public Face face(String face) {
        Face found = faces.get(face);
        if (found == null) {
            throw new WenshuException("主题 " + name + " 没有定义字体“" + face + "”").translatable(null, "themeNoFace", name, face);
        }
        return found;
    }

    /** Role names in a stable order. */
    public List<String> roleNames() {
        return roles.keySet().stream().sorted().toList();
    }
}
