package org.wenshu.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file: a byte-order mark wins; otherwise UTF-16 is recognised by its
 * zero bytes, strict UTF-8 is tried, and GB18030 (a superset of GBK and GB2312) is the fallback.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text, the charset used and whether it was a guess worth reporting. */
    record Decoded(String text, Charset charset, boolean guessed) {}

    private TextDecoder() {}

    /** Returns null when the bytes are not text in any encoding we know. */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, false);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, false);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, false);
        }
        Charset utf16 = utf16ByZeroBytes(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16, true);
        }
        if (containsZero(bytes)) {
            return null;
        }
        Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8, false);
        if (utf8 != null) {
            return utf8;
        }
        return strict(bytes, 0, GB18030, true);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, boolean guessed) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return new Decoded(text, charset, guessed);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** UTF-16 without a BOM: most CJK and ASCII text leaves a zero in one byte of many pairs. */
    private static Charset utf16ByZeroBytes(byte[] bytes) {
        int pairs = Math.min(bytes.length / 2, 4096);
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        if (oddZeros > pairs / 4 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs / 4 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean containsZero(byte[] bytes) {
        int limit = Math.min(bytes.length, 65536);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
