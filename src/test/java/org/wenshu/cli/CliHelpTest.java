package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's help, in both languages, is wholly in that language: no Chinese in the English
 * help, and in the Chinese help no English word but option names, metavariables, values the user
 * types and the names of formats. Commands are found by walking the command tree, so a new
 * subcommand or option is checked without touching this test.
 */
class CliHelpTest extends ConsoleCapture {
    /** Chinese characters and full-width punctuation. */
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--?[A-Za-z][\\w-]*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    /** Names of formats and products, file extensions, file names, shell words and template values a Chinese text names as they are. */
    private static final Set<String> TECHNICAL_TERMS = Set.of("JSON", "PDF", "Word", "Java", "DOCX", "HTML", "YAML",
            "txt", "md", "html", "htm", "docx", "doc", "pdf", "ttc", "yaml", "toc", "true",
            "title", "heading1", "body", "pageNumber", "fangsong", "kai", "hei", "song", "xiaobiaosong", "bash", "zsh",
            "CI", "GitHub", "GitLab", "Jenkins", "source", "bashrc", "zshrc", "Markdown", "stdin");

    static Stream<Arguments> commandsInBothLanguages() {
        List<Arguments> all = new ArrayList<>();
        for (CliLanguage language : CliLanguage.values()) {
            for (CommandLine command : commands(language)) {
                all.add(Arguments.of(language, command.getCommandSpec().qualifiedName()));
            }
        }
        return all.stream();
    }

    private static List<CommandLine> commands(CliLanguage language) {
        CommandLine root = Main.commandLine(org.wenshu.render.OutputFormats.standard());
        root.setResourceBundle(language.bundle());
        List<CommandLine> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(CommandLine command, List<CommandLine> found) {
        found.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, found));
    }

    private static String[] helpArguments(String qualifiedName) {
        List<String> args = new ArrayList<>(Arrays.asList(qualifiedName.split(" ")));
        args.remove(0);
        args.add("--help");
        return args.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}: {1} --help")
    @MethodSource("commandsInBothLanguages")
    void helpIsInOneLanguage(CliLanguage language, String qualifiedName) {
        int exit = Main.run(language, helpArguments(qualifiedName));

        String help = stdout();
        assertThat(exit).as(stderr()).isZero();
        assertThat(help).contains((language == CliLanguage.CHINESE ? "用法：" : "Usage: ") + qualifiedName);
        if (language == CliLanguage.ENGLISH) {
            assertThat(help.lines().filter(line -> CHINESE.matcher(line).find()))
                    .as("lines with Chinese in the English help").isEmpty();
        } else {
            assertThat(englishWords(help, allowedWords())).as("English words in the Chinese help").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commandsInBothLanguages")
    void everyCommandOptionAndParameterIsDescribed(CliLanguage language, String qualifiedName) {
        CommandSpec spec = commands(language).stream().map(CommandLine::getCommandSpec)
                .filter(s -> s.qualifiedName().equals(qualifiedName)).findFirst().orElseThrow();

        assertThat(String.join("", spec.usageMessage().description()) + String.join("", spec.usageMessage().header()))
                .as("description of " + qualifiedName).isNotBlank();
        for (ArgSpec arg : spec.args()) {
            assertThat(String.join("", arg.description()))
                    .as("description of " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel())
                            + " in " + qualifiedName + " (a key in Messages" + (language == CliLanguage.ENGLISH ? "_en" : "") + ".properties)")
                    .isNotBlank();
        }
    }

    /** The words of {@code text}, option names removed, that are not in {@code allowed}. */
    static Set<String> englishWords(String text, Set<String> allowed) {
        Set<String> words = new TreeSet<>();
        Matcher word = WORD.matcher(OPTION.matcher(text).replaceAll(" "));
        while (word.find()) {
            if (!allowed.contains(word.group())) {
                words.add(word.group());
            }
        }
        return words;
    }

    /** Metavariables, command names, default values and choices from the command tree, and the technical terms. */
    private static Set<String> allowedWords() {
        Set<String> allowed = new TreeSet<>(TECHNICAL_TERMS);
        for (CommandLine command : commands(CliLanguage.CHINESE)) {
            CommandSpec spec = command.getCommandSpec();
            addWords(allowed, spec.name());
            addWords(allowed, "COMMAND");
            for (ArgSpec arg : spec.args()) {
                addWords(allowed, arg.paramLabel());
                addWords(allowed, String.valueOf(arg.defaultValue()));
                if (arg.completionCandidates() != null) {
                    arg.completionCandidates().forEach(candidate -> addWords(allowed, candidate));
                }
            }
        }
        return allowed;
    }

    private static void addWords(Set<String> allowed, String text) {
        WORD.matcher(text).results().forEach(m -> allowed.add(m.group()));
    }
}
