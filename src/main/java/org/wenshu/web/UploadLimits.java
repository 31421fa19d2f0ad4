package org.wenshu.web;

/**
 * What one workspace may hold: the size of one uploaded file, the number of files and their total
 * size. A reader's own limits (decoded bytes of a .docx, PDF decode budget) apply on top.
 */
public record UploadLimits(long maxFileBytes, int maxFiles, long maxTotalBytes) {
    /** 20 MB a file, 50 files, 200 MB in all: more than a compilation of a year's reports needs. */
    public static final UploadLimits STANDARD = new UploadLimits(20L * 1024 * 1024, 50, 200L * 1024 * 1024);

    public UploadLimits {
        if (maxFileBytes < 1 || maxFiles < 1 || maxTotalBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
