package io.lotline.shared;

import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running what Lotline exports (CSV injection, OWASP): a text cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is what Excel, LibreOffice and Google Sheets
 * read as a formula, so it is written with a leading single quote and shown as the text it is. A number such as
 * {@code -12.5} or a phone number such as {@code +1 555 0100} stays as it is: digits with the punctuation of numbers
 * and phone numbers can name no function and no cell. Every CSV and XLSX export passes its cells here.
 */
public final class CsvInjection {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER_OR_PHONE = Pattern.compile("[+-]?\\d[\\d ()./-]*");

    private CsvInjection() {
    }

    /**
     * The cell as a spreadsheet may safely read it: text a spreadsheet would run gets a leading single quote. Numbers,
     * dates, times and truth values are kept as they are; anything else is written as its text.
     */
    public static Object neutralised(Object cell) {
        if (cell == null || cell instanceof Number || cell instanceof TemporalAccessor || cell instanceof Boolean) {
            return cell;
        }
        return neutralised(cell.toString());
    }

    public static String neutralised(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0
                || NUMBER_OR_PHONE.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    /** A row of cells, each {@linkplain #neutralised(Object) neutralised}. */
    public static List<Object> row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    public static List<Object> row(List<?> cells) {
        return cells.stream().map(CsvInjection::neutralised).toList();
    }
}
