package org.wenshu.render.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.Optional;

/**
 * What a render asks of a face before it is laid out, read straight from the font file: which
 * characters its character map ({@code cmap}) maps, and its bounding box in ems ({@code head}).
 * The answers are exactly OpenPDF's ({@code BaseFont.charExists}, {@code getFontDescriptor}), but
 * reading two small tables costs a few milliseconds where OpenPDF parses the whole face (every
 * glyph's width into a map, names, kerning) in about 20 ms, 60 ms for the first: a run that writes
 * no PDF (a DOCX alone) never parses a face at all.
 *
 * <p>Only the character maps OpenPDF reads for a Unicode face are understood here: a Windows
 * Unicode map (3,1) in format 4 and a full-repertoire map (3,10) in format 4 or 12. A symbol face
 * (3,0), a map in another format, a face that may not be embedded or a file this reader finds
 * malformed gives no summary ({@link #read} is empty), and the caller asks OpenPDF instead, which
 * answers or refuses the file with its own reasons.
 */
final class FaceSummary {
    /** No character beyond Unicode's last plane; a map claiming more is not read here. */
    private static final int MAX_CODE_POINT = 0x10FFFF;
    private static final int FS_TYPE_RESTRICTED = 2;

    private final BitSet characters;
    private final int unitsPerEm;
    private final short yMin;
    private final short yMax;

