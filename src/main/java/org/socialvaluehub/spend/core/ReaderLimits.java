package org.socialvaluehub.spend.core;

/**
 * The limits that protect the reader from hostile or runaway files.
 *
 * @param maxFileBytes largest file accepted, as stored on disk
 * @param maxDecompressedBytes largest total an XLSX may unpack to
 * @param maxCompressionRatio largest ratio of unpacked to packed size for one XLSX part
 */
public record ReaderLimits(long maxFileBytes, long maxDecompressedBytes, int maxCompressionRatio) {

    public static final long MEGABYTE = 1024L * 1024L;

    public ReaderLimits {
        if (maxFileBytes <= 0 || maxDecompressedBytes <= 0 || maxCompressionRatio <= 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 200 MB on disk (the published upload limit), 1 GB unpacked, and POI's default 100:1 ratio. */
    public static ReaderLimits defaults() {
        return new ReaderLimits(200 * MEGABYTE, 1024 * MEGABYTE, 100);
    }

    public ReaderLimits withMaxFileBytes(long bytes) {
        return new ReaderLimits(bytes, maxDecompressedBytes, maxCompressionRatio);
    }

    public ReaderLimits withMaxDecompressedBytes(long bytes) {
        return new ReaderLimits(maxFileBytes, bytes, maxCompressionRatio);
    }
}
