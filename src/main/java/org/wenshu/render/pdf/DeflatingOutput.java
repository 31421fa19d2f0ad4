package org.wenshu.render.pdf;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.security.MessageDigest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.Deflater;

/**
 * Where OpenPDF writes a PDF some of whose streams it was told to store (compression level 0): each
 * stored stream is deflated at OpenPDF's own level on a thread of its own as soon as OpenPDF has
 * written it, and {@link #pdf()} gives the file OpenPDF would have written at that level, byte for
 * byte. wenshu stores the faces' subsets, which OpenPDF deflates when the document closes (~0.1 s
 * of a 700-page document's five faces): each is then deflated while the next one is subset. The
 * pages written before them are hashed on the same thread ({@link #prehashed()}), so that the
 * normalizer's MD5 of the file does not begin at the end of the document thread's work.
 *
 * <p>Deflate's output is fixed by its input, level and strategy, so the stream deflated elsewhere
 * is the same; what moves is every byte after it: the stream's {@code /Length} and the
 * cross-reference table's offsets are corrected for each stream's new length, and
 * {@code startxref}. The streams not begun on the thread when the PDF is asked for are deflated by
 * the thread that asks.
 *
 * <p>Only what OpenPDF writes is read: objects {@code N 0 obj\n<<…>>stream\n}, the data of the
 * dictionary's direct {@code /Length}, then {@code \nendstream}. A stream is deflated when its
 * dictionary asks for {@code /FlateDecode} without decode parameters (an image's predictor data is
 * left as it came) and its data is a zlib stream of stored blocks only: streams deflated already
 * (the pages) are left alone. Stream data is never searched for syntax: it is skipped by its
 * length; a stream whose length is not a direct number stops the reading, and what follows is
 * left as written (stored streams there stay stored: a larger file, still a sound one).
 */
