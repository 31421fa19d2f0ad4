package org.wenshu.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a DOCX package with every entry stamped 1980-01-01 00:00 (the ZIP epoch), in the same
 * order: POI stamps entries with the current time, which would make every build differ.
 */
final class ZipNormalizer {
    private static final LocalDateTime ZIP_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    byte[] normalize(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream zipOut = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ZIP_EPOCH);
                zipOut.putNextEntry(copy);
                in.transferTo(zipOut);
                zipOut.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
