package org.socialvaluehub.organisations.core;

import java.util.Optional;

/** The kinds of evidence file accepted, recognised by their first bytes rather than their names. */
public enum EvidenceType {
    PDF("application/pdf", "pdf", new int[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", new int[] {0xFF, 0xD8, 0xFF});

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String contentType;
    private final String extension;
    private final int[] magic;

    EvidenceType(String contentType, String extension, int[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature the content starts with; empty for anything else. */
    public static Optional<EvidenceType> detect(byte[] content) {
        for (EvidenceType type : values()) {
            if (type.matches(content)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
