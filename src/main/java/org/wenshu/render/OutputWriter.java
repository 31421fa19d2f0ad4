package org.wenshu.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One output format: how a templated report becomes a file. A writer names its format (as
 * {@code --to} and a job's {@code outputs:} name it), the file extension and the media type, and
 * writes the report to a stream. A new format is one class implementing this and one line in
 * {@link OutputFormats#standard()} (or {@code Wenshu.builder().output(writer)} for a library user).
 *
 * <p>Writers are stateless and may be called from several threads at once.
 */
public interface OutputWriter {
    /** The format's name, lower case ({@code pdf}): what {@code --to} and {@code outputs:} take. */
    String name();

    /** The file name extension without the dot ({@code pdf}). */
    default String extension() {
        return name();
    }

    /** The media type, for serving the output over HTTP ({@code application/pdf}). */
    String mediaType();

    /**
     * Whether this writer always asks for the page layout ({@link TemplatedReport#layout()}), so the
     * faces a layout needs are worth parsing early ({@link ReportRenderer#prepare}). False by default.
     */
    default boolean laysOutPages() {
        return false;
    }

    /**
     * Writes {@code report} to {@code out} (not closed). The report's XHTML must not be changed
     * (clone it first); page layout is there on demand ({@link TemplatedReport#layout()}).
     */
    void write(TemplatedReport report, OutputStream out) throws IOException;
}
