package org.wenshu.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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
