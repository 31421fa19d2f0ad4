package org.wenshu.render.pdf;

import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.RandomAccessFileOrArray;

/**
 * Two reads of OpenPDF's CFF subsetter done in bulk instead of a byte at a time: the build step
 * (scripts/rewrite-libraries, rule {@code CffBulkReads}) makes {@code CFFFont.getIndex} and
 * {@code CFFFont.RangeItem.emit} call these. Subsetting a CJK face reads the offsets of its
 * CharStrings index (65,535 glyphs, up to four bytes each) twice, and copies its subroutines, each
 * byte through three method calls; a cold render ran most of that before the JIT had compiled them.
 * The same values and the same position in the buffer afterwards; a read past the end throws the
 * same {@link ExceptionConverter} (of an {@link java.io.EOFException}) as before.
 */
public final class CffReads {
    private CffReads() {
    }

    /**
     * {@code CFFFont.getIndex}: the offsets of the objects of the CFF INDEX at {@code at}, as
     * positions in the buffer (one more than the count; {@code [-1]} for an empty index).
     */
    public static int[] index(RandomAccessFileOrArray buffer, int at) {
        try {
            buffer.seek(at);
            int count = buffer.readChar();
            int[] offsets = new int[count + 1];
            if (count == 0) {
                offsets[0] = -1;
                return offsets;
            }
            int size = buffer.readByte() & 0xff;
            byte[] raw = new byte[(count + 1) * size];
            if (raw.length > 0) {
                buffer.readFully(raw);
            }
            // the objects follow the offset array; offsets count from 1
            int base = at + 2 + 1 + (count + 1) * size - 1;
            for (int j = 0, k = 0; j <= count; j++) {
                int offset = 0;
                for (int i = 0; i < size; i++) {
                    offset = offset * 256 + (raw[k++] & 0xff);
                }
                offsets[j] = base + offset;
            }
            return offsets;
        } catch (Exception e) { // as OpenPDF's own reads: any failure, an EOFException at the end, converted
            throw new ExceptionConverter(e);
        }
    }

    /** {@code CFFFont.RangeItem.emit}: {@code length} bytes of the buffer from {@code from}, into {@code into} at {@code at}. */
    public static void copy(RandomAccessFileOrArray buffer, int from, byte[] into, int at, int length) {
        try {
            buffer.seek(from);
            if (length > 0) {
                buffer.readFully(into, at, length);
            }
        } catch (Exception e) { // as OpenPDF's own reads: any failure, an EOFException at the end, converted
            throw new ExceptionConverter(e);
        }
    }
}
