package org.wenshu.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.wenshu.DocumentWorker;
import org.wenshu.Wenshu;
import org.wenshu.assemble.DuplicateDetector;
import org.wenshu.ingest.Ingest;
import org.wenshu.ingest.SourceText;
import org.wenshu.model.Document;
import org.wenshu.model.WenshuException;

/**
 * One browser session's files: a folder of its own ({@code files/} for the uploads and the job file,
 * {@code out/} for the last report) that no other session can name, the sources read from the
 * uploads, and the last build. All methods hold the workspace's lock, so one session's requests are
 * handled one after another while sessions run side by side.
 */
final class Workspace {
    static final String JOB_FILE = ".wenshu-job.yaml";

    private final Path folder;
    private final Path files;
    private final Path out;
    private final UploadLimits limits;
    private final List<Source> sources = new ArrayList<>();
    private int nextId = 1;
    /** Guards {@code lastUsed} and {@code busy} apart from the workspace's own lock, which a build holds for its length. */
    private final Object use = new Object();
    private long lastUsed;
    private int busy;
    private Build build;

    /** The last build: its job file text, output name, page count and what it noticed. */
    record Build(String jobText, String outputName, int pages, int parts, List<Map<String, Object>> diagnostics,
                 List<Map<String, Object>> outline, Path pdf, Path docx) {}

    Workspace(Path folder, UploadLimits limits, long now) throws IOException {
        this.folder = folder;
        this.files = Files.createDirectories(folder.resolve("files"));
        this.out = Files.createDirectories(folder.resolve("out"));
        this.limits = limits;
        this.lastUsed = now;
    }

    Path folder() {
        return folder;
    }

    /** A request of this workspace's session starts (never waits for a build of the same session). */
    void enter(long now) {
        synchronized (use) {
            busy++;
            lastUsed = now;
        }
    }

    void leave(long now) {
        synchronized (use) {
            busy--;
            lastUsed = now;
        }
    }

    /** Whether no request is running and the last one ended before {@code deadline}. */
    boolean idleSince(long deadline) {
        synchronized (use) {
            return busy == 0 && lastUsed < deadline;
        }
    }

    synchronized List<Source> sources() {
        return List.copyOf(sources);
    }

    /** The sources' documents with duplicates across files marked, by source id. */
    synchronized Map<Integer, List<Document>> markedDocuments() {
        List<Document> all = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (Source source : sources) {
            for (Document document : source.documents()) {
                all.add(document);
                owners.add(source.id());
            }
        }
        List<Document> marked = new DuplicateDetector().mark(all);
        Map<Integer, List<Document>> byId = new HashMap<>();
        for (int i = 0; i < marked.size(); i++) {
            byId.computeIfAbsent(owners.get(i), id -> new ArrayList<>()).add(marked.get(i));
        }
        return byId;
    }

    synchronized Optional<Source> source(int id) {
        return sources.stream().filter(s -> s.id() == id).findFirst();
    }

