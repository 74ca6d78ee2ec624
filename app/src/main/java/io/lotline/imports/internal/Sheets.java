package io.lotline.imports.internal;

import io.lotline.imports.ImportFile;
import io.lotline.shared.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Reads an uploaded file into rows of text. An Excel workbook (.xlsx, recognised by its bytes) is read from its first
 * sheet as a stream; anything else is CSV in UTF-8, separated by commas or, as European spreadsheets save it, by
 * semicolons. Dates typed into a spreadsheet become ISO dates (2026-11-30); numbers are written out in full.
 */
final class Sheets {
    private Sheets() {
    }

    static Table read(ImportFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length >= 8 && ReadableWorkbook.isOLE2Header(Arrays.copyOf(bytes, 8))) {
            throw new InvalidInput("file", file.name(), "csv-or-xlsx",
                    "An Excel 97-2003 workbook (.xls) is not read; save it as .xlsx or as CSV (UTF-8)");
        }
        boolean workbook = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        Table table = workbook ? workbook(file) : csv(file);
        if (table.header().stream().allMatch(Objects::isNull)) {
            throw new InvalidInput("file", file.name(), "header-row",
                    "The first row names the columns; download the template to see them");
        }
        return table;
    }

    private static Table csv(ImportFile file) {
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> header = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(Sheets::blankToNull).toList();
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(Objects::nonNull)) {
                    rows.add(new Table.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException malformed) {
            throw new InvalidInput("file", file.name(), "csv-format",
                    "The file is not readable as CSV: " + malformed.getMessage());
        }
        return new Table(header == null ? List.of() : header, rows);
    }

    private static String utf8(ImportFile file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.bytes())).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInput("file", file.name(), "utf-8",
                    "A CSV file is read as UTF-8; save it as 'CSV UTF-8' or as .xlsx");
        }
    }

    private static Table workbook(ImportFile file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.bytes()),
                new ReadingOptions(true, false));
             Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            for (var row : (Iterable<org.dhatim.fastexcel.reader.Row>) stream::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                if (header == null) {
                    header = cells;
                } else if (cells.stream().anyMatch(Objects::nonNull)) {
                    rows.add(new Table.Row(row.getRowNum(), cells));
                }
            }
            return new Table(header == null ? List.of() : header, rows);
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidInput("file", file.name(), "xlsx-format",
                    "The workbook cannot be read: " + unreadable.getMessage());
        }
    }

    /** A cell as the user sees it: dates as ISO dates, numbers in full, true or false, or the text. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case EMPTY -> null;
            case NUMBER -> isDate(cell) ? date(cell.asDate()) : plain(cell.asNumber());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case STRING, FORMULA, ERROR -> blankToNull(cell.getText());
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime value) {
        return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                : value.toString();
    }

    /** Whether a number cell is shown as a date: one of Excel's built-in date formats, or a pattern with days or years. */
    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase();
        return bare.contains("y") || bare.contains("d");
    }

    /** A cell as it was written, spaces and all (a supplier's lot is kept verbatim); blank is empty. */
    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
