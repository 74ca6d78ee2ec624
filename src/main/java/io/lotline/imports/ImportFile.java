package io.lotline.imports;

import io.lotline.shared.InvalidInput;

/** The bytes of an uploaded file, with the name it had on the user's disk. */
public record ImportFile(String name, byte[] bytes) {
    public ImportFile {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("file", name, "required", "Attach a CSV or XLSX file as the multipart part 'file'");
        }
        name = name == null || name.isBlank() ? "upload" : name.strip();
        name = name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
