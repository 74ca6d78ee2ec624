package io.lotline.imports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The file to fill in for a kind: the header row with every column and one example row. The CSV starts with a
 * byte-order mark, so that spreadsheet programs open it as UTF-8; the workbook holds dates as date cells.
 */
final class Templates {
    private Templates() {
    }

    static byte[] csv(List<Column> columns) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(columns.stream().map(Column::name).toList());
            printer.printRecord(columns.stream().map(column -> column.example() == null ? ""
                    : String.valueOf(column.example())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String sheetName, List<Column> columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Lotline", null);
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int i = 0; i < columns.size(); i++) {
                sheet.value(0, i, columns.get(i).name());
                Object example = columns.get(i).example();
                if (example instanceof LocalDate date) {
                    sheet.value(1, i, date);
                    sheet.style(1, i).format("yyyy-mm-dd").set();
                } else if (example instanceof Number number) {
                    sheet.value(1, i, number);
                } else if (example instanceof Boolean flag) {
                    sheet.value(1, i, flag);
                } else if (example != null) {
                    sheet.value(1, i, example.toString());
                }
                sheet.width(i, Math.max(12, columns.get(i).name().length() + 2));
            }
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
