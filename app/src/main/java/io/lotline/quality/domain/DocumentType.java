package io.lotline.quality.domain;

import java.util.Optional;

/**
 * What a file really is, read from its first bytes rather than from the name or the header a browser sends: a
 * certificate is accepted as PDF, PNG or JPEG, and anything else is refused.
 */
public final class DocumentType {
    private DocumentType() {
    }

    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, new int[] {0x25, 0x50, 0x44, 0x46, 0x2D})) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new int[] {0xFF, 0xD8, 0xFF})) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int[] magic) {
        if (content.length < magic.length) {
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
