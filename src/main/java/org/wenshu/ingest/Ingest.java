package org.wenshu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.wenshu.model.LimitExceededException;
import org.wenshu.model.WenshuException;

/** Picks the reader for a file and reads it, turning I/O trouble into one-line user errors. */
public final class Ingest {
    /** Larger sources are refused before reading: no office document is this big as text. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final List<SourceReader> readers;

    public Ingest(List<SourceReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /**
     * The readers for the formats wenshu understands, most specific first: readers that recognise
     * a file by its first bytes come before those that go by its name, plain text last.
     */
    public static Ingest standard() {
        return new Ingest(List.of(new DocReader(), new PdfReader(), new HtmlReader(), new DocxReader(),
                new MarkdownReader(), new PlainTextReader()));
    }

    public SourceText read(Path path) {
        return read(path, load(path));
    }

    /**
     * Reads {@code content} as the file {@code path} names (messages and line references name it; it
     * need not exist, as for a stream a service received).
     */
    public SourceText read(Path path, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new LimitExceededException("file-size", path + "：文件过大（" + content.length / (1024 * 1024) + " MB，上限 "
                    + MAX_BYTES / (1024 * 1024) + " MB）").translatable(path, "tooLarge",
                    content.length / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw new WenshuException(path + "：文件为空").translatable(path, "empty");
        }
        for (SourceReader reader : readers) {
            if (reader.accepts(path, content)) {
                SourceText text = reader.read(path, content);
                if (text.lines().stream().allMatch(line -> line.text().isBlank())) {
                    throw new WenshuException(path + "：文件中没有文字").translatable(path, "noText");
                }
                return text;
            }
        }
        throw new WenshuException(path + "：不支持的文件格式").translatable(path, "unsupported");
    }

    /** The formats a source without a file name can be given as ({@link #readAs}): file extensions. */
    public static final List<String> FORMATS = List.of("txt", "md", "html", "docx", "doc", "pdf");

    /**
     * Reads {@code content} that has no file name to tell its format (standard input): {@code format}
     * is one of {@link #FORMATS}, or null to tell it from the content — a PDF, a Word file (ZIP or
     * OLE2) or a web page by its first bytes, plain text otherwise (Markdown cannot be told from plain
     * text: say {@code md}). The text and every message name the source {@code name}.
     */
    public SourceText readAs(Path name, String format, byte[] content) {
        String extension = format != null ? format : sniff(content);
        Path hint = Path.of(name + "." + extension);
        try {
            SourceText text = read(hint, content);
            return new SourceText(name, text.lines(), text.diagnostics());
        } catch (WenshuException e) {
            String message = e.getMessage();
            if (message != null && message.startsWith(hint.toString())) {
                String renamed = name + message.substring(hint.toString().length());
                throw (e instanceof LimitExceededException limit
                        ? new LimitExceededException(limit.limit(), renamed, e) : new WenshuException(renamed, e)).keyedAs(e, name);
            }
            throw e;
        }
    }

    /** The format of content without a name, by its first bytes. */
    static String sniff(byte[] content) {
        if (content.length >= 5 && new String(content, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return "pdf";
        }
        if (OfficeMagic.isZip(content)) {
            return "docx";
        }
        if (OfficeMagic.isOle2(content)) {
            return "doc";
        }
        String start = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return start.contains("<html") || start.contains("<!doctype html") ? "html" : "txt";
    }

    private static byte[] load(Path path) {
        try {
            if (Files.isDirectory(path)) {
                throw new WenshuException(path + "：是目录，不是文件").translatable(path, "directory");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new LimitExceededException("file-size", path + "：文件过大（" + size / (1024 * 1024) + " MB，上限 "
                        + MAX_BYTES / (1024 * 1024) + " MB）").translatable(path, "tooLarge",
                        size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return in.readAllBytes();
            }
        } catch (NoSuchFileException e) {
            throw new WenshuException(path + "：文件不存在").translatable(path, "missing");
        } catch (IOException e) {
            throw new WenshuException(path + "：无法读取（" + e.getMessage() + "）", e).translatable(path, "unreadable", e.getMessage());
        }
    }
}
