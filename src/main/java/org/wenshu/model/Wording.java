package org.wenshu.model;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * A message wenshu says about a document, kept as a key of the bundle
 * {@code org/wenshu/model/Messages*.properties} and its arguments, so that it is said in the
 * reader's language when it is printed (the command line's locale, the browser's language) rather
 * than when it is found. Arguments are plain values (numbers, codes, file names), {@link Quote}s
 * (source text, never translated) or other wordings (said in the same language).
 *
 * <p>A wording without a key ({@link #literal}) is a message that has no translation yet: it is
 * said as it was written, in every language. One with a fallback ({@link #orElse}) is said from
 * the bundle where it has the key, else as the fallback (input errors: their English is in
 * {@code Messages_en.properties} only, their Chinese is the exception's own message).
 */
public record Wording(String key, List<Object> arguments, String fallback) {
    /** The bundle of diagnostics' and input errors' messages. */
    public static final String BUNDLE = "org.wenshu.model.Messages";
    /** Key for the separator between the items of a quoted list. */
    private static final String LIST_SEPARATOR = "list.separator";
    /** Key for one item of a quoted list, its quote marks around {0}. */
    private static final String LIST_ITEM = "list.item";

    public Wording {
        arguments = List.copyOf(arguments);
        if (key == null && fallback == null) {
            throw new IllegalArgumentException("a wording needs a key or a text");
        }
    }

    /** The message {@code key} of the bundle, filled with {@code arguments} ({@code {0}}, {@code {1}} …). */
    public static Wording of(String key, Object... arguments) {
        Objects.requireNonNull(key, "key");
        return new Wording(key, values(arguments), null);
    }

    /**
     * The message {@code key} when the bundle of the reader's language has it, else {@code fallback}
     * (an input error's Simplified Chinese message, whose translations are kept for the commonest).
     */
    public static Wording orElse(String key, String fallback, List<?> arguments) {
        return new Wording(Objects.requireNonNull(key, "key"), values(arguments.toArray()), Objects.requireNonNull(fallback, "fallback"));
    }

    /** A message said as written in every language (no key). */
    public static Wording literal(String text) {
        return new Wording(null, List.of(), Objects.requireNonNull(text, "text"));
    }

    /** Arguments as kept: quotes, wordings and lists of them as they are, anything else as its text. */
    private static List<Object> values(Object[] arguments) {
        List<Object> values = new ArrayList<>();
        for (Object argument : arguments) {
            values.add(argument instanceof Quote || argument instanceof Wording ? argument
                    : argument instanceof List<?> list ? List.copyOf(values(list.toArray())) : String.valueOf(argument));
        }
        return values;
    }

    /** The bundle for {@code locale}: its own language, else the root bundle (Simplified Chinese), never the JVM's locale. */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The Simplified Chinese bundle (the root one). */
    public static ResourceBundle chineseBundle() {
        return bundle(Locale.ROOT);
    }

    /** Whether this message has a key, i.e. is said in each language. */
    public boolean translatable() {
        return key != null;
    }

    /** The message in the language of {@code locale}. */
    public String render(Locale locale) {
        return render(bundle(locale));
    }

    /** The message in Simplified Chinese, as the model and its JSON keep it. */
    public String chinese() {
        return render(chineseBundle());
    }

    /** The message in {@code bundle}'s language, source text as it is. */
    public String render(ResourceBundle bundle) {
        return render(bundle, UnaryOperator.identity());
    }

    /**
     * The message in {@code bundle}'s language, every quoted source text passed through {@code quote}
     * first (a test replaces them to see wenshu's own words alone).
     */
    public String render(ResourceBundle bundle, UnaryOperator<String> quote) {
        if (key == null || (fallback != null && !bundle.containsKey(key))) {
            return fallback;
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = chineseBundle().getString(key);
        }
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = text(arguments.get(i), bundle, quote);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(values);
    }

    /** The source texts this message quotes, in order (nested wordings' included). */
    public List<String> quoted() {
        List<String> texts = new ArrayList<>();
        arguments.forEach(argument -> quoted(argument, texts));
        return texts;
    }

    private static void quoted(Object argument, List<String> texts) {
        if (argument instanceof Quote q) {
            texts.addAll(q.texts());
        } else if (argument instanceof Wording w) {
            texts.addAll(w.quoted());
        } else if (argument instanceof List<?> list) {
            list.forEach(item -> quoted(item, texts));
        }
    }

    /** One argument as said in {@code bundle}'s language (a quote as it is). */
    public static String say(Object argument, ResourceBundle bundle) {
        return text(argument, bundle, UnaryOperator.identity());
    }

    private static String text(Object argument, ResourceBundle bundle, UnaryOperator<String> quote) {
        if (argument instanceof Quote q) {
            if (!q.list()) {
                return quote.apply(q.text());
            }
            String separator = bundle.getString(LIST_SEPARATOR);
            String item = bundle.getString(LIST_ITEM);
            StringBuilder said = new StringBuilder();
            for (String text : q.texts()) {
                said.append(said.length() == 0 ? "" : separator).append(item.replace("{0}", quote.apply(text)));
            }
            return said.toString();
        }
        if (argument instanceof Wording w) {
            return w.render(bundle, quote);
        }
        if (argument instanceof List<?> list) {
            StringBuilder said = new StringBuilder();
            for (Object item : list) {
                said.append(said.length() == 0 ? "" : bundle.getString(LIST_SEPARATOR)).append(text(item, bundle, quote));
            }
            return said.toString();
        }
        return (String) argument;
    }

    @Override
    public String toString() {
        return chinese();
    }
}
