package io.lotline.imports;

import java.util.List;

/**
 * The answer of a dry run: how many rows the file has and every problem found in them; nothing was written. When
 * this file of this kind was imported before, {@code importedAs} names that import: importing it again books nothing.
 */
public record ImportReport(ImportKind kind, String file, String sha256, int rows, boolean valid,
                           List<RowProblem> problems, Long importedAs) {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    public static ImportReport of(ImportKind kind, ImportFile file, String sha256, int rows,
                                  List<RowProblem> problems, Long importedAs) {
        return new ImportReport(kind, file.name(), sha256, rows, problems.isEmpty(), problems, importedAs);
    }
}
