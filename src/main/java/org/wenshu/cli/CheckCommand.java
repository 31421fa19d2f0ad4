package org.wenshu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.wenshu.Wenshu;
import org.wenshu.check.CheckResult;
import org.wenshu.check.Checker;
import org.wenshu.check.FailOn;
import org.wenshu.check.FindingsFormat;
import org.wenshu.render.OutputFormats;
import picocli.CommandLine;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code wenshu check [--format text|json|github|junit] [--fail-on CODE,...] FILE...|JOB.yaml}: a
 * gate for CI. Parses sources, or assembles a job file's report, without rendering (no fonts, no
 * layout) and exits 1 when a diagnostic of the chosen codes is present or a file cannot be read.
 */
final class CheckCommand implements Callable<Integer> {
    private final OutputFormats outputFormats;

    CheckCommand(OutputFormats outputFormats) {
        this.outputFormats = outputFormats;
    }

    String format;
    List<String> failOn;
    List<Path> files;
    final StandardInputOption standardInputOption = new StandardInputOption();
    final ProgressOption progressOption = new ProgressOption();
    CommandLine.Model.CommandSpec spec;

    /** The command's picocli model ({@link CommandModel}). */
    @SuppressWarnings("unchecked")
    CommandLine.Model.CommandSpec model() {
        spec = CommandModel.command("check", this);
        spec.addOption(CommandModel.option(OptionSpec.builder("--format").defaultValue("text").paramLabel("FORMAT")
                .completionCandidates(new FormatNames()), String.class, () -> format, v -> format = (String) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--fail-on").splitRegex(",").paramLabel("CODE").auxiliaryTypes(String.class)
                .completionCandidates(new CodeNames()), List.class, () -> failOn, v -> failOn = (List<String>) v));
        spec.addPositional(CommandModel.positional(PositionalParamSpec.builder().required(true).arity("1..*").paramLabel("FILE|JOB.yaml").descriptionKey("files")
                .auxiliaryTypes(Path.class), List.class, () -> files, v -> files = (List<Path>) v));
        spec.addMixin("standardInputOption", standardInputOption.model(spec));
        spec.addMixin("progressOption", progressOption.model(spec));
        return CommandModel.withStandardHelp(spec);
    }

    /** The names of the registered findings formats, for help and shell completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return new java.util.TreeSet<>(FindingsFormat.all().keySet()).iterator();
        }
    }

    /** The codes and groups most worth gating on, for shell completion (any code is accepted). */
    static final class CodeNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return FailOn.SUGGESTED.iterator();
        }
    }

    @Override
    public Integer call() {
        FindingsFormat printer = FindingsFormat.all().get(format);
        if (printer == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliLanguage.format(spec.resourceBundle(),
                    "error.badChoice", "--format", format, String.join(", ", FindingsFormat.all().keySet())));
        }
        FailOn selection;
        try {
            selection = failOn == null || failOn.isEmpty() ? FailOn.warnings() : FailOn.of(failOn);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliLanguage.format(spec.resourceBundle(),
                    "error.badValue", "--fail-on", e.getMessage()));
        }
        Wenshu.StandardInput stdin = standardInputOption.standardInput(files, System.in);
        // a job's sources are known only once it is read: then the line counts without a total
        Progress progress = progressOption.startReading(files.stream().anyMatch(Checker::isJobFile) ? 0 : files.size());
        CheckResult result;
        try {
            result = new Checker(Wenshu.standard(), selection, outputFormats.names(), path -> progress.fileRead()).check(files, stdin);
        } finally {
            progress.close();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(printer.write(result.in(CliLanguage.diagnostics(spec.resourceBundle()))));
        out.flush();
        if (out.checkError() || System.out.checkError()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("wenshu: " + CliLanguage.format(spec.resourceBundle(), "output.cannotWrite",
                    spec.resourceBundle().getString("output.checkResults")));
            err.flush();
            return 1;
        }
        return result.failed() ? 1 : 0;
    }
}
