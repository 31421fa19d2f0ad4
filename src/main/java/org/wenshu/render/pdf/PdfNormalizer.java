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
 */
final class PdfNormalizer {
    private static final Pattern SUBSET_TAG = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+");
    private static final Pattern FILE_ID = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]{32})>\\s*<([0-9a-fA-F]{32})>\\s*\\]");

    byte[] normalize(byte[] pdf) {
        // ISO-8859-1 maps every byte to one char and back, so offsets are preserved.
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher tag = SUBSET_TAG.matcher(text);
        while (tag.find()) {
            tags.computeIfAbsent(tag.group(1), t -> subsetTag(tags.size()));
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher any = Pattern.compile("([A-Z]{6})\\+").matcher(text);
        int last = 0;
        while (any.find()) {
            String replacement = tags.get(any.group(1));
            if (replacement != null && precededByNameStart(text, any.start())) {
                out.append(text, last, any.start()).append(replacement).append('+');
                last = any.end();
            }
        }
        out.append(text, last, text.length());
        String withTags = out.toString();
        String id = HexFormat.of().withUpperCase().formatHex(md5(withTags.replaceAll(FILE_ID.pattern(), "")));
        String result = FILE_ID.matcher(withTags).replaceFirst("/ID [<" + id + "><" + id + ">]");
        return result.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean precededByNameStart(String text, int index) {
        if (index == 0) {
            return false;
        }
        char before = text.charAt(index - 1);
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

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
