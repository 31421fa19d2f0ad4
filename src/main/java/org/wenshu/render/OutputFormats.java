package org.wenshu.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.wenshu.model.WenshuException;
import org.wenshu.render.docx.DocxWriter;
import org.wenshu.render.html.HtmlWriter;
import org.wenshu.render.pdf.PdfWriter;

/**
 * The output formats there are, by name, in the order outputs are written and listed. Everything
 * that lists or chooses formats reads them from here: {@code render --to} (its help and shell
 * completion), a job's {@code outputs:}, {@code check} on a job, the gallery's links and the
 * library's {@code Wenshu.render}. Immutable; {@link #with} gives a registry with one more writer.
 */
public final class OutputFormats {
    private final Map<String, OutputWriter> writers;

    private OutputFormats(Map<String, OutputWriter> writers) {
        this.writers = writers;
    }

    /** PDF, DOCX and HTML. A new format is one line here. */
    public static OutputFormats standard() {
        return new OutputFormats(Map.of()).with(new PdfWriter()).with(new DocxWriter()).with(new HtmlWriter());
    }

    /** This registry and {@code writer} after its formats; a name that is taken is an error. */
    public OutputFormats with(OutputWriter writer) {
        String name = writer.name();
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("an output format's name is lower-case letters, digits and '-': " + name);
        }
        if (writers.containsKey(name)) {
            throw new IllegalArgumentException("output format " + name + " is registered already");
        }
        Map<String, OutputWriter> more = new LinkedHashMap<>(writers);
        more.put(name, writer);
        return new OutputFormats(java.util.Collections.unmodifiableMap(more));
    }

    /** The names, in order ({@code pdf}, {@code docx}, {@code html}). */
    public List<String> names() {
        return List.copyOf(writers.keySet());
    }

    /** Every writer, in order. */
    public List<OutputWriter> writers() {
        return List.copyOf(writers.values());
    }

    /** The writer of {@code name} (any case, surrounding blanks ignored). */
    public Optional<OutputWriter> find(String name) {
        return Optional.ofNullable(writers.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The writers of {@code names}, in this registry's order, each once; an unknown name is a
     * {@link WenshuException} listing the formats there are.
     */
    public List<OutputWriter> choose(Collection<String> names) {
        List<String> wanted = new ArrayList<>();
        for (String name : names) {
            OutputWriter writer = find(name).orElseThrow(() -> new WenshuException(
                    "不支持的输出格式 " + name + "（可用：" + String.join("、", names()) + "）").translatable(null, "unknownFormat",
                    org.wenshu.model.Quote.of(name), names()));
            wanted.add(writer.name());
        }
        return writers.values().stream().filter(writer -> wanted.contains(writer.name())).toList();
    }

    /** {@link #choose(Collection)} for names given one by one. */
    public List<OutputWriter> choose(String... names) {
        return choose(List.of(names));
    }
}