    private FaceSummary(BitSet characters, int unitsPerEm, short yMin, short yMax) {
        this.characters = characters;
        this.unitsPerEm = unitsPerEm;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /** Whether the face maps {@code codePoint} to a glyph, as OpenPDF's {@code charExists}. */
    boolean covers(int codePoint) {
        return codePoint >= 0 && characters.get(codePoint);
    }

    /** The bounding box's top in ems, as OpenPDF's {@code getFontDescriptor(BBOXURY, 1)}. */
    float bboxTop() {
        return 1f * yMax / unitsPerEm;
    }

    /** The bounding box's bottom in ems, as OpenPDF's {@code getFontDescriptor(BBOXLLY, 1)}. */
    float bboxBottom() {
        return 1f * yMin / unitsPerEm;
    }

    /** The summary of the face in {@code file}, or empty when this reader leaves the face to OpenPDF. */
    static Optional<FaceSummary> read(FontFile file) {
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            return Optional.ofNullable(new Reader(channel).summary(file));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Big-endian reads at absolute positions of the file; any read past its end is a malformed file. */
    private static final class Reader {
        private final FileChannel channel;
        private final long size;

        Reader(FileChannel channel) throws IOException {
            this.channel = channel;
            this.size = channel.size();
        }

        FaceSummary summary(FontFile file) throws IOException {
            long directory = 0;
            if (file.isCollection()) {
                ByteBuffer header = bytes(0, 12);
                if (header.getInt(0) != 0x74746366) { // 'ttcf'
                    return null;
                }
                int faces = header.getInt(8);
                if (file.index() < 0 || file.index() >= faces) {
                    return null;
                }
                directory = Integer.toUnsignedLong(bytes(12 + 4L * file.index(), 4).getInt(0));
            }
            int version = bytes(directory, 4).getInt(0);
            if (version != 0x00010000 && version != 0x4F54544F) { // TrueType or 'OTTO'
                return null;
            }
            int tables = bytes(directory + 4, 2).getShort(0) & 0xFFFF;
            ByteBuffer records = bytes(directory + 12, 16 * tables);
            long cmap = -1;
            long head = -1;
            long os2 = -1;
            int others = 0;
            for (int i = 0; i < tables; i++) {
                int tag = records.getInt(16 * i);
                long offset = Integer.toUnsignedLong(records.getInt(16 * i + 8));
                switch (tag) {
                    case 0x636D6170 -> cmap = offset; // 'cmap'
                    case 0x68656164 -> head = offset; // 'head'
                    case 0x4F532F32 -> os2 = offset; // 'OS/2'
                    case 0x68686561, 0x686D7478, 0x6E616D65 -> others++; // 'hhea', 'hmtx', 'name': OpenPDF needs them too
                    default -> { }
                }
            }
            if (cmap < 0 || head < 0 || os2 < 0 || others < 3 || bytes(os2 + 8, 2).getShort(0) == FS_TYPE_RESTRICTED) {
                return null;
            }
            ByteBuffer header = bytes(head + 18, 26);
            int unitsPerEm = header.getShort(0) & 0xFFFF;
            if (unitsPerEm == 0) {
                return null;
            }
            BitSet characters = characters(cmap);
            return characters == null ? null : new FaceSummary(characters, unitsPerEm, header.getShort(20), header.getShort(24));
        }

        /** The characters OpenPDF's Unicode face finds in the character map at {@code cmap}, or null. */
        private BitSet characters(long cmap) throws IOException {
            int count = bytes(cmap + 2, 2).getShort(0) & 0xFFFF;
            ByteBuffer entries = bytes(cmap + 4, 8 * count);
            long windowsUnicode = 0;
            long fullRepertoire = 0;
            for (int i = 0; i < count; i++) {
                int platform = entries.getShort(8 * i) & 0xFFFF;
                int encoding = entries.getShort(8 * i + 2) & 0xFFFF;
                int offset = entries.getInt(8 * i + 4);
                if (platform == 3 && encoding == 0) {
                    return null; // a symbol face: OpenPDF reads its codes shifted from U+F000
                } else if (platform == 3 && encoding == 1) {
                    windowsUnicode = offset;
                } else if (platform == 3 && encoding == 10) {
                    fullRepertoire = offset;
                }
            }
            // OpenPDF: a full-repertoire map, when there is one, answers alone; else the Windows
            // Unicode map if it is in format 4; else no character is drawn
            if (fullRepertoire > 0) {
                long at = cmap + fullRepertoire;
                int format = bytes(at, 2).getShort(0) & 0xFFFF;
                return switch (format) {
                    case 4 -> format4(at + 2);
                    case 12 -> format12(at + 2);
                    default -> null;
                };
            }
            if (windowsUnicode > 0) {
                long at = cmap + windowsUnicode;
                return (bytes(at, 2).getShort(0) & 0xFFFF) == 4 ? format4(at + 2) : new BitSet();
            }
            return new BitSet();
        }

        /** Segments of a format 4 map, read as OpenPDF reads them (from just after the format). */
        private BitSet format4(long at) throws IOException {
            ByteBuffer fields = bytes(at, 12);
            int length = fields.getShort(0) & 0xFFFF;
            int segments = (fields.getShort(4) & 0xFFFF) / 2;
            int glyphIds = length / 2 - 8 - segments * 4;
            if (glyphIds < 0 || at + 12 + 8L * segments + 2 + 2L * glyphIds > size) {
                return null;
            }
            ByteBuffer arrays = bytes(at + 12, 8 * segments + 2);
            BitSet characters = new BitSet(0x10000);
            for (int i = 0; i < segments; i++) {
                int end = arrays.getShort(2 * i) & 0xFFFF;
                int start = arrays.getShort(2 * (segments + i) + 2) & 0xFFFF;
                int rangeOffset = arrays.getShort(2 * (3 * segments + i) + 2) & 0xFFFF;
                int last = Math.min(end, 0xFFFE); // OpenPDF stops before U+FFFF
                if (start > last) {
                    continue;
                }
                if (rangeOffset != 0) {
                    // the glyph of c is at index base + c - start of the glyph array: a character
                    // whose index falls past the array's end is left out, as OpenPDF leaves it
                    int base = i + rangeOffset / 2 - segments;
                    if (base < 0) {
                        return null; // OpenPDF fails on this map
                    }
                    last = Math.min(last, start + glyphIds - base - 1);
                }
                if (start <= last) {
                    characters.set(start, last + 1);
                }
            }
            return characters;
        }

        /** Groups of a format 12 map (from just after the format). */
        private BitSet format12(long at) throws IOException {
            long groups = Integer.toUnsignedLong(bytes(at + 10, 4).getInt(0));
            if (groups > (size - at) / 12) {
                return null;
            }
            ByteBuffer entries = bytes(at + 14, (int) (12 * groups));
            BitSet characters = new BitSet(0x30000);
            for (int i = 0; i < groups; i++) {
                int start = entries.getInt(12 * i);
                int end = entries.getInt(12 * i + 4);
                if (start < 0 || end > MAX_CODE_POINT) {
                    return null;
                }
                if (start <= end) {
                    characters.set(start, end + 1);
                }
            }
            return characters;
        }

        private ByteBuffer bytes(long position, int length) throws IOException {
            if (length < 0 || position < 0 || position + length > size) {
                throw new IOException("outside the file");
            }
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("end of file");
                }
            }
            return buffer.flip();
        }
    }
}
