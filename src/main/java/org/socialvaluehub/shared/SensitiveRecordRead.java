package org.socialvaluehub.shared;

/**
 * Someone read a record that may hold personal or commercially sensitive data (a bid file, credential evidence);
 * published so the security audit log records who read what.
 *
 * @param record what was read, for example {@code bid-file 12 of bid 7 (evaluation 3)}
 */
public record SensitiveRecordRead(SignedInUser reader, String record) {}
