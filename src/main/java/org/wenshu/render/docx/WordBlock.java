package org.wenshu.render.docx;

/** A block of the document body: a paragraph or a table. */
sealed interface WordBlock permits WordParagraph, WordTable {
    void write(WordXml xml);
}
