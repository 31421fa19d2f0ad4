package org.wenshu.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The PDF's dates written without a calendar are the bytes OpenPDF's PdfDate writes for a UTC calendar. */
class UtcPdfDateTest {
    /** 1583-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the Gregorian years with four digits. */
    private static final long FIRST = -12_212_553_600L;
    private static final long LAST = 253_402_300_799L;

    @Property(tries = 2000)
    void theBytesOfPdfDateForAUtcCalendar(@ForAll @LongRange(min = FIRST, max = LAST) long seconds) throws IOException {
        Instant instant = Instant.ofEpochSecond(seconds);
        assertThat(bytes(UtcPdfDate.of(instant))).as(instant.toString()).isEqualTo(bytes(pdfDate(instant)));
    }

    @Test
    void edgesAndTheBenchmarksStamp() throws IOException {
        for (long seconds : new long[] {FIRST, LAST, 0, 1_700_000_000L, 951_782_400L /* 2000-02-29 */, 4_107_542_399L}) {
            Instant instant = Instant.ofEpochSecond(seconds);
            assertThat(bytes(UtcPdfDate.of(instant))).as(instant.toString()).isEqualTo(bytes(pdfDate(instant)));
        }
        assertThat(UtcPdfDate.of(Instant.ofEpochSecond(1_700_000_000L)).toString()).isEqualTo("D:20231114221320Z");
    }

    private static PdfDate pdfDate(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return new PdfDate(calendar);
    }

    private static byte[] bytes(PdfString date) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        date.toPdf(null, out);
        return out.toByteArray();
    }
}
