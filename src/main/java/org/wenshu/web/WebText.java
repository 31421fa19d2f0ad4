package org.wenshu.web;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The page's words in the browser's language: Simplified Chinese, or English when
 * {@code Accept-Language} prefers English to Chinese. Texts live in
 * {@code org/wenshu/web/Messages*.properties}. Messages about the documents themselves (the
 * readers' and the parser's diagnostics, why a file cannot be read) come from
 * {@code org/wenshu/model/Messages*.properties} in the same language ({@link #said()}).
 */
final class WebText {
    private static final List<Locale> OFFERED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private final Locale locale;
    private final ResourceBundle bundle;

    private WebText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.wenshu.web.Messages",
                locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language {@code acceptLanguage} (an HTTP header, may be null) asks for among those offered. */
    static WebText forHeader(String acceptLanguage) {
        Locale chosen = Locale.SIMPLIFIED_CHINESE;
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                for (Locale.LanguageRange range : ranges) {
                    String language = range.getRange().split("-")[0];
                    if (range.getWeight() > 0 && (language.equals("zh") || language.equals("en"))) {
                        chosen = language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                        break;
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header asks for nothing: the default language
            }
        }
        return new WebText(chosen);
    }

    static WebText chinese() {
        return new WebText(OFFERED.get(0));
    }

    /** The messages of documents' diagnostics and read errors in this language. */
    java.util.ResourceBundle said() {
        return org.wenshu.model.Wording.bundle(locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT);
    }

    /** {@code zh-CN} or {@code en}, for the page's {@code lang}. */
    String languageTag() {
        return locale.getLanguage().equals("en") ? "en" : "zh-CN";
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * What {@code error} says in this language: its reason after its subject where the error has a
     * key this language has, else its own (Chinese) message, which names its subject itself.
     */
    String say(org.wenshu.model.WenshuException error) {
        return say(error, error.subject().orElse(null));
    }

    /** What {@code error} says in this language, about {@code subject} (null: none) where it is said from its key. */
    String say(org.wenshu.model.WenshuException error, String subject) {
        return error.reasonIn(said())
                .map(reason -> subject == null ? reason : get("error.about", subject, reason))
                .orElse(error.getMessage());
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every text, for the page's script. */
    Map<String, String> all() {
        Map<String, String> texts = new LinkedHashMap<>();
        bundle.keySet().stream().sorted().forEach(key -> texts.put(key, bundle.getString(key)));
        return texts;
    }

    /** A size in bytes as people read it: 512 B, 3.4 KB, 20 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace(".0 MB", " MB");
    }
}
