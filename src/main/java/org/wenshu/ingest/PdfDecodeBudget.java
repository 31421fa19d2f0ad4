package org.wenshu.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Decodes every stream of a PDF once, streaming and only counting, before PDFBox decodes any of them
 * whole into memory: page content, form XObjects, fonts, CMaps, object streams — every filter of
 * every chain counts. Image data is not counted (text extraction never decodes it). A compression
 * bomb is refused after at most {@code limit} decoded bytes, in bounded memory.
 */
final class PdfDecodeBudget {
    /** Filters whose output is an image: text extraction never decodes them, and neither does the count. */
    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private final long limit;
    private long decoded;
    /** Streams whose data could not be decoded to its end. */
    private int damaged;

    PdfDecodeBudget(long limit) {
        this.limit = limit;
    }

    /** The budget ran out: the document decodes to more than the limit. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("decoded size limit", null, false, false);
        }
    }

    /**
     * The streams (not images) whose data stopped decoding before its end: a page's text, a font or
     * a character map cut short. PDFBox reads what it can of such a stream and says so only in its
     * log, so the text that stood in the rest is lost without a word unless the reader reports this.
     */
    int damaged() {
        return damaged;
    }

    /** The bytes decoded so far (at most the limit plus one buffer when {@link Exceeded} is thrown). */
    long decoded() {
        return decoded;
    }

    /**
     * Counts the decoded size of all streams; throws {@link Exceeded} past the limit. Streams stored
     * directly are counted before those inside object streams, so an object stream is measured before
     * PDFBox unpacks it to reach the objects inside.
     */
    void check(COSDocument document) throws IOException {
        List<COSObjectKey> direct = new ArrayList<>();
        List<COSObjectKey> compressed = new ArrayList<>();
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            (entry.getValue() != null && entry.getValue() < 0 ? compressed : direct).add(entry.getKey());
        }
        for (List<COSObjectKey> keys : List.of(direct, compressed)) {
            for (COSObjectKey key : keys) {
                COSObject object = document.getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    count(stream);
                }
            }
        }
    }

    private void count(COSStream stream) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        byte[] buffer = new byte[64 * 1024];
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream current = raw;
            for (int i = 0; i < filters.size(); i++) {
                COSName name = filters.get(i);
                if (IMAGE_FILTERS.contains(name)) {
                    break;
                }
                current = new Counted(decoder(name, current, stream, i));
            }
            while (current.read(buffer) > 0) {
                // Counted charges the budget as the bytes go by
            }
        } catch (Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a damaged stream: PDFBox reads what it can of it, and the count stops where it stops
            damaged++;
        }
    }

    private InputStream decoder(COSName name, InputStream in, COSStream stream, int index) throws IOException {
        if (COSName.FLATE_DECODE.equals(name) || COSName.FLATE_DECODE_ABBREVIATION.equals(name)) {
            return new InflaterInputStream(in);
        }
        if (COSName.RUN_LENGTH_DECODE.equals(name) || COSName.RUN_LENGTH_DECODE_ABBREVIATION.equals(name)) {
            return new RunLengthInputStream(in);
        }
        if (COSName.CRYPT.equals(name)) {
            return in;
        }
        // LZW, ASCII85, ASCIIHex: PDFBox's own filter, writing into a buffer the budget bounds
        Filter filter = FilterFactory.INSTANCE.getFilter(name);
        BoundedBuffer out = new BoundedBuffer();
        filter.decode(in, out, stream, index);
        return out.input();
    }

    private static List<COSName> filters(COSBase filter) {
        return filter instanceof COSName name ? List.of(name)
                : filter instanceof org.apache.pdfbox.cos.COSArray array
                        ? array.toList().stream().filter(COSName.class::isInstance).map(COSName.class::cast).toList()
                        : List.of();
    }

    private void charge(long bytes) {
        decoded += bytes;
        if (decoded > limit) {
            throw new Exceeded();
        }
    }

    /** One filter's output, charged to the budget as it is read. */
    private final class Counted extends FilterInputStream {
        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                charge(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                charge(n);
            }
            return n;
        }
    }

    /** Output of a filter that decodes by pushing; bounded by the budget (charged when read back). */
    private final class BoundedBuffer extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            ensure(1);
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            bytes.write(b, off, len);
        }

        private void ensure(int more) {
            if (decoded + bytes.size() + (long) more > limit) {
                throw new Exceeded();
            }
        }

        InputStream input() {
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }

    /** RunLengthDecode (PDF 7.4.5), decoded as it is read. */
    static final class RunLengthInputStream extends InputStream {
        private final InputStream in;
        private int literal;
        private int repeat;
        private int repeated;
        private boolean ended;

        RunLengthInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            while (literal == 0 && repeat == 0) {
                if (ended) {
                    return -1;
                }
                int length = in.read();
                if (length < 0 || length == 128) {
                    ended = true;
                    return -1;
                }
                if (length < 128) {
                    literal = length + 1;
                } else {
                    repeated = in.read();
                    if (repeated < 0) {
                        ended = true;
                        return -1;
                    }
                    repeat = 257 - length;
                }
            }
            if (literal > 0) {
                literal--;
                int b = in.read();
                if (b < 0) {
                    ended = true;
                    literal = 0;
                }
                return b;
            }
            repeat--;
            return repeated;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = 0;
            while (n < len) {
                if (repeat > 0) {
                    int run = Math.min(repeat, len - n);
                    java.util.Arrays.fill(b, off + n, off + n + run, (byte) repeated);
                    repeat -= run;
                    n += run;
                    continue;
                }
                int c = read();
                if (c < 0) {
                    break;
                }
                b[off + n++] = (byte) c;
            }
            return n == 0 && len > 0 ? -1 : n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
