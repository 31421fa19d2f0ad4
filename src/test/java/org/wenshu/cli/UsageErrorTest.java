package org.wenshu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A usage mistake is exit 2 and three lines in the user's language: what was wrong, the usage line
 * of the command it was made in, where its help is.
 */
class UsageErrorTest extends ConsoleCapture {

    /** Runs the command line and returns the lines it printed to standard error in this run. */
    private List<String> run(CliLanguage language, String... args) {
        int before = stderr().length();
        int exit = Main.run(language, args);
        String printed = stderr().substring(before);
        assertThat(exit).as(printed).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        List<String> lines = printed.lines().toList();
        assertThat(lines).hasSize(3);
        return lines;
    }

    @Test
    void misspeltOptionInChinese() {
        List<String> lines = run(CliLanguage.CHINESE, "render", "--templat=document", "a.txt");
        assertThat(lines.get(0)).isEqualTo("wenshu: 用法错误：没有“--templat”这个选项，是否想用 --template？");
        assertThat(lines.get(1)).startsWith("用法：wenshu render ").contains("--template=NAME").endsWith("FILE...");
        assertThat(lines.get(2)).isEqualTo("详见 wenshu render --help");
    }

    @Test
    void misspeltOptionInEnglish() {
        List<String> lines = run(CliLanguage.ENGLISH, "render", "--templat=document", "a.txt");
        assertThat(lines.get(0)).isEqualTo("wenshu: usage error: There is no option \"--templat\"; did you mean --template?");
        assertThat(lines.get(1)).startsWith("Usage: wenshu render ").contains("--template=NAME").endsWith("FILE...");
        assertThat(lines.get(2)).isEqualTo("See wenshu render --help");
    }

    @Test
    void missingRequiredOptionInBothLanguages() {
        assertThat(run(CliLanguage.CHINESE, "render", "a.txt").get(0))
                .isEqualTo("wenshu: 用法错误：缺少必需的选项 --template=NAME");
        assertThat(run(CliLanguage.ENGLISH, "render", "a.txt").get(0))
                .isEqualTo("wenshu: usage error: Missing the required option --template=NAME");
    }

    @Test
    void valueNotAmongTheChoicesInBothLanguages() {
        List<String> chinese = run(CliLanguage.CHINESE, "parse", "--format", "yaml", "a.txt");
        assertThat(chinese.get(0)).isEqualTo("wenshu: 用法错误：--format 的值“yaml”无效（可用：json、outline）");
        assertThat(chinese.get(1)).isEqualTo("用法：wenshu parse [-hqV] [--debug] [--format=FORMAT] [--from=FORMAT] FILE...");
        List<String> english = run(CliLanguage.ENGLISH, "parse", "--format", "yaml", "a.txt");
        assertThat(english.get(0)).isEqualTo("wenshu: usage error: Invalid value \"yaml\" for --format (available: json, outline)");
        assertThat(english.get(1)).isEqualTo("Usage: wenshu parse [-hqV] [--debug] [--format=FORMAT] [--from=FORMAT] FILE...");
        assertThat(english.get(2)).isEqualTo("See wenshu parse --help");
    }

    @Test
    void unknownSubcommandInBothLanguages() {
        assertThat(run(CliLanguage.CHINESE, "rendr", "a.txt"))
                .startsWith("wenshu: 用法错误：没有叫“rendr”的子命令（可用：parse、render、build、check、gallery、fonts、bench、completion、help），是否想用 render？",
                        "用法：wenshu [-hV] [COMMAND]");
        assertThat(run(CliLanguage.ENGLISH, "help", "rendr").get(0)).startsWith("wenshu: usage error: There is no subcommand \"rendr\"");
    }

    @Test
    void valuesOfTheWrongShapeNameTheOptionAndTheShape() {
        assertThat(run(CliLanguage.CHINESE, "render", "--template", "document", "--set", "toc", "a.txt").get(0))
                .isEqualTo("wenshu: 用法错误：--set 的值“toc”应写成 KEY=VALUE");
        assertThat(run(CliLanguage.ENGLISH, "bench", "--runs", "many", "parse", "a.txt").get(0))
                .isEqualTo("wenshu: usage error: The value \"many\" for --runs should be a whole number");
        assertThat(run(CliLanguage.ENGLISH, "render", "--template").get(0))
                .isEqualTo("wenshu: usage error: Option --template needs a value");
        assertThat(run(CliLanguage.ENGLISH, "render", "--template", "a", "--template", "b", "a.txt").get(0))
                .isEqualTo("wenshu: usage error: Option --template may be given only once");
    }

    @Test
    void noSubcommandAtAll() {
        assertThat(run(CliLanguage.ENGLISH).get(0)).startsWith("wenshu: usage error: Name a subcommand (parse | render");
    }

    @Test
    void theLocaleIsReadAsPosixProgramsReadIt() {
        assertThat(CliLanguage.fromEnvironment(java.util.Map.of())).isEqualTo(CliLanguage.CHINESE);
        assertThat(CliLanguage.fromEnvironment(java.util.Map.of("LANG", "en_US.UTF-8"))).isEqualTo(CliLanguage.ENGLISH);
        assertThat(CliLanguage.fromEnvironment(java.util.Map.of("LANG", "C.UTF-8"))).isEqualTo(CliLanguage.CHINESE);
        assertThat(CliLanguage.fromEnvironment(java.util.Map.of("LANG", "zh_CN.UTF-8", "LC_MESSAGES", "en_GB")))
                .isEqualTo(CliLanguage.ENGLISH);
        assertThat(CliLanguage.fromEnvironment(java.util.Map.of("LC_ALL", "zh_CN.GB18030", "LC_MESSAGES", "en_US")))
                .isEqualTo(CliLanguage.CHINESE);
        assertThat(CliLanguage.fromEnvironment(java.util.Map.of("LC_ALL", "", "LANG", "en")))
                .as("an empty variable is unset").isEqualTo(CliLanguage.ENGLISH);
        assertThat(CliLanguage.fromEnvironment(java.util.Map.of("WENSHU_LOCALE", "en_US.UTF-8", "LC_ALL", "C.UTF-8")))
                .isEqualTo(CliLanguage.ENGLISH);
        assertThat(CliLanguage.fromEnvironment(java.util.Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(CliLanguage.CHINESE);
    }
}
