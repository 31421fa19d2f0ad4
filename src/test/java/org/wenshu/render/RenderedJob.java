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
 * An example job built as {@code wenshu build} builds it (its contents depth included), for tests
 * that read the outputs back; {@code docx} is null when only the PDF was asked for.
 */
record RenderedJob(Report report, byte[] pdf, byte[] docx) {

    static RenderedJob build(Path job, String... formats) {
        ReportKinds kinds = ReportKinds.standard();
        JobFile file = new JobFileReader(kinds.names(), kinds.planKinds(), List.of("pdf", "docx", "html")).read(job);
        Assembler.Assembly assembly = new Assembler(Wenshu.standard()::parse, kinds).assemble(file);
        Map<String, String> settings = file.options().tocDepth() >= 0
                ? Map.of("toc", Integer.toString(file.options().tocDepth())) : Map.of();
        RenderSetup setup = RenderSetup.resolve(assembly.kind().template(), file.folder(), Map.of(), settings,
                RenderFixture.CREATED, new FontCache());
        RenderedDocument rendered = setup.renderer().render(assembly.report(), OutputFormats.standard().choose(formats));
        return new RenderedJob(assembly.report(), rendered.outputs().get("pdf"), rendered.outputs().get("docx"));
    }
}
