package org.wenshu.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.wenshu.Wenshu;
import org.wenshu.assemble.Assembler;
import org.wenshu.assemble.JobFile;
import org.wenshu.assemble.JobFileReader;
import org.wenshu.assemble.ReportKinds;
import org.wenshu.model.Report;
import org.wenshu.render.fonts.FontCache;

/**
 * An example job built as {@code wenshu build} builds it (its settings and contents depth included), for tests
 * that read the outputs back; {@code docx} is null when only the PDF was asked for.
 */
record RenderedJob(Report report, byte[] pdf, byte[] docx) {

    /** A job file assembled into its report, with the render set-up {@code wenshu build} would use. */
    record Assembled(Report report, RenderSetup setup) {}

    static Assembled assemble(Path job) {
        ReportKinds kinds = ReportKinds.standard();
        JobFile file = new JobFileReader(kinds.names(), kinds.planKinds(), List.of("pdf", "docx", "html")).read(job);
        Assembler.Assembly assembly = new Assembler(Wenshu.standard()::parse, kinds).assemble(file);
        // as BuildCommand: the job's settings, and its contents depth as toc
        Map<String, String> settings = new java.util.LinkedHashMap<>(file.settings());
        if (file.options().tocDepth() >= 0) {
            settings.putIfAbsent("toc", Integer.toString(file.options().tocDepth()));
        }
        RenderSetup setup = RenderSetup.resolve(assembly.kind().template(), file.folder(), Map.of(), settings,
                RenderFixture.CREATED, new FontCache());
        return new Assembled(assembly.report(), setup);
    }

    static RenderedJob build(Path job, String... formats) {
        Assembled assembled = assemble(job);
        RenderedDocument rendered = assembled.setup().renderer().render(assembled.report(), OutputFormats.standard().choose(formats));
        return new RenderedJob(assembled.report(), rendered.outputs().get("pdf"), rendered.outputs().get("docx"));
    }
}
