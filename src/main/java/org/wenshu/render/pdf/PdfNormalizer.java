package org.wenshu.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Makes OpenPDF's output reproducible. It draws the font subset tags ({@code ABCDEF+Font}) and the
 * trailer {@code /ID} at random; both are replaced, byte for byte and at the same length (so the
 * cross-reference offsets stay valid), by values derived from the content. The identifier is the
 * content's CRC-32C, CRC-32 and length (16 bytes, as an MD5 would be): it names the file, it
 * guards nothing, and both checksums are computed by the JIT's intrinsics where an MD5 of a
 * 28-page PDF cost a cold render ~8 ms of C1-compiled code (a 700-page one ~75 ms).
 *
 * <p>Works on the bytes in place: a 700-page PDF is 18 MB, and copying it through Strings and
 * regular expressions over the whole file cost several copies and a scan per character. One
 * Latin-1 copy is searched for the literal starts of the patterns ({@code /BaseFont},
 * {@code /FontName}, {@code /ID}), which are tried only there; a tag is a {@code +} after six
 * capitals.
 */
final class PdfNormalizer {
    private static final Pattern SUBSET_TAG = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+");
    private static final Pattern FILE_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*\\]");
    private static final String BASE_FONT = "/BaseFont";
    private static final String FONT_NAME = "/FontName";
    private static final String ID = "/ID";
    private static final int TAG = 6;

    /**
     * {@code pdf} made reproducible, in place (the caller's array is changed; a longer file
     * identifier, which no OpenPDF output has, gives a new array).
     */
    byte[] normalize(byte[] pdf) {
        byte[] out = pdf;
        // The file as Latin-1 characters, searched with String.indexOf: a cold render reaches this
        // with its own byte loops still interpreted (the compiler is busy with the PDF writer), and
        // scanning a 1 MB file byte by byte there cost more than the MD5 below; the JDK's string
        // search is compiled long before. The text is read only; the renames go into out.
        String text = new String(out, StandardCharsets.ISO_8859_1);
        // the random tags, in order of first appearance as a font's name
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher tag = SUBSET_TAG.matcher(text);
        int nextBaseFont = text.indexOf(BASE_FONT);
        int nextFontName = text.indexOf(FONT_NAME);
        while (nextBaseFont >= 0 || nextFontName >= 0) {
            int at = nextBaseFont < 0 ? nextFontName : nextFontName < 0 ? nextBaseFont : Math.min(nextBaseFont, nextFontName);
            int from = at + 1;
            if (tag.region(at, out.length).lookingAt()) {
                tags.computeIfAbsent(tag.group(1), t -> subsetTag(tags.size()));
                from = tag.end();
            }
            nextBaseFont = nextBaseFont >= 0 && nextBaseFont < from ? text.indexOf(BASE_FONT, from) : nextBaseFont;
            nextFontName = nextFontName >= 0 && nextFontName < from ? text.indexOf(FONT_NAME, from) : nextFontName;
        }
        // every XXXXXX+ after a name start (/, '(' or a space) that is one of them, renamed in place
        for (int plus = text.indexOf('+', TAG + 1); plus >= 0; plus = text.indexOf('+', plus + 1)) {
            if (capitals(out, plus - TAG, plus) && precededByNameStart(out[plus - TAG - 1])) {
                String replacement = tags.get(text.substring(plus - TAG, plus));
                if (replacement != null) {
                    System.arraycopy(replacement.getBytes(StandardCharsets.ISO_8859_1), 0, out, plus - TAG, TAG);
                }
            }
        }
        // the file identifier: the checksums and length of everything but the identifiers themselves
        Checksums content = new Checksums();
        Matcher id = FILE_ID.matcher(text);
        int firstStart = -1;
        int firstEnd = -1;
        int last = 0;
        for (int at = text.indexOf(ID); at >= 0; at = text.indexOf(ID, at + 1)) {
            if (id.region(at, out.length).lookingAt()) {
                content.update(out, last, at - last);
                if (firstStart < 0) {
                    firstStart = at;
                    firstEnd = id.end();
                }
                last = id.end();
                at = id.end() - 1;
            }
        }
        content.update(out, last, out.length - last);
        if (firstStart < 0) {
            return out;
        }
        String hex = HexFormat.of().withUpperCase().formatHex(content.identifier());
        byte[] replacement = ("/ID [<" + hex + "><" + hex + ">]").getBytes(StandardCharsets.ISO_8859_1);
        if (replacement.length == firstEnd - firstStart) {
            System.arraycopy(replacement, 0, out, firstStart, replacement.length);
            return out;
        }
        byte[] resized = new byte[out.length - (firstEnd - firstStart) + replacement.length];
        System.arraycopy(out, 0, resized, 0, firstStart);
        System.arraycopy(replacement, 0, resized, firstStart, replacement.length);
        System.arraycopy(out, firstEnd, resized, firstStart + replacement.length, out.length - firstEnd);
        return resized;
    }

    private static boolean capitals(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 'A' || bytes[i] > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean precededByNameStart(byte before) {
        return before == '/' || before == '(' || before == ' ';
    }

    /** AAAAAA, AAAAAB, … : six capitals as the PDF specification asks. */
    private static String subsetTag(int n) {
        char[] tag = "WENSHU".toCharArray();
        int value = n;
        for (int i = 5; i >= 3; i--) {
            tag[i] = (char) ('A' + value % 26);
            value /= 26;
        }
        return new String(tag);
    }

    /** The CRC-32C, CRC-32 and length of the bytes given, as a file identifier of 16 bytes. */
    static final class Checksums {
        private final CRC32C crc32c = new CRC32C();
        private final CRC32 crc32 = new CRC32();
        private long length;

        void update(byte[] bytes, int from, int count) {
            crc32c.update(bytes, from, count);
            crc32.update(bytes, from, count);
            length += count;
        }

        byte[] identifier() {
            return ByteBuffer.allocate(16).putInt((int) crc32c.getValue()).putInt((int) crc32.getValue()).putLong(length).array();
        }
    }
}
