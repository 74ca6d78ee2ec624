package io.lotline.ui.internal;

import io.lotline.imports.RowProblem;
import io.lotline.shared.CsvInjection;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every problem of a checked file, one row each (line, column, value, rule, message), to correct a large file in a
 * spreadsheet. The values are the file's own, so each cell is neutralised against formula injection; a byte-order
 * mark makes spreadsheet programs read it as UTF-8.
 */
final class ImportProblemsCsv {
    private ImportProblemsCsv() {
    }

    static byte[] of(List<RowProblem> problems) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord("line", "column", "value", "rule", "message");
            for (RowProblem problem : problems) {
                printer.printRecord(CsvInjection.row(problem.line(), problem.field(), problem.value(), problem.rule(),
                        problem.message()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
