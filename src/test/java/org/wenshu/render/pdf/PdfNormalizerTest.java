package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PdfNormalizerTest {
    private static final String ID_A = "0123456789abcdef0123456789ABCDEF";
    private static final String ID_B = "fedcba9876543210fedcba9876543210";

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    @Test
    void subsetTagsAreRenamedInTheOrderTheyFirstNameAFontWhereverTheyStartAName() {
        String pdf = "%PDF-1.5\n1 0 obj << /BaseFont /QWERTY+FandolSong-Regular /Sub /CIDFontType0 >>\n"
                + "2 0 obj << /FontName /ZXCVBN+LiberationSerif >>\n"
                + "3 0 obj << /BaseFont/QWERTY+FandolSong-Regular /Other (ZXCVBN+in a string) >>\n"
                + "4 0 obj << /Text (QWERTY+) xQWERTY+ QWERT+ ABCDEF+ >>\nstream\n\u00ff\u0000ZXCVBN+\nendstream\n";
        String out = text(new PdfNormalizer().normalize(latin1(pdf)));
        assertThat(out).isEqualTo(pdf.replace("/QWERTY+", "/WENAAA+").replace("/ZXCVBN+", "/WENAAB+")
                .replace("(ZXCVBN+", "(WENAAB+").replace("(QWERTY+", "(WENAAA+").replace(" ZXCVBN+", " WENAAB+"));
        // a tag glued to another letter, too short, or never a font's name stays as it was
        assertThat(out).contains("xQWERTY+", " QWERT+", " ABCDEF+");
    }

    @Test
    void theFileIdentifierIsTheChecksumsAndLengthOfEverythingButTheIdentifiers() {
        String head = "%PDF-1.5\n1 0 obj << /BaseFont /QWERTY+Face >>\ntrailer << /Size 2 ";
        String tail = " >>\n%%EOF\n";
        String pdf = head + "/ID [<" + ID_A + "><" + ID_B + ">]" + tail;
        byte[] out = new PdfNormalizer().normalize(latin1(pdf));
        String renamedHead = head.replace("QWERTY", "WENAAA");
        byte[] content = latin1(renamedHead + tail);
        CRC32C crc32c = new CRC32C();
        crc32c.update(content);
        CRC32 crc32 = new CRC32();
        crc32.update(content);
        String hex = String.format("%08X%08X%016X", crc32c.getValue(), crc32.getValue(), (long) content.length);
        assertThat(text(out)).isEqualTo(renamedHead + "/ID [<" + hex + "><" + hex + ">]" + tail);
        // the same length, so the cross-reference offsets stay valid
        assertThat(out).hasSize(pdf.length());
    }

    @Property(tries = 200)
    void anyChangedByteOutsideTheIdentifierChangesIt(@ForAll @IntRange(min = 0, max = 59) int at, @ForAll @IntRange(min = 1, max = 255) int delta) {
        String head = "%PDF-1.5\n1 0 obj << /Length 12 >> stream wenshu 文书 endstream\ntrailer << /Size 2 ";
        String pdf = head + "/ID [<" + ID_A + "><" + ID_B + ">] >>\n%%EOF\n";
        byte[] changed = latin1(pdf);
        assertThat(head.length()).isGreaterThan(60);
        changed[at] = (byte) (changed[at] + delta); // a byte before the identifier (the head is longer than 60)
        String before = text(new PdfNormalizer().normalize(latin1(pdf)));
        String after = text(new PdfNormalizer().normalize(changed));
        assertThat(identifier(after)).isNotEqualTo(identifier(before));
    }

    private static String identifier(String pdf) {
        int at = pdf.indexOf("/ID [<");
        return pdf.substring(at, at + 6 + 32);
    }

    @Test
    void anIdentifierWrittenWithSpacesIsReplacedWhole() {
        String pdf = "%PDF\ntrailer << /ID  [ <" + ID_A + "> <" + ID_B + "> ] >>\n";
        String out = text(new PdfNormalizer().normalize(latin1(pdf)));
        assertThat(out).startsWith("%PDF\ntrailer << /ID [<").endsWith(">] >>\n").doesNotContain(ID_A, ID_B);
    }

    @Test
    void aFileWithoutTagsOrIdentifierIsLeftAlone() {
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /IDX 3 >>\n/ID [<short><short>]\n";
        assertThat(text(new PdfNormalizer().normalize(latin1(pdf)))).isEqualTo(pdf);
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        String pdf = "%PDF\n/BaseFont /ABCDEF+X /FontName /GHIJKL+Y\n/ID [<" + ID_A + "><" + ID_B + ">]\n";
        assertThat(new PdfNormalizer().normalize(latin1(pdf))).isEqualTo(new PdfNormalizer().normalize(latin1(pdf)));
    }
}
