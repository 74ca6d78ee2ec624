package io.lotline.imports;

import io.lotline.shared.InvalidInput;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The bytes of an uploaded file, with the name it had on the user's disk. */
public record ImportFile(String name, byte[] bytes) {
    public ImportFile {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("file", name, "required", "Attach a CSV or XLSX file as the multipart part 'file'");
        }
        name = name == null || name.isBlank() ? "upload" : name.strip();
        name = name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    /** The SHA-256 of the bytes, in hex: what identifies a file, whatever its name. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
