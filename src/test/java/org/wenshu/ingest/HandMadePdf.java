package org.wenshu.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A PDF written object by object, for tests that need streams PDFBox would never write. */
final class HandMadePdf {
    private final List<byte[]> objects = new ArrayList<>();

    /** Adds an object (its body, without "N 0 obj") and returns its number. */
    int add(String body) {
        return add(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    int add(byte[] body) {
        objects.add(body);
        return objects.size();
    }

    /** Adds a stream object with the given dictionary entries (without /Length) and raw data. */
    int stream(String dictionary, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<< " + dictionary + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        return add(out.toByteArray());
    }

    /**
     * A one-page PDF: objects 1–3 are catalog, pages and page; the page's content is object
     * {@code contents} and its resources {@code resources}. Call {@link #page} before adding others.
     */
    static HandMadePdf page(String resources) {
        HandMadePdf pdf = new HandMadePdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << " + resources
                + " >> >>");
        return pdf;
    }

    byte[] bytes() {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.size());
            pdf.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            pdf.writeBytes(objects.get(i));
            pdf.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        int xref = pdf.size();
        StringBuilder tail = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> tail.append(String.format("%010d 00000 n \n", offset)));
        tail.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.writeBytes(tail.toString().getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }
}
