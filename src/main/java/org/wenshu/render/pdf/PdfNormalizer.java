package org.wenshu.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes OpenPDF's output reproducible. It draws the font subset tags ({@code ABCDEF+Font}) and the
 * trailer {@code /ID} at random; both are replaced, byte for byte and at the same length (so the
 * cross-reference offsets stay valid), by values derived from the content.
 *
 * <p>Works on the bytes in place: a 700-page PDF is 18 MB, and copying it through Strings and
 * regular expressions over the whole file cost several copies and a scan per character. The
 * patterns are only tried where their literal start ({@code /BaseFont}, {@code /FontName},
 * {@code /ID}) occurs; a tag is a {@code +} after six capitals.
 */
final class PdfNormalizer {
    private static final Pattern SUBSET_TAG = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+");
    private static final Pattern FILE_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*\\]");
    private static final byte[] BASE_FONT = "/BaseFont".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] FONT_NAME = "/FontName".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ID = "/ID".getBytes(StandardCharsets.ISO_8859_1);
    private static final int TAG = 6;

    byte[] normalize(byte[] pdf) {
        byte[] out = pdf.clone();
        Latin1 text = new Latin1(out);
        // the random tags, in order of first appearance as a font's name
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher tag = SUBSET_TAG.matcher(text);
        for (int at = 0; at < out.length; at++) {
            if (out[at] == '/' && (startsWith(out, at, BASE_FONT) || startsWith(out, at, FONT_NAME))
                    && tag.region(at, out.length).lookingAt()) {
                tags.computeIfAbsent(tag.group(1), t -> subsetTag(tags.size()));
                at = tag.end() - 1;
            }
        }
        // every XXXXXX+ after a name start (/, '(' or a space) that is one of them, renamed in place
        for (int plus = TAG + 1; plus < out.length; plus++) {
            if (out[plus] == '+' && capitals(out, plus - TAG, plus) && precededByNameStart(out[plus - TAG - 1])) {
                String replacement = tags.get(new String(out, plus - TAG, TAG, StandardCharsets.ISO_8859_1));
                if (replacement != null) {
                    System.arraycopy(replacement.getBytes(StandardCharsets.ISO_8859_1), 0, out, plus - TAG, TAG);
                }
            }
        }
        // the file identifier: an MD5 of everything but the identifiers themselves
        MessageDigest md5 = md5();
        Matcher id = FILE_ID.matcher(text);
        int firstStart = -1;
        int firstEnd = -1;
        int last = 0;
        for (int at = 0; at < out.length; at++) {
            if (out[at] == '/' && startsWith(out, at, ID) && id.region(at, out.length).lookingAt()) {
                md5.update(out, last, at - last);
                if (firstStart < 0) {
                    firstStart = at;
                    firstEnd = id.end();
                }
                last = id.end();
                at = id.end() - 1;
            }
        }
        md5.update(out, last, out.length - last);
        if (firstStart < 0) {
            return out;
        }
        String hex = HexFormat.of().withUpperCase().formatHex(md5.digest());
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

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
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

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes as ISO-8859-1 characters, without a copy, for the patterns. */
    private record Latin1(byte[] bytes) implements CharSequence {
        @Override
        public int length() {
            return bytes.length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
