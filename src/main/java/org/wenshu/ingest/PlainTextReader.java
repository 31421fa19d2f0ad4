package org.wenshu.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.SourceLine;
import org.wenshu.model.WenshuException;

/** Plain text in UTF-8 (with or without BOM), UTF-16 or GB18030/GBK, with any line endings. */
public final class PlainTextReader implements SourceReader {

    @Override
    public boolean accepts(Path path, byte[] head) {
        return true;
    }

    @Override
    public SourceText read(Path path, byte[] content) {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        if (decoded == null) {
            throw new WenshuException(path + "：不是可识别的文本文件（含二进制内容或编码无法识别）").translatable(path, "binary");
        }
        String text = decoded.text();
        int controls = countControls(text);
        if (controls > Math.max(8, text.length() / 100)) {
            throw new WenshuException(path + "：不是可识别的文本文件（含大量控制字符）").translatable(path, "controlCharacters");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        diagnostics.addAll(decoded.diagnostics("file"));
        return new SourceText(path, splitLines(text), diagnostics);
    }

    /** Splits on CRLF, CR or LF; line numbers start at 1. */
    static List<SourceLine> splitLines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(text.substring(start, i), number++));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new SourceLine(text.substring(start), number));
        }
        return lines;
    }

    private static int countControls(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                count++;
            }
        }
        return count;
    }
}
