package org.wenshu.render.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wenshu.model.Quote;
import org.wenshu.model.WenshuException;
import org.wenshu.model.Wording;

/**
 * The {@code --set} keys a template reads, and the values it understands where its source says so,
 * read from the template's main file: {@code settings.toc} or {@code settings["toc"]} is a key;
 * {@code ["true", "yes", …]?seq_contains((settings.toc…} lists the values that mean yes (any other
 * value is read as no, so only the usual words for no are accepted besides); {@code settings.toc…?number}
 * wants a number (a key that is both takes a yes-word, a no-word or a number). A key or value the template
 * would silently ignore becomes a warning.
 */
public record TemplateSettings(String template, Set<String> keys, Map<String, List<String>> flags, Set<String> numbers) {
    private static final Pattern KEY = Pattern.compile("settings\\s*(?:\\.\\s*([A-Za-z_][\\w]*)|\\[\\s*[\"']([^\"']+)[\"']\\s*])");
    private static final Pattern FLAG = Pattern.compile(
            "\\[([^\\[\\]]*)]\\s*\\?\\s*seq_contains\\s*\\(\\s*\\(?\\s*settings\\s*\\.\\s*([A-Za-z_][\\w]*)");
    private static final Pattern NUMBER = Pattern.compile("settings\\s*\\.\\s*([A-Za-z_][\\w]*)[^>\\n]{0,40}\\?\\s*number");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    /** The usual words for no, accepted wherever a template lists its words for yes. */
    private static final List<String> NO = List.of("false", "no", "off", "0", "否", "");

    public TemplateSettings {
        keys = Set.copyOf(keys);
        flags = Map.copyOf(flags);
        numbers = Set.copyOf(numbers);
    }

    /** What the main file of {@code folder} reads from {@code settings}. */
    public static TemplateSettings of(TemplateFolder folder) {
        return parse(folder.name(), mainSource(folder));
    }

    static TemplateSettings parse(String template, String source) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher key = KEY.matcher(source);
        while (key.find()) {
            keys.add(key.group(1) != null ? key.group(1) : key.group(2));
        }
        Map<String, List<String>> flags = new LinkedHashMap<>();
        Matcher flag = FLAG.matcher(source);
        while (flag.find()) {
            List<String> yes = new ArrayList<>();
            Matcher literal = LITERAL.matcher(flag.group(1));
            while (literal.find()) {
                yes.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
            }
            flags.put(flag.group(2), yes);
        }
        Set<String> numbers = new LinkedHashSet<>();
        Matcher number = NUMBER.matcher(source);
        while (number.find()) {
            numbers.add(number.group(1));
        }
        return new TemplateSettings(template, keys, flags, numbers);
    }

    /** One message per setting the template would ignore or could not read, naming the key. */
    public List<Wording> problems(Map<String, String> settings) {
        List<Wording> problems = new ArrayList<>();
        settings.forEach((key, value) -> {
            if (!keys.contains(key)) {
                problems.add(keys.isEmpty() ? Wording.of("settingUnusedNone", Quote.of(template), Quote.of(key))
                        : Wording.of("settingUnused", Quote.of(template), Quote.of(key), List.copyOf(keys)));
                return;
            }
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            List<String> yes = flags.get(key);
            boolean number = v.matches("\\d{1,3}");
            if (yes != null) {
                if (!yes.contains(v) && !NO.contains(v) && !(number && numbers.contains(key))) {
                    problems.add(Wording.of(numbers.contains(key) ? "settingNotFlagOrNumber" : "settingNotFlag", key,
                            Quote.of(value), yes.stream().map(Quote::of).toList(),
                            NO.subList(0, NO.size() - 1).stream().map(Quote::of).toList()));
                }
            } else if (numbers.contains(key) && !number) {
                problems.add(Wording.of("settingNotNumber", key, Quote.of(value)));
            }
        });
        return problems;
    }

    private static String mainSource(TemplateFolder folder) {
        if (folder.directory() != null) {
            Path file = folder.directory().resolve(TemplateFolder.MAIN_FILE);
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new WenshuException(file + "：无法读取（" + e.getMessage() + "）").translatable(file, "unreadable", e.getMessage());
            }
        }
        try (InputStream in = TemplateSettings.class.getClassLoader()
                .getResourceAsStream(folder.classpathPrefix() + TemplateFolder.MAIN_FILE)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("built-in template unreadable: " + folder.classpathPrefix(), e);
        }
    }
}
