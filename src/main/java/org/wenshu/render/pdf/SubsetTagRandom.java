package org.wenshu.render.pdf;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.SplittableRandom;

/**
 * What OpenPDF draws each embedded subset's six-letter tag ({@code ABCDEF+Face}) from, set on every
 * face a layout registers ({@code BaseFont.setSecureRandom}). Left alone, OpenPDF makes a new
 * {@link SecureRandom} for every tag (the system's entropy source mixed through SHA-1): about 1% of a
 * cold render's document thread, the JIT's work on it besides. The tags need no secrecy:
 * {@link PdfNormalizer} replaces them, in the order they first name a font, so they only have to
 * differ within a PDF, which a {@link SplittableRandom} stream gives as well (one per layout's
 * fonts; its seed differs from one instance to the next).
 */
final class SubsetTagRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    SubsetTagRandom() {
        super(new Stream(), null);
    }

    private static final class Stream extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final SplittableRandom random = new SplittableRandom();

        @Override
        protected void engineSetSeed(byte[] seed) {
            // the stream's own seed is enough for tags
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt();
            }
        }

        @Override
        protected byte[] engineGenerateSeed(int length) {
            byte[] seed = new byte[length];
            engineNextBytes(seed);
            return seed;
        }
    }
}