    /**
     * Stores an upload of {@code length} bytes (-1 when unknown) under a safe name, reads and parses
     * it on {@code worker}. A file the limits refuse is a {@link LimitException}; a file that cannot
     * be read is kept as a failed source with the reader's one-line message.
     */
    synchronized Source add(String sentName, long length, InputStream body, Wenshu wenshu, DocumentWorker worker,
                            WebText text) throws IOException {
        if (sources.size() >= limits.maxFiles()) {
            throw new LimitException(text.get("upload.tooMany", limits.maxFiles()));
        }
        String name = uniqueName(UploadName.of(sentName));
        long used = sources.stream().mapToLong(Source::size).sum();
        long room = Math.min(limits.maxFileBytes(), limits.maxTotalBytes() - used);
        if (length > limits.maxFileBytes()) {
            throw new LimitException(text.get("upload.tooLarge", name, WebText.size(length), WebText.size(limits.maxFileBytes())));
        }
        if (length > room) {
            throw new LimitException(text.get("upload.totalTooLarge", name, WebText.size(limits.maxTotalBytes())));
        }
        Path target = UploadName.inside(files, name);
        Path partial = files.resolve(".upload-" + nextId);
        long size;
        try (OutputStream sink = Files.newOutputStream(partial)) {
            size = copy(body, sink, room + 1);
        }
        if (size > room) {
            Files.deleteIfExists(partial);
            throw new LimitException(size > limits.maxFileBytes()
                    ? text.get("upload.tooLarge", name, text.get("upload.over"), WebText.size(limits.maxFileBytes()))
                    : text.get("upload.totalTooLarge", name, WebText.size(limits.maxTotalBytes())));
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        int id = nextId++;
        Source source;
        try {
            Ingest ingest = Ingest.standard();
            byte[] content = Files.readAllBytes(target);
            // read under the bare name, so documents and messages name the file as the user knows it
            SourceText read = worker.run(name, () -> ingest.read(Path.of(name), content));
            List<Document> documents = worker.run(name, () -> wenshu.parse(read));
            source = new Source(id, name, target, size, read, documents, null);
        } catch (WenshuException e) {
            Files.deleteIfExists(target);
            source = Source.failed(id, name, size, plain(text.say(e, name)));
        }
        sources.add(source);
        return source;
    }

    /** Removes a source and its file; false when there is none with {@code id}. */
    synchronized boolean remove(int id) throws IOException {
        Optional<Source> source = source(id);
        if (source.isEmpty()) {
            return false;
        }
        sources.remove(source.get());
        if (source.get().path() != null) {
            Files.deleteIfExists(source.get().path());
        }
        return true;
    }

    synchronized Optional<Build> build() {
        return Optional.ofNullable(build);
    }

    /** Writes the job file for {@code form} and builds it; the outputs replace the last build's. */
    synchronized Build build(JobForm form, ReportMaker maker, DocumentWorker worker, WebText text) throws IOException {
        List<Source> chosen = new ArrayList<>();
        for (int id : form.sources()) {
            Source source = source(id).filter(Source::readable)
                    .orElseThrow(() -> new WenshuException(text.get("build.unknownSource", id)));
            if (!chosen.contains(source)) {
                chosen.add(source);
            }
        }
        if (chosen.isEmpty()) {
            throw new WenshuException(text.get("build.noSources"));
        }
        Map<String, List<String>> omit = new java.util.LinkedHashMap<>();
        for (Source source : chosen) {
            List<String> paths = form.omit().getOrDefault(source.id(), List.of());
            if (!paths.isEmpty()) {
                omit.put(source.name(), paths.stream().filter(p -> p != null && !p.isBlank()).distinct().toList());
            }
        }
        String job = JobYaml.write(form, chosen.stream().map(Source::name).toList(), omit);
        Path jobFile = files.resolve(JOB_FILE);
        Files.writeString(jobFile, job, StandardCharsets.UTF_8);
        Map<Path, List<Document>> parsed = new HashMap<>();
        chosen.forEach(s -> parsed.put(s.path().toAbsolutePath().normalize(), s.documents()));
        ReportMaker.Built built;
        try {
            built = worker.run("", () -> maker.build(jobFile, path -> {
                List<Document> documents = parsed.get(path.toAbsolutePath().normalize());
                if (documents == null) {
                    throw new WenshuException(text.get("build.unknownFile", path.getFileName()));
                }
                return documents;
            }));
        } catch (WenshuException e) {
            throw new JobException(plain(text.say(e).replace(jobFile.toString(), text.get("build.jobFile"))), job, e);
        }
        clearOutputs();
        Path pdf = out.resolve("report.pdf");
        Path docx = out.resolve("report.docx");
        Files.write(pdf, built.pdf());
        Files.write(docx, built.docx());
        List<Map<String, Object>> diagnostics = new ArrayList<>();
        built.report().parts().forEach(part -> part.diagnostics().forEach(d -> diagnostics.add(WebJson.diagnostic(plain(part.source()), d, text.said()))));
        built.report().diagnostics().forEach(d -> diagnostics.add(WebJson.diagnostic("", d, text.said())));
        built.diagnostics().forEach(d -> diagnostics.add(WebJson.diagnostic("", d, text.said())));
        build = new Build(job, JobYaml.outputName(form), built.pages(), built.report().parts().size(), diagnostics,
                WebJson.reportOutline(built.report(), this::plain), pdf, docx);
        return build;
    }

    /** The PNG of page {@code index} (0-based) of the last build's PDF, made once and kept. */
    synchronized Optional<byte[]> preview(int index) throws IOException {
        if (build == null || index < 0 || index >= build.pages()) {
            return Optional.empty();
        }
        Path png = out.resolve("page-" + index + ".png");
        if (!Files.exists(png)) {
            Files.write(png, PagePreview.render(build.pdf(), index));
        }
        return Optional.of(Files.readAllBytes(png));
    }

    /** Deletes the workspace's folder and everything in it. */
    synchronized void delete() {
        sources.clear();
        build = null;
        deleteTree(folder);
    }

    private void clearOutputs() throws IOException {
        build = null;
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** {@code message} without the workspace's folder: files are named as the user named them. */
    private String plain(String message) {
        String prefix = files.toString() + files.getFileSystem().getSeparator();
        return message.replace(prefix, "").replace(files.toAbsolutePath() + files.getFileSystem().getSeparator(), "");
    }

    private String uniqueName(String name) {
        String candidate = name;
        for (int n = 2; taken(candidate); n++) {
            candidate = UploadName.numbered(name, n);
        }
        return candidate;
    }

    private boolean taken(String name) {
        return sources.stream().anyMatch(s -> s.name().equalsIgnoreCase(name)) || Files.exists(files.resolve(name));
    }

    /** Copies at most {@code max} bytes; the count tells whether there were more. */
    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A job the form made that could not be built, with the job file's text (its line numbers are in the message). */
    static final class JobException extends WenshuException {
        private final String jobText;

        JobException(String message, String jobText, Throwable cause) {
            super(message, cause);
            this.jobText = jobText;
        }

        String jobText() {
            return jobText;
        }
    }

    /** An upload the workspace's limits refuse (HTTP 413). */
    static final class LimitException extends WenshuException {
        LimitException(String message) {
            super(message);
        }
    }
}
