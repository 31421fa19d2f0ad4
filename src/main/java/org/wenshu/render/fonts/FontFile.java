package org.wenshu.render.fonts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A font file on disk and, for a collection (.ttc), the index of the face in it. */
public record FontFile(Path path, int index) {
    public FontFile {
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses {@code "/path/font.ttc,2"}, {@code "~/fonts/a.ttf"} or {@code "C:/Windows/Fonts/simfang.ttf"}.
     * The index defaults to 0 and only matters for collections.
     */
    public static FontFile parse(String spec, Path home) {
        String pathPart = spec.trim();
        int index = 0;
        int comma = pathPart.lastIndexOf(',');
        if (comma > 0 && pathPart.substring(comma + 1).matches("\\d+")) {
            index = Integer.parseInt(pathPart.substring(comma + 1));
            pathPart = pathPart.substring(0, comma);
        }
        if (pathPart.startsWith("~/") && home != null) {
            pathPart = home.resolve(pathPart.substring(2)).toString();
        }
        return new FontFile(Path.of(pathPart), index);
    }

    public boolean isCollection() {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }

    public boolean exists() {
        return Files.isRegularFile(path) && Files.isReadable(path);
    }

    /** The name OpenPDF's BaseFont takes: a collection's face is addressed as {@code path,N}. */
    public String baseFontName() {
        return isCollection() ? path + "," + index : path.toString();
    }

    @Override
    public String toString() {
        return isCollection() ? path + "," + index : path.toString();
    }
}
