package org.wenshu.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.wenshu.model.WenshuException;
import org.wenshu.render.AtomicFile;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.PendingFiles;
import org.wenshu.render.RenderedDocument;

/**
 * Writes a rendered document's outputs as {@code DIR/BASE.EXT}, each atomically, for {@code render}
 * and {@code build} alike: one output that cannot be written (a folder in its place, a full disk)
 * is handed to the caller to report, and the others are still written.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** The paths written, in the order of {@code wanted}; each output that could not be written goes to {@code refused}. */
    static List<String> write(RenderedDocument rendered, List<OutputWriter> wanted, Path directory, String base,
                              PendingFiles pending, Consumer<WenshuException> refused) {
        List<String> written = new ArrayList<>();
        for (OutputWriter format : wanted) {
            byte[] bytes = rendered.outputs().get(format.name());
            if (bytes != null) {
                Path target = directory.resolve(base + "." + format.extension());
                try {
                    AtomicFile.write(target, bytes, pending);
                    written.add(target.toString());
                } catch (WenshuException e) {
                    refused.accept(e);
                }
            }
        }
        return written;
    }
}
