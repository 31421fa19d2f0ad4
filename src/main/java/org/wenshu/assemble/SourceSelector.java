package org.wenshu.assemble;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.wenshu.model.Quote;
import org.wenshu.model.WenshuException;

/**
 * Turns a job's {@code sources} into the files to read, in the order given: a file as it is, a
 * folder as the source files in it and its subfolders, a glob as the files it matches; folders
 * and globs in natural name order (2 before 10). {@code exclude} globs take files out again. A
 * source that does not exist or a glob that matches nothing is an error at its line.
 */
final class SourceSelector {
    /** What a folder contributes: the formats wenshu reads. */
    static final Set<String> SOURCE_EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "docx", "doc", "pdf");
    private static final Comparator<Path> NATURAL = Comparator.comparing(Path::toString, SourceSelector::compareNatural);

    List<Path> select(JobFile job) {
        Path folder = job.folder();
        Set<Path> selected = new LinkedHashSet<>();
        for (JobFile.SourceSpec spec : job.sources()) {
            List<Path> found = isGlob(spec.pattern()) ? checkedGlob(job, spec) : plain(folder, spec, job);
            selected.addAll(found);
        }
        List<PathMatcher> excludes = new ArrayList<>();
        for (JobFile.SourceSpec spec : job.excludes()) {
            excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + spec.pattern()));
        }
        List<Path> result = new ArrayList<>();
        for (Path path : selected) {
            Path relative = relative(folder, path);
            if (excludes.stream().noneMatch(m -> m.matches(relative) || m.matches(relative.getFileName()))) {
                result.add(path);
            }
        }
        if (result.isEmpty()) {
            throw new JobFileReader.Checker(job.path().toString()).mistake(job.sources().get(0).line(), "allExcluded");
        }
        return result;
    }

    private static List<Path> plain(Path folder, JobFile.SourceSpec spec, JobFile job) {
        Path path = folder.resolve(spec.pattern()).normalize();
        if (Files.isDirectory(path)) {
            List<Path> files = walk(path, Integer.MAX_VALUE).filter(SourceSelector::isSource).sorted(NATURAL).toList();
            if (files.isEmpty()) {
                throw mistake(job, spec, "emptyFolder", Quote.of(spec.pattern()),
                        String.join(" ", SOURCE_EXTENSIONS.stream().sorted().map(e -> "." + e).toList()));
            }
            return files;
        }
        if (!Files.exists(path)) {
            throw mistake(job, spec, "noSource", Quote.of(spec.pattern()), Quote.of(folder.toString().isEmpty() ? "." : folder.toString()));
        }
        return List.of(path);
    }

    private static List<Path> glob(Path folder, JobFile.SourceSpec spec) {
        String pattern = spec.pattern().replace('\\', '/');
        // walk from the part of the pattern before its first wildcard
        String[] segments = pattern.split("/");
        Path base = folder;
        int fixed = 0;
        while (fixed < segments.length - 1 && !isGlob(segments[fixed])) {
            base = base.resolve(segments[fixed]);
            fixed++;
        }
        int depth = pattern.contains("**") ? Integer.MAX_VALUE : segments.length - fixed;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        return walk(base, depth).filter(Files::isRegularFile)
                .filter(p -> matcher.matches(relative(folder, p)))
                .sorted(NATURAL).toList();
    }

    /** A glob's matches, or the error for one that matches nothing. */
    List<Path> checkedGlob(JobFile job, JobFile.SourceSpec spec) {
        List<Path> found = glob(job.folder(), spec);
        if (found.isEmpty()) {
            throw mistake(job, spec, "globMatchesNothing", Quote.of(spec.pattern()));
        }
        return found;
    }

    private static Stream<Path> walk(Path base, int depth) {
        try (Stream<Path> files = Files.walk(base, depth)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSource(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && !name.startsWith("~$")
                && SOURCE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static Path relative(Path folder, Path path) {
        return folder.toString().isEmpty() ? path : folder.relativize(path);
    }

    static boolean isGlob(String pattern) {
        return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static WenshuException mistake(JobFile job, JobFile.SourceSpec spec, String key, Object... arguments) {
        return new JobFileReader.Checker(job.path().toString()).mistake(spec.line(), "sources." + key, arguments);
    }

    /** Compares names with runs of digits by their value, so 第2篇 comes before 第10篇. */
    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int cmp = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (cmp != 0) {
                    return cmp;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
