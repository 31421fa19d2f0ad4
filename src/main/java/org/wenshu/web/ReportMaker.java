package org.wenshu.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.wenshu.assemble.Assembler;
import org.wenshu.assemble.JobFile;
import org.wenshu.assemble.JobFileReader;
import org.wenshu.assemble.ReportKinds;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Report;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.RenderedDocument;
import org.wenshu.render.ReportRenderer;
import org.wenshu.render.fonts.FontCache;

/**
 * Builds a report from a workspace's job file the way {@code wenshu build} does (same job file
 * reader, same assembler, same renderer setup), with the documents the workspace parsed at upload
 * instead of parsing them again. Shared by all workspaces: fonts are read once and a renderer is made
 * once per template and settings.
 */
final class ReportMaker {
    private final ReportKinds kinds = ReportKinds.standard();
    private final JobFileReader reader;
    private final List<OutputWriter> writers;
    private final FontCache fonts = new FontCache();
    private final Map<List<Object>, ReportRenderer> renderers = new ConcurrentHashMap<>();

    ReportMaker() {
        OutputFormats formats = OutputFormats.standard();
        this.reader = new JobFileReader(kinds.names(), kinds.planKinds(), formats.names());
        this.writers = formats.choose("pdf", "docx");
    }

    /** The kinds a job may name, in the order wenshu lists them. */
    List<String> kindNames() {
        return List.copyOf(kinds.names());
    }

    /** What a build made: the job as read, the report, both outputs and the render's diagnostics. */
    record Built(JobFile job, Report report, byte[] pdf, byte[] docx, int pages, List<Diagnostic> diagnostics) {
        Built {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** Reads {@code jobFile}, assembles its report from {@code parsed} and renders PDF and DOCX. */
    Built build(Path jobFile, Assembler.SourceParser parsed) {
        JobFile job = reader.read(jobFile);
        Assembler.Assembly assembly = new Assembler(parsed, kinds).assemble(job);
        if (!assembly.failures().isEmpty()) {
            throw assembly.failures().get(0).error();
        }
        String template = job.template() != null ? job.template() : assembly.kind().template();
        Map<String, String> settings = settings(job);
        ReportRenderer renderer = renderers.computeIfAbsent(List.of(template, settings), key ->
                RenderSetup.resolve(template, job.folder(), Map.of(), settings, Instant.EPOCH, fonts).renderer());
        Instant now = Instant.ofEpochSecond(Instant.now().getEpochSecond());
        RenderedDocument rendered = renderer.render(assembly.report(), writers, now);
        return new Built(job, assembly.report(), rendered.outputs().get("pdf"),
                rendered.outputs().get("docx"), rendered.pdfPages(), rendered.diagnostics());
    }

    /** The template settings, as build takes them: the job's {@code settings} and its table-of-contents depth. */
    private static Map<String, String> settings(JobFile job) {
        Map<String, String> settings = new LinkedHashMap<>(job.settings());
        if (job.options().tocDepth() >= 0) {
            settings.putIfAbsent("toc", Integer.toString(job.options().tocDepth()));
        }
        return Map.copyOf(settings);
    }
}
