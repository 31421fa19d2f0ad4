package org.wenshu.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.wenshu.Wenshu;
import org.wenshu.ingest.PlainTextReader;
import org.wenshu.model.Document;
import org.wenshu.model.Section;

/** Parses inline text the way a .txt file would be parsed. */
final class ParseFixtures {
    private ParseFixtures() {}

    static List<Document> parseAll(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Wenshu.standard().parse(new PlainTextReader().read(Path.of("inline.txt"), bytes));
    }

    static Document parse(String text) {
        List<Document> documents = parseAll(text);
        if (documents.size() != 1) {
            throw new AssertionError("expected one document, got " + documents.size());
        }
        return documents.get(0);
    }

    static List<String> headings(List<Section> sections) {
        return sections.stream().map(Section::displayHeading).toList();
    }
}