final class DeflatingOutput extends OutputStream {
    /** OpenPDF's level when none is set ({@code PdfStream.DEFAULT_COMPRESSION}): zlib's default. */
    static final int OPENPDF_LEVEL = Deflater.DEFAULT_COMPRESSION;
    private static final byte[] STREAM = ">>stream\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] OBJ = " obj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] LENGTH = "/Length ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] BASE_FONT = "/BaseFont".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] FONT_NAME = "/FontName".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * A stored stream being deflated: where its length's digits are in {@link #buffer}, where its
     * data belongs there ({@code at}: the data is not kept in the buffer), and where the data was in
     * the file as written ({@code [writtenFrom, writtenTo)}, what the cross-reference counts).
     */
    private record Stored(byte[] buffer, int digitsFrom, int digitsTo, int at, int writtenFrom, int writtenTo, FutureTask<byte[]> deflated) {}

    private final ExecutorService deflater;
    /** The deflater of the streams, one after another (a new one's state is 256 KB of fresh memory each time). */
    private final Deflater deflating;
    /** Whether {@link #deflating} is taken: a stream deflated meanwhile by the thread that waits takes one of its own. */
    private final AtomicBoolean taken = new AtomicBoolean();
    private final int level;
    /** What was written, but for the data of the streams being deflated: the syntax, and the streams left alone. */
    private byte[] buffer = new byte[64 * 1024];
    private int count;
    /** How many bytes were written in all. */
    private int written;
    /** Everything before this has been read: syntax searched, or stream data skipped. */
    private int scanned;
    /** Where the syntax being searched began (after the last stream's data). */
    private int syntaxFrom;
    /** Set when a stream could not be read: what follows is left as written. */
    private boolean gaveUp;
    /** The end of the data (in the buffer) of a stream left alone being written, or -1. */
    private int skipTo = -1;
    /** The data of a stream that may be deflated, being gathered apart from the buffer (else null). */
    private byte[] gathering;
    private int gathered;
    private int pendingDigitsFrom;
    private int pendingDigitsTo;
    private int pendingAt;
    private int pendingLength;
    private int pendingWrittenFrom;
    /** The streams handed to the deflater, in the file's order (read by whichever thread finishes one). */
    private final List<Stored> stored = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Guards the MD5 of the file's beginning, made as the streams are done, in order. */
    private final Object hashing = new Object();
    private final MessageDigest prefix = PdfNormalizer.md5();
    private int prefixStreams;
    private int prefixLength;
    private int prefixFrom;
    private boolean prefixOpen = true;

    /** Deflates at {@code level} on {@code deflater} (see {@link #thread()}); {@link #pdf()} deflates itself what has not begun there. */
    DeflatingOutput(ExecutorService deflater, int level) {
        this.deflater = deflater;
        this.deflating = new Deflater(level);
        this.level = level;
    }

    /** A daemon thread for the deflating, to be shut down by the caller once {@link #pdf()} returned. */
    static ExecutorService thread() {
        return Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "wenshu-pdf-deflate");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        written = Math.addExact(written, len);
        int from = off;
        int left = len;
        if (gathering != null && gathered == 0 && left >= 2 && !(b[from] == 0x78 && b[from + 1] == 0x01)) {
            // already deflated (OpenPDF's page streams): kept as it comes, never gathered
            gathering = null;
            skipTo = pendingAt + pendingLength;
        }
        if (gathering != null) {
            int n = Math.min(left, gathering.length - gathered);
            System.arraycopy(b, from, gathering, gathered, n);
            gathered += n;
            from += n;
            left -= n;
            if (gathered < gathering.length) {
                return;
            }
            gathered();
        }
        append(b, from, left);
        scan();
    }

    private void append(byte[] b, int off, int len) {
        if (count + len > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + len));
        }
        System.arraycopy(b, off, buffer, count, len);
        count += len;
    }

    /** Reads on from {@link #scanned}: syntax up to the next stream, or the data of a stream left alone. */
    private void scan() {
        while (!gaveUp) {
            if (skipTo >= 0) {
                if (count < skipTo) {
                    return;
                }
                scanned = skipTo;
                syntaxFrom = skipTo;
                skipTo = -1;
            }
            int at = indexOf(buffer, STREAM, scanned, count);
            if (at < 0) {
                scanned = Math.max(scanned, count - STREAM.length + 1);
                return;
            }
            int dictFrom = lastIndexOf(buffer, OBJ, syntaxFrom, at);
            if (dictFrom < 0 || !stream(dictFrom + OBJ.length, at + 2, at + STREAM.length)) {
                // a stream whose length cannot be read here: its data cannot be skipped, so nothing
                // after it is touched (its streams stay stored: a larger file, still a sound one)
                gaveUp = true;
            }
            if (gathering != null) {
                // what was written after the stream's start moves to the stream's data, and what
                // follows the data stays in the buffer
                int after = count - pendingAt;
                int n = Math.min(after, gathering.length);
                System.arraycopy(buffer, pendingAt, gathering, 0, n);
                gathered = n;
                System.arraycopy(buffer, pendingAt + n, buffer, pendingAt, after - n);
                count -= n;
                if (gathered < gathering.length) {
                    return;
                }
                gathered();
            }
        }
    }

    /**
     * The data of the stream is all there: deflated aside when it is stored zlib, else put back
     * into the buffer where it was written.
     */
    private void gathered() {
        byte[] data = gathering;
        gathering = null;
        if (storedZlib(data, 0, data.length)) {
            FutureTask<byte[]> task = new FutureTask<>(() -> deflate(data)) {
                @Override
                protected void done() {
                    hashDone();
                }
            };
            // the buffer as it is now: what is before the stream's data never changes in it again
            stored.add(new Stored(buffer, pendingDigitsFrom, pendingDigitsTo, pendingAt, pendingWrittenFrom,
                    pendingWrittenFrom + data.length, task));
            deflater.execute(task);
            scanned = pendingAt;
            syntaxFrom = pendingAt;
        } else {
            int after = count - pendingAt;
            if (count + data.length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + data.length));
            }
            System.arraycopy(buffer, pendingAt, buffer, pendingAt + data.length, after);
            System.arraycopy(data, 0, buffer, pendingAt, data.length);
            count += data.length;
            scanned = pendingAt + data.length;
            syntaxFrom = scanned;
        }
    }

    /**
     * Reads the dictionary {@code [from, to)} of a stream whose data starts at {@code dataFrom}: its
     * direct length (else false), and whether it may be deflated here.
     */
    private boolean stream(int from, int to, int dataFrom) {
        int length = -1;
        int digitsFrom = -1;
        int digitsTo = -1;
        for (int at = indexOf(buffer, LENGTH, from, to); at >= 0; at = indexOf(buffer, LENGTH, at + 1, to)) {
            int i = at + LENGTH.length;
            int value = 0;
            int start = i;
            while (i < to && buffer[i] >= '0' && buffer[i] <= '9' && i - start < 10) {
                value = value * 10 + (buffer[i] - '0');
                i++;
            }
            boolean indirect = i < to && buffer[i] == ' ';
            if (i == start || indirect || length >= 0) {
                return false; // an indirect or a second length: not OpenPDF's content stream
            }
            length = value;
            digitsFrom = start;
            digitsTo = i;
        }
        if (length < 0) {
            return false;
        }
        String dictionary = new String(buffer, from, to - from, StandardCharsets.ISO_8859_1);
        if (dictionary.contains("/Filter/FlateDecode") && !dictionary.contains("/DecodeParms")) {
            gathering = new byte[length];
            gathered = 0;
            pendingLength = length;
            pendingDigitsFrom = digitsFrom;
            pendingDigitsTo = digitsTo;
            pendingAt = dataFrom;
            pendingWrittenFrom = written - (count - dataFrom);
        } else {
            skipTo = dataFrom + length;
        }
        return true;
    }

    /**
     * Whether {@code [from, to)} is a zlib stream of stored blocks only, as level 0 writes it (its
     * header alone, {@code 78 01}, is also level 1's): each block's header says stored, its length
     * and the length's complement agree, and the last block ends four bytes (the checksum) before
     * the end.
     */
    static boolean storedZlib(byte[] bytes, int from, int to) {
        if (to - from < 2 || bytes[from] != 0x78 || bytes[from + 1] != 0x01) {
            return false;
        }
        int at = from + 2;
        while (at + 5 <= to) {
            int header = bytes[at] & 0xff;
            if ((header & 0x06) != 0 || (header & 0xf8) != 0) {
                return false; // a compressed block (or stray bits): not a stored stream
            }
            int length = (bytes[at + 1] & 0xff) | (bytes[at + 2] & 0xff) << 8;
            int complement = (bytes[at + 3] & 0xff) | (bytes[at + 4] & 0xff) << 8;
            if ((length ^ 0xffff) != complement) {
                return false;
            }
            at += 5 + length;
            if ((header & 1) != 0) {
                return at + 4 == to;
            }
        }
        return false;
    }

    /**
     * Hashes, in the file's order, the streams done so far and the syntax before each, as the file
     * will have them: the MD5 the normalizer makes of the whole file then begins already made, off
     * the document thread, and the digest's code is compiled before the normalizer needs it. It
     * stops before the first syntax naming a face ({@code /BaseFont}, {@code /FontName}): the
     * normalizer renames the faces' subset tags, which no hash made before may hold (it checks).
     */
    private void hashDone() {
        synchronized (hashing) {
            while (prefixOpen && prefixStreams < stored.size() && stored.get(prefixStreams).deflated().isDone()) {
                Stored s = stored.get(prefixStreams);
                byte[] data;
                try {
                    data = s.deflated().get();
                } catch (InterruptedException | ExecutionException e) {
                    prefixOpen = false; // pdf() reports it
                    return;
                }
                byte[] b = s.buffer();
                if (namesAFace(b, prefixFrom, s.digitsFrom()) || namesAFace(b, s.digitsTo(), s.at())) {
                    prefixOpen = false;
                    return;
                }
                byte[] digits = Integer.toString(data.length).getBytes(StandardCharsets.ISO_8859_1);
                prefix.update(b, prefixFrom, s.digitsFrom() - prefixFrom);
                prefix.update(digits);
                prefix.update(b, s.digitsTo(), s.at() - s.digitsTo());
                prefix.update(data);
                prefixLength += s.digitsFrom() - prefixFrom + digits.length + s.at() - s.digitsTo() + data.length;
                prefixFrom = s.at();
                prefixStreams++;
            }
        }
    }

    private static boolean namesAFace(byte[] bytes, int from, int to) {
        return indexOf(bytes, BASE_FONT, from, to) >= 0 || indexOf(bytes, FONT_NAME, from, to) >= 0;
    }

    /**
     * The MD5 of the beginning of the file {@link #pdf()} gave, as made beside the deflating (for
     * {@link PdfNormalizer#normalize(byte[], PdfNormalizer.Prehashed)}); asked after {@link #pdf()}.
     */
    PdfNormalizer.Prehashed prehashed() {
        synchronized (hashing) {
            hashDone();
            try {
                return new PdfNormalizer.Prehashed(prefixLength, (MessageDigest) prefix.clone());
            } catch (CloneNotSupportedException e) {
                return null;
            }
        }
    }

    /** The data of the stored zlib stream {@code stored} deflated: by the shared deflater when it is free. */
    private byte[] deflate(byte[] stored) {
        if (taken.compareAndSet(false, true)) {
            try {
                return deflate(stored, deflating);
            } finally {
                taken.set(false);
            }
        }
        Deflater own = new Deflater(level);
        try {
            return deflate(stored, own);
        } finally {
            own.end();
        }
    }

    /**
     * The data of the stored zlib stream {@code stored} deflated by {@code deflater} (reset first:
     * one for all the streams, as a new one's state is 256 KB of fresh memory each time), as a zlib
     * stream. The stored blocks' contents are its input one after another, as OpenPDF gave its
     * own deflater the data in pieces: deflate's output does not depend on how its input is cut.
     */
    static byte[] deflate(byte[] stored, Deflater deflater) {
        deflater.reset();
        byte[] out = new byte[stored.length / 3 + 64];
        int length = 0;
        int at = 2;
        boolean last = false;
        while (!last) {
            int block = (stored[at + 1] & 0xff) | (stored[at + 2] & 0xff) << 8;
            last = (stored[at] & 1) != 0;
            deflater.setInput(stored, at + 5, block);
            at += 5 + block;
            if (last) {
                deflater.finish();
            }
            while (last ? !deflater.finished() : !deflater.needsInput()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
        }
        return Arrays.copyOf(out, length);
    }

    /**
     * The PDF as OpenPDF would have written it at the level: every stored stream replaced by its
     * deflated data (waiting for the last), its length and every offset after it corrected.
     */
    byte[] pdf() {
        if (gathering != null) {
            // a stream that never ended: what came of it stays as written
            byte[] data = Arrays.copyOf(gathering, gathered);
            gathering = null;
            append(data, 0, data.length);
        }
        if (stored.isEmpty()) {
            deflating.end();
            return Arrays.copyOf(buffer, count);
        }
        // the new file: the written bytes with each stream's digits and data replaced
        byte[][] deflated = new byte[stored.size()][];
        byte[][] digits = new byte[stored.size()][];
        // the streams not yet begun are deflated here, last first, while the thread works from the first
        for (int i = stored.size() - 1; i >= 0; i--) {
            stored.get(i).deflated().run(); // does nothing when begun or done
        }
        long size = count;
        for (int i = 0; i < stored.size(); i++) {
            Stored s = stored.get(i);
            deflated[i] = await(s.deflated());
            digits[i] = Integer.toString(deflated[i].length).getBytes(StandardCharsets.ISO_8859_1);
            size += deflated[i].length + digits[i].length - (s.digitsTo() - s.digitsFrom());
        }
        deflating.end(); // every stream is done
        byte[] out = new byte[Math.toIntExact(size)];
        // shifts[i]: how much later everything written after stream i's data is than where it was written
        int[] ends = new int[stored.size()];
        int[] shifts = new int[stored.size()];
        int from = 0;
        int to = 0;
        int shift = 0;
        for (int i = 0; i < stored.size(); i++) {
            Stored s = stored.get(i);
            System.arraycopy(buffer, from, out, to, s.digitsFrom() - from);
            to += s.digitsFrom() - from;
            System.arraycopy(digits[i], 0, out, to, digits[i].length);
            to += digits[i].length;
            System.arraycopy(buffer, s.digitsTo(), out, to, s.at() - s.digitsTo());
            to += s.at() - s.digitsTo();
            System.arraycopy(deflated[i], 0, out, to, deflated[i].length);
            to += deflated[i].length;
            from = s.at();
            shift += deflated[i].length - (s.writtenTo() - s.writtenFrom()) + digits[i].length - (s.digitsTo() - s.digitsFrom());
            ends[i] = s.writtenTo();
            shifts[i] = shift;
        }
        System.arraycopy(buffer, from, out, to, count - from);
        return new CrossReference(out, ends, shifts).corrected();
    }

    private static byte[] await(Future<byte[]> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deflating the PDF's streams", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("deflating a PDF stream failed", e.getCause());
        }
    }

    /**
     * The classic cross-reference table and {@code startxref} of a file whose streams changed
     * length: each offset moved by the shift of the last stream that ends at or before it.
     */
    private record CrossReference(byte[] pdf, int[] ends, int[] shifts) {
        private static final byte[] STARTXREF = "startxref\n".getBytes(StandardCharsets.ISO_8859_1);

        byte[] corrected() {
            int start = lastIndexOf(pdf, STARTXREF, 0, pdf.length);
            if (start < 0) {
                throw new IllegalStateException("no startxref in the PDF");
            }
            int digitsFrom = start + STARTXREF.length;
            int digitsTo = digitsFrom;
            long written = 0;
            while (digitsTo < pdf.length && pdf[digitsTo] >= '0' && pdf[digitsTo] <= '9') {
                written = written * 10 + (pdf[digitsTo] - '0');
                digitsTo++;
            }
            long xref = moved(written);
            int at = Math.toIntExact(xref);
            if (!startsWith(pdf, at, "xref\n")) {
                throw new IllegalStateException("no cross-reference table where startxref points");
            }
            at += 5;
            // subsections: "first count\n", then count entries of 20 bytes "oooooooooo ggggg n \n"
            while (at < pdf.length && pdf[at] >= '0' && pdf[at] <= '9') {
                int lineEnd = indexOf(pdf, new byte[] {'\n'}, at, pdf.length);
                String[] header = new String(pdf, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim().split(" ");
                int entries = Integer.parseInt(header[1]);
                at = lineEnd + 1;
                for (int e = 0; e < entries; e++, at += 20) {
                    if (pdf[at + 17] == 'n') {
                        long offset = 0;
                        for (int i = at; i < at + 10; i++) {
                            offset = offset * 10 + (pdf[i] - '0');
                        }
                        long moved = moved(offset);
                        for (int i = at + 9; i >= at; i--) {
                            pdf[i] = (byte) ('0' + moved % 10);
                            moved /= 10;
                        }
                    }
                }
            }
            byte[] digits = Long.toString(xref).getBytes(StandardCharsets.ISO_8859_1);
            byte[] out = new byte[pdf.length - (digitsTo - digitsFrom) + digits.length];
            System.arraycopy(pdf, 0, out, 0, digitsFrom);
            System.arraycopy(digits, 0, out, digitsFrom, digits.length);
            System.arraycopy(pdf, digitsTo, out, digitsFrom + digits.length, pdf.length - digitsTo);
            return out;
        }

        /** Where a byte written at {@code offset} (outside the changed streams) is now. */
        private long moved(long offset) {
            int i = Arrays.binarySearch(ends, (int) Math.min(Integer.MAX_VALUE, offset));
            int last = i >= 0 ? i : -i - 2; // the last stream ending at or before the offset
            return last < 0 ? offset : offset + shifts[last];
        }
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        if (at < 0 || at + prefix.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] what, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i <= to - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] what, int from, int to) {
        outer:
        for (int i = to - what.length; i >= Math.max(0, from); i--) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
