package org.wenshu.ingest;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** A password-protected .docx made in memory (Word's agile encryption), for the tests of refused input. */
public final class EncryptedDocx {
    private EncryptedDocx() {
    }

    /** {@code plain} (a .docx) encrypted with the password {@code mima}. */
    public static byte[] of(byte[] plain) throws Exception {
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("mima");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream stream = encryptor.getDataStream(fs)) {
                stream.write(plain);
            }
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }
}
