package io.lotline.imports;

import io.lotline.shared.InvalidInput;

/** The two forms a file to import may have: comma-separated text (UTF-8), or an Excel workbook. */
public enum SheetFormat {
    CSV, XLSX;

    public static SheetFormat ofExtension(String extension) {
        return switch (extension == null ? "" : extension.toLowerCase()) {
            case "csv" -> CSV;
            case "xlsx" -> XLSX;
            default -> throw new InvalidInput("format", extension, "sheet-format", "A template is .csv or .xlsx");
        };
    }
}
