package io.lotline.imports;

import io.lotline.shared.InvalidInput;

/** The two forms a file to import may have: comma-separated text (UTF-8), or an Excel workbook. */
public enum SheetFormat {
    CSV("text/csv;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String mediaType;

    SheetFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The name a downloaded template of this kind is saved under. */
    public String templateName(ImportKind kind) {
        return "lotline-" + kind.path() + "." + name().toLowerCase();
    }

    public static SheetFormat ofExtension(String extension) {
        return switch (extension == null ? "" : extension.toLowerCase()) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw new InvalidInput("format", extension, "sheet-format", "A template is .csv or .xlsx");
        };
    }
}
