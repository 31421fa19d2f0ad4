package org.wenshu.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Wording;

/**
 * Decodes the bytes of a text file: a byte-order mark wins; otherwise UTF-16 is recognised by its
 * zero bytes and by reading as text, strict UTF-8 is tried first, and GB18030 (a superset of GBK
 * and GB2312) is the fallback.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text, the charset used and whether it was a guess worth reporting. */
    record Decoded(String text, Charset charset, boolean guessed, int replaced) {
        Decoded(String text, Charset charset, boolean guessed) {
            this(text, charset, guessed, 0);
        }

        /**
         * What decoding did that the user should know of; {@code kind} names the file's kind in the
         * messages' keys: {@code file} (文件) or {@code page} (网页).
         */
        List<Diagnostic> diagnostics(String kind) {
            List<Diagnostic> diagnostics = new ArrayList<>();
            if (replaced > 0) {
                diagnostics.add(Diagnostic.warning("encoding-repaired", 0, "encodingRepaired",
                        Wording.of("kind." + kind), replaced));
            }
            if (guessed) {
                diagnostics.add(Diagnostic.info("encoding-guessed", 0, "encodingGuessed",
                        Wording.of("unmarked." + kind), charset.name()));
            }
            return diagnostics;
        }
    }

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
        boolean zeros = containsZero(bytes);
        if (!zeros) {
            Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8, false);
            if (utf8 != null) {
                return utf8;
            }
        }
        // UTF-16 without a BOM: ASCII, line ends and U+xx00 characters leave zero bytes
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Decoded decoded = bytes.length % 2 == 0 ? strict(bytes, 0, utf16, true) : null;
            if (decoded != null && readsAsText(decoded.text())) {
                return decoded;
            }
        }
        if (zeros) {
            return null;
        }
        Decoded repaired = nearlyUtf8(bytes);
        if (repaired != null) {
            return repaired;
        }
        Decoded gb = strict(bytes, 0, GB18030, true);
        return gb != null && readsAsText(gb.text()) ? gb : null;
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

    /**
     * UTF-8 with a few broken bytes (a truncated copy, one stray byte): decoded with U+FFFD in
     * their place, so one bad byte does not cost the whole file. GBK read as UTF-8 breaks almost
     * every character and is not taken for this.
     */
    private static Decoded nearlyUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int replaced = 0;
        int decodedNonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                replaced++;
            } else if (c > 0x7F) {
                decodedNonAscii++;
            }
        }
        // a UTF-8 file with a stray byte decodes nearly all its Chinese; GBK decodes almost none
        boolean nearly = replaced <= Math.max(3, text.length() / 1000) && decodedNonAscii >= 20 * replaced;
        return nearly ? new Decoded(text, StandardCharsets.UTF_8, false, replaced) : null;
    }

    /** Mostly CJK, CJK punctuation, full-width forms and printable ASCII. */
    private static boolean readsAsText(String text) {
        int sample = Math.min(text.length(), 8192);
        int good = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' || c >= 0x3400 && c <= 0x9FFF
                    || Character.isSurrogate(c) && Character.isLetter(text.codePointAt(Character.isHighSurrogate(c) ? i : i - 1))
                    || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF || c >= 0x2000 && c <= 0x206F) {
                good++;
            }
        }
        return sample > 0 && good >= sample * 0.9;
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
