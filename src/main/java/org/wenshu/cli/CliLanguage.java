package org.wenshu.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.wenshu.model.WenshuException;
import org.wenshu.model.Wording;

/**
 * The language the command line speaks: Simplified Chinese unless the locale asks for English.
 *
 * <p>The locale is read as POSIX programs read it for messages: the first set of {@code LC_ALL},
 * {@code LC_MESSAGES} and {@code LANG}, after {@code WENSHU_LOCALE}, which overrides them (the
 * launcher sets it when it has to run Java under {@code C.UTF-8} because the asked-for locale is
 * not installed). Only a language of {@code en} ({@code en_US.UTF-8},
 * {@code en_GB}, {@code en}) gives English; {@code C}, {@code POSIX}, {@code zh_*}, other
 * languages and no variable at all give Chinese, the project's language. The JVM's default locale
 * is not consulted: on Linux it is derived from the same variables and falls back to English when
 * they say {@code C.UTF-8} or nothing, which would turn every bare container and CI machine
 * English.
 */
enum CliLanguage {
    CHINESE(Locale.SIMPLIFIED_CHINESE),
    ENGLISH(Locale.ENGLISH);

    private static final String BUNDLE = "org.wenshu.cli.Messages";
    private static final List<String> VARIABLES = List.of("WENSHU_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG");

    private final Locale locale;

    CliLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The language asked for by the locale variables in {@code environment}. */
    static CliLanguage fromEnvironment(Map<String, String> environment) {
        for (String variable : VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return language(value.strip()).equals("en") ? ENGLISH : CHINESE;
            }
        }
        return CHINESE;
    }

    /** {@code en_US.UTF-8@euro} → {@code en}. */
    private static String language(String value) {
        int end = 0;
        while (end < value.length() && Character.isLetter(value.charAt(end))) {
            end++;
        }
        return value.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The messages in this language; the root bundle is the Chinese one, never the JVM's locale. */
    ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The one-line message of {@code error} in {@code bundle}'s language: a {@link WenshuException}
     * marked translatable whose key the bundle of diagnostics has ({@code input.KEY} in
     * {@code org/wenshu/model/Messages_en.properties}) is said from there, after its file; any other
     * keeps its own message (Simplified Chinese).
     */
    static String message(ResourceBundle bundle, RuntimeException error) {
        ResourceBundle said = diagnostics(bundle);
        if (error instanceof WenshuException input) {
            Optional<String> reason = input.reasonIn(said);
            if (reason.isPresent()) {
                return input.subject().map(subject -> format(bundle, "output.fileError", subject, reason.get())).orElse(reason.get());
            }
        }
        return error.getMessage();
    }

    /** The bundle of documents' diagnostics and input errors in the language of the command line's {@code words}. */
    static ResourceBundle diagnostics(ResourceBundle words) {
        return Wording.bundle(words.getLocale());
    }

    /** Formats the message {@code key} of {@code bundle} with {@code arguments} ({@code {0}}, {@code {1}}…). */
    static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
