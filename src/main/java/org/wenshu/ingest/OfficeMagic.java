package org.wenshu.ingest;

import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.wenshu.model.LimitExceededException;
import org.wenshu.model.WenshuException;

/** Recognises office containers by their first bytes and words their failures for the user. */
final class OfficeMagic {
    private OfficeMagic() {}

    /** A zip archive: .docx and the other Office Open XML files. */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** An OLE2 compound file: .doc, and also a password-protected .docx. */
    static boolean isOle2(byte[] head) {
        return head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1
                && (head[5] & 0xFF) == 0xB1 && (head[6] & 0xFF) == 0x1A && (head[7] & 0xFF) == 0xE1;
    }

    /** The one-line error for a document POI could not open, by what went wrong. */
    static WenshuException unreadable(Path path, String kind, Throwable error) {
        if (error instanceof WenshuException wenshu) {
            return wenshu;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof OldFileFormatException) {
                return new WenshuException(path + "：" + kind + "是 Word 95 或更早的格式，请用 Word 或 WPS 另存为 .docx", error)
                        .translatable(path, "word95");
            }
            if (t instanceof EncryptedDocumentException || message.contains("password")) {
                return new WenshuException(path + "：" + kind + "设有密码保护，请去掉密码后重新保存再试", error)
                        .translatable(path, "wordPassword");
            }
            if (message.contains("Zip bomb") || message.contains("MaxEntrySize")
                    || message.contains("exceeds the max") || message.contains("Tried to allocate an array")) {
                return new LimitExceededException("inflated-size", path + "：" + kind + "解压后体积异常（疑似压缩炸弹），已拒绝读取", error)
                        .translatable(path, "zipBomb");
            }
            if (message.contains("DOCTYPE")) {
                return new WenshuException(path + "：" + kind + "含有不允许的 DOCTYPE 声明（XML 实体定义，Word 从不写入），已拒绝读取", error)
                        .translatable(path, "doctype");
            }
        }
        return new WenshuException(path + "：无法读取 " + kind + "（文件损坏或不完整），请用 Word 或 WPS 打开后重新保存", error)
                .translatable(path, "wordDamaged");
    }
}
