package org.wenshu.parse;

import java.util.List;
import org.wenshu.model.Diagnostic;
import org.wenshu.model.Metadata;

/** What the top of a document says about it, and where its body starts. */
record TitleBlock(String kicker, String title, int titleLine, String subtitle, Metadata meta, int bodyStart,
                  List<Diagnostic> diagnostics) {
    TitleBlock {
        diagnostics = List.copyOf(diagnostics);
    }
}
