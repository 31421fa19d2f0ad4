package org.wenshu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenshu.Wenshu;
import org.wenshu.assemble.Assembler;
import org.wenshu.assemble.JobFile;
import org.wenshu.assemble.JobFileReader;
import org.wenshu.assemble.ReportKinds;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Document;
import org.wenshu.model.Report;
import org.wenshu.model.Severity;
import org.wenshu.render.AtomicFile;
import org.wenshu.render.OutputFormats;
import org.wenshu.render.OutputWriter;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.RenderedDocument;
import org.wenshu.render.fonts.FontCache;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wenshu build JOB.yaml [-o DIR]}: reads a job file, assembles the report it asks for from
 * its sources and writes the outputs it names. Nothing is written when the job file or a source is
 * wrong.
 */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {
    private final OutputFormats outputFormats;

    BuildCommand(OutputFormats outputFormats) {
        this.outputFormats = outputFormats;
    }

    @Parameters(index = "0", paramLabel = "JOB.yaml", descriptionKey = "job")
    Path job;

    @Option(names = {"-o", "--output"}, defaultValue = "out", paramLabel = "DIR")
    Path outputDirectory;

    @Option(names = "--debug")
    boolean debug;

    @CommandLine.Mixin
    ProgressOption progressOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (outputDirectory.toString().isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), spec.resourceBundle().getString("error.emptyOutput"));
        }
        Progress progress = progressOption.start(0);
        PrintWriter out = progress.guard(spec.commandLine().getOut());
        PrintWriter err = progress.guard(spec.commandLine().getErr());
        ReportKinds kinds = ReportKinds.standard();
        JobFile jobFile = new JobFileReader(kinds.names(), kinds.planKinds(), outputFormats.names()).read(job);
        Wenshu wenshu = Wenshu.standard();
        Assembler.Assembly assembly = new Assembler(path -> {
            List<Document> documents = wenshu.parse(path);
            progress.fileRead();
            return documents;
        }, kinds).assemble(jobFile);
        if (!assembly.failures().isEmpty()) {
            for (Assembler.Failure failure : assembly.failures()) {
                err.println("wenshu: " + failure.error().getMessage());
                if (debug) {
                    failure.error().printStackTrace(err);
                }
            }
            err.println("wenshu: " + job + "：有 " + assembly.failures().size() + " 份材料无法读取，未生成报告");
            progress.close();
            err.flush();
            return 1;
        }
        Report report = assembly.report();
        printWarnings(report, err);

        List<OutputWriter> wanted = outputFormats.choose(jobFile.outputs());
        String template = jobFile.template() != null ? jobFile.template() : assembly.kind().template();
        RenderSetup setup = RenderSetup.resolve(template, jobFile.folder(), Map.of(), settings(jobFile),
                RenderSetup.createdAt(System.getenv("SOURCE_DATE_EPOCH")), new FontCache());
        RenderedDocument rendered = setup.renderer().render(report, wanted);
        progress.documentLaidOut();
        for (Diagnostic diagnostic : rendered.diagnostics()) {
            if (diagnostic.severity() != Severity.INFO) {
                err.println("wenshu: " + job + "：" + diagnostic.message());
            }
        }
        String base = jobFile.outputName() != null ? jobFile.outputName() : baseName(job);
        List<String> written = new ArrayList<>();
        for (OutputWriter format : wanted) {
            byte[] bytes = rendered.outputs().get(format.name());
            if (bytes != null) {
                Path target = outputDirectory.resolve(base + "." + format.extension());
                AtomicFile.write(target, bytes);
                written.add(target.toString());
            }
        }
        progress.pagesWritten(rendered.pdfPages());
        progress.close();
        out.println(String.join("  ", written) + "  （" + report.parts().size() + " 篇"
                + (rendered.pdfPages() > 0 ? "，" + rendered.pdfPages() + " 页" : "") + "）");
        out.flush();
        err.flush();
        return 0;
    }

    /** The template settings: the job's {@code settings}, and its table-of-contents depth as {@code toc}. */
    private static Map<String, String> settings(JobFile job) {
        Map<String, String> settings = new java.util.LinkedHashMap<>(job.settings());
        if (job.options().tocDepth() >= 0) {
            settings.putIfAbsent("toc", Integer.toString(job.options().tocDepth()));
        }
        return settings;
    }

    /** Warnings of the parts and of assembling; each names its source file and line. */
    private static void printWarnings(Report report, PrintWriter err) {
        for (Document part : report.parts()) {
            for (Diagnostic diagnostic : part.diagnostics()) {
                if (diagnostic.severity() != Severity.INFO) {
                    err.println("wenshu: " + part.source() + (diagnostic.line() > 0 ? " 第 " + diagnostic.line() + " 行" : "")
                            + "：" + diagnostic.message() + "（" + diagnostic.code() + "）");
                }
            }
        }
        for (Diagnostic diagnostic : report.diagnostics()) {
            if (diagnostic.severity() != Severity.INFO) {
                err.println("wenshu: " + diagnostic.message() + "（" + diagnostic.code() + "）");
            }
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
