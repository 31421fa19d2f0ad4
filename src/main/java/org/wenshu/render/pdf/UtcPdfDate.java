package org.wenshu.render.pdf;

import com.lowagie.text.pdf.PdfString;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The PDF date of an instant in UTC, {@code D:YYYYMMDDHHmmSSZ}: the text OpenPDF's
 * {@code new PdfDate(calendar)} writes for a Gregorian calendar in UTC, made without a
 * {@link java.util.Calendar}. A cold run's first calendar asks every locale provider whether it
 * knows the default locale (its first day of the week), parsing every language tag the JDK lists;
 * the PDF's dates were the only calendar a render made once OpenPDF's own creation date is gone
 * (scripts/LibraryRewrites.java). Each field is written as PdfDate writes it: padded with zeros to
 * its width and cut to it. The same text for every instant from the year 1583 on (before the
 * Gregorian reform GregorianCalendar counts Julian days; java.time, like the DOCX's dates, does not).
 */
final class UtcPdfDate {
    private UtcPdfDate() {
    }

    static PdfString of(Instant instant) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(18).append("D:");
        field(text, time.getYear(), 4);
        field(text, time.getMonthValue(), 2);
        field(text, time.getDayOfMonth(), 2);
        field(text, time.getHour(), 2);
        field(text, time.getMinute(), 2);
        field(text, time.getSecond(), 2);
        return new PdfString(text.append('Z').toString());
    }

    private static void field(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        text.append("0".repeat(Math.max(0, width - digits.length()))).append(digits, 0, Math.min(width, digits.length()));
    }
}
