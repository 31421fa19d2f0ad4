package org.wenshu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wenshu.render.RenderSetup;
import org.wenshu.render.fonts.FontCache;
import org.wenshu.render.fonts.ResolvedFont;
import org.wenshu.render.theme.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** {@code wenshu fonts [--template NAME] [--font ROLE=FILE]...}: which font file serves each role. */
final class FontsCommand implements Callable<Integer> {

    String template;
    Map<String, String> fonts = new LinkedHashMap<>();
    boolean debug;
    CommandLine.Model.CommandSpec spec;

    /** The command's picocli model ({@link CommandModel}). */
    @SuppressWarnings("unchecked")
    CommandLine.Model.CommandSpec model() {
        spec = CommandModel.command("fonts", this);
        spec.addOption(CommandModel.option(OptionSpec.builder("--template").defaultValue("document").paramLabel("NAME"), String.class,
                () -> template, v -> template = (String) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--font").paramLabel("ROLE=FILE").auxiliaryTypes(String.class, String.class),
                Map.class, () -> fonts, v -> fonts = (Map<String, String>) v));
        spec.addOption(CommandModel.option(OptionSpec.builder("--debug"), boolean.class, () -> debug, v -> debug = (Boolean) v));
        return CommandModel.withStandardHelp(spec);
    }

    /** Pads to a width in terminal columns: a Chinese character takes two. */
    private static String pad(String text, int columns) {
        int width = text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, columns - width));
    }

    @Override
    public Integer call() {
        RenderSetup setup = RenderSetup.resolve(template, Path.of(""), fonts, Map.of(), Instant.EPOCH, new FontCache());
        Theme theme = setup.theme();
        PrintWriter out = spec.commandLine().getOut();
        java.util.ResourceBundle bundle = spec.resourceBundle();
        out.println(CliLanguage.format(bundle, "fonts.theme", theme.name(), setup.folder().name()));
        for (String role : theme.roleNames()) {
            ResolvedFont font = setup.fonts().forRole(role);
            Theme.RoleStyle style = theme.role(role);
            out.printf("%s %s %5.1fpt%s  %s  [%s，%s]%n", pad(role, 16), pad(theme.face(style.face()).wordName(), 16),
                    style.size(), style.bold() ? bundle.getString("fonts.bold") : "", font.file(), font.fullName(), font.origin());
        }
        setup.fonts().latin().ifPresentOrElse(
                font -> out.printf("%s %s %s  %s  [%s，%s]%n", pad("latin", 16), pad(theme.latinFont(), 16), " ".repeat(7),
                        font.file(), font.fullName(), font.origin()),
                () -> out.printf("%s %s %s  %s%n", pad("latin", 16), pad(theme.latinFont(), 16),
                        " ".repeat(7), bundle.getString("fonts.noLatin")));
        for (ResolvedFont font : setup.fonts().glyphFallbacks()) {
            out.printf("%s %s %s  %s  [%s，%s]%n", pad("glyphFallback", 16), pad(theme.face(font.face()).wordName(), 16),
                    " ".repeat(7), font.file(), font.fullName(), font.origin());
        }
        out.flush();
        return 0;
    }
}
